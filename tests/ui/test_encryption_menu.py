"""The encryption actions of the Gegevens menu: old plain backups, and a passphrase change."""

import pytest

from flevodesk.services.setup import WrongPassphrase, open_database
from flevodesk.store import crypto
from flevodesk.store.backup import backup_file, folder_for
from flevodesk.store.location import backup_dir
from flevodesk.ui import data_menu, dialogs, plain_backups_dialog
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.plain_backups_dialog import PlainChoice
from tests.store.backup_files import backup_files

from .conftest import settle

pytest.importorskip("sqlcipher3")
# Of a database file: skipped with --on-postgres.
pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.sqlite_only,
]

SECRET = "paard batterij"


@pytest.fixture
def told(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _w, message: said.append(message))
    return said


def _window(qtbot, settings, db):
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    return window


def _action(window, text):
    return {a.text().replace("&", ""): a for a in window.data_menu.actions() if a.text()}[text]


def _old_plain_backups(db):
    return [
        backup_file(
            db.path,
            folder_for(db.path, backup_dir()) / f"demo-2026110{day}-120000-dagelijks.sqlite3",
        )
        for day in (1, 2)
    ]


def _settle_window(qtbot, window):
    """Wait for the work and for what follows it on the window's next operations layer:
    a new database handle comes with its own (``window.attach``)."""
    qtbot.waitUntil(lambda: not window.bg.busy, timeout=10_000)


def _close(window):
    window.bg.wait()
    window.db.dispose()


@pytest.mark.parametrize("choice", [PlainChoice.ENCRYPT, PlainChoice.DELETE])
def test_encrypting_asks_about_the_plain_backups_and_does_what_was_chosen(
    qtbot, settings, demo_db, answers, told, monkeypatch, choice
):
    old = _old_plain_backups(demo_db)
    window = _window(qtbot, settings, demo_db)
    asked = []
    monkeypatch.setattr(data_menu, "ask_new_passphrase", lambda _w: SECRET)
    monkeypatch.setattr(
        plain_backups_dialog,
        "ask_plain_backups",
        lambda _w, count, folder: asked.append((count, folder)) or choice,
    )
    _action(window, "Database versleutelen…").trigger()
    _settle_window(qtbot, window)
    assert answers.errors == []
    assert asked == [(2, old[0].parent)]
    if choice is PlainChoice.ENCRYPT:
        assert all(crypto.looks_encrypted(copy) for copy in old)
        conn = crypto.connect(old[0], SECRET, read_only=True)
        assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] > 0
        conn.close()
        assert "2 reservekopieën zijn nu versleuteld" in told[-1]
    else:
        assert not any(copy.exists() for copy in old)
        assert "2 onversleutelde reservekopieën zijn verwijderd" in told[-1]
    assert sorted(backup_files()) == ([] if choice is PlainChoice.DELETE else old)
    _close(window)


def test_a_passphrase_change_in_the_menu_says_what_happened(
    qtbot, settings, tmp_path, answers, told, monkeypatch
):
    path = tmp_path / "geheim.sqlite3"
    opened = open_database(str(path), passphrase="oud")
    window = _window(qtbot, settings, opened.db)
    monkeypatch.setattr(data_menu, "ask_text", lambda *_a: ("oud", True))
    monkeypatch.setattr(data_menu, "ask_new_passphrase", lambda _w: "nieuw")
    assert _action(window, "Wachtzin wijzigen…").isEnabled()
    _action(window, "Wachtzin wijzigen…").trigger()
    _settle_window(qtbot, window)
    assert answers.errors == []
    assert "De wachtzin is gewijzigd" in told[-1]
    assert window.db.passphrase == "nieuw"
    _close(window)
    with pytest.raises(WrongPassphrase):
        open_database(str(path), passphrase="oud")
    open_database(str(path), passphrase="nieuw", daily_backups=False).db.dispose()


def test_a_passphrase_change_that_cannot_finish_says_the_old_one_holds(
    qtbot, settings, tmp_path, answers, told, monkeypatch
):
    path = tmp_path / "geheim.sqlite3"
    opened = open_database(str(path), passphrase="oud")
    window = _window(qtbot, settings, opened.db)
    other = crypto.connect(path, "oud")  # a second program that has it open
    other.execute("SELECT count(*) FROM persons").fetchone()
    monkeypatch.setattr(data_menu, "ask_text", lambda *_a: ("oud", True))
    monkeypatch.setattr(data_menu, "ask_new_passphrase", lambda _w: "nieuw")
    _action(window, "Wachtzin wijzigen…").trigger()
    _settle_window(qtbot, window)
    other.close()
    assert len(answers.errors) == 1 and "nog geopend" in answers.errors[0]
    assert window.db.passphrase == "oud"
    _close(window)
    open_database(str(path), passphrase="oud", daily_backups=False).db.dispose()


def test_opening_after_an_interrupted_passphrase_change_says_the_old_one_holds(
    qtbot, settings, tmp_path, answers, told, monkeypatch
):
    from PySide6.QtCore import QCoreApplication

    from flevodesk.ui import app, startup

    path = tmp_path / "geheim.sqlite3"
    open_database(str(path), passphrase="oud").db.dispose()
    # What a kill between writing the new copy and renaming it leaves.
    leftover = path.with_name(path.name + crypto.REKEYING_SUFFIX)
    leftover.write_bytes(path.read_bytes()[:4096])
    monkeypatch.setattr(startup, "ask_passphrase", lambda _w, _p, _n: "oud")
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: None)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    app.open_in_window(window, str(path))
    qtbot.waitUntil(lambda: window.db is not None, timeout=10_000)
    settle(qtbot, window.bg)
    assert answers.errors == []
    assert any("de oude wachtzin geldt nog" in message for message in told)
    assert not leftover.exists()
    _close(window)
    window.lock.unlock()


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Versleutelen", PlainChoice.ENCRYPT),
        ("Verwijderen", PlainChoice.DELETE),
        ("Later", PlainChoice.KEEP),
        (None, PlainChoice.KEEP),  # Escape
    ],
)
def test_the_plain_backups_question_answers_what_was_clicked(qtbot, tmp_path, label, expected):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        if label is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, answer)
    assert plain_backups_dialog.ask_plain_backups(None, 3, tmp_path) is expected
    assert "nog 3 onversleutelde reservekopieën" in seen[0] and str(tmp_path) in seen[0]
