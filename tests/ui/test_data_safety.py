"""Opening safely from the GUI: one writer, read-only, passphrase tries, damaged files,
backups, and a save the disk refuses."""

import sqlite3

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from flevodesk.services.backups import backups_of
from flevodesk.services.persons import PersonService
from flevodesk.services.setup import open_database
from flevodesk.store.database import Database
from flevodesk.ui import app, dialogs, startup
from flevodesk.ui.main_window import MainWindow

from .conftest import open_and_settle, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_database_in_a_synced_folder_gets_a_warning(qtbot, window, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(startup, "warn_synced", lambda _w, p, s: warned.append(s))
    path = tmp_path / "Dropbox" / "vrijwilligers.sqlite3"
    open_and_settle(qtbot, window, path)
    assert warned == ["Dropbox"]
    assert startup.synced_folder(tmp_path / "OneDrive - Gemeente" / "x.sqlite3") == "OneDrive"
    assert startup.synced_folder(tmp_path / "Documenten" / "x.sqlite3") is None


def test_a_wrong_passphrase_gets_three_tries(qtbot, window, tmp_path, monkeypatch, exits, answers):
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "geheim.sqlite3"
    open_database(str(path), passphrase="juist").db.dispose()
    typed = iter(["fout", "ook fout", "juist"])
    tries = []
    monkeypatch.setattr(startup, "ask_passphrase", lambda _w, _p, n: tries.append(n) or next(typed))
    open_and_settle(qtbot, window, path)
    assert tries == [0, 1, 2]
    assert window.db.passphrase == "juist"
    assert exits == []
    assert answers.errors == []


def test_three_wrong_passphrases_lead_to_the_way_out(qtbot, window, tmp_path, monkeypatch, exits):
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "geheim.sqlite3"
    open_database(str(path), passphrase="juist").db.dispose()
    monkeypatch.setattr(startup, "ask_passphrase", lambda _w, _p, _n: "fout")
    offered = []
    monkeypatch.setattr(
        startup, "ask_way_out", lambda _w, message, can: offered.append(message) or startup.Way.QUIT
    )
    app.open_in_window(window, str(path))
    qtbot.waitUntil(lambda: exits == [1], timeout=10_000)
    assert "klopt niet" in offered[0]
    assert window.db is None


def test_a_damaged_file_is_left_alone_and_the_newest_good_backup_restored(
    qtbot, window, db_path, monkeypatch, exits
):
    plain = Database(f"sqlite:///{db_path}")
    PersonService(plain).create(
        {"first_name": "Zoë", "last_name": "Çelik", "email": "zoe@example.nl"}
    )
    plain.dispose()
    open_database(str(db_path)).db.dispose()  # the day's first opening leaves a backup
    assert backups_of(db_path)
    damaged = b"SQLite format 3\x00" + b"\x07" * 8000
    db_path.write_bytes(damaged)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    offered = []
    monkeypatch.setattr(
        startup,
        "ask_way_out",
        lambda _w, message, can: offered.append((message, can)) or startup.Way.RESTORE,
    )
    monkeypatch.setattr(dialogs, "inform", lambda _w, _m: None)
    open_and_settle(qtbot, window, db_path)
    assert offered and offered[0][1] is True
    assert "beschadigd" in offered[0][0] or "geen FlevoDesk" in offered[0][0]
    assert PersonService(window.db).find_by_email("zoe@example.nl").first_name == "Zoë"
    kept = [b for b in backups_of(db_path) if b.reason == "beschadigd"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged
    assert exits == []


def test_another_file_can_be_chosen_instead(qtbot, window, tmp_path, monkeypatch, exits):
    foreign = tmp_path / "recepten.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    conn.close()
    other = tmp_path / "nieuw.sqlite3"
    monkeypatch.setattr(startup, "ask_way_out", lambda _w, _m, _c: startup.Way.OTHER)
    monkeypatch.setattr(startup, "choose_other_file", lambda _w: str(other))
    open_and_settle(qtbot, window, foreign)
    assert window.db.path == other
    assert window.lock is not None
    assert not QLockFile(str(foreign) + ".lock").isLocked()


def _shown(tab):
    """Every cell the tab's table shows, as text."""
    model = tab.model
    return {
        str(model.data(model.index(row, column)))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }


def test_the_backups_dialog_lists_and_restores_with_a_copy_of_the_current(
    qtbot, settings, db_path, monkeypatch
):
    opened = open_database(str(db_path))
    opened.db.dispose()
    opened = open_database(str(db_path))
    PersonService(opened.db).create({"first_name": "Na", "last_name": "Back-up"})
    window = MainWindow(opened.db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    persons = window.record_tabs["person"]
    assert "Back-up" in _shown(persons)
    dialog = window.data_actions.show_backups()
    settle(qtbot, window.bg)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "dagelijks"
    assert dialog.table.item(0, 2).text().endswith("kB")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(dialogs, "inform", lambda _w, _m: None)
    dialog.restore_selected()
    settle(qtbot, window.bg)
    # Nobody told the tab to reload: the restore announced every table on the bus.
    assert "Back-up" not in _shown(persons)
    assert dialog.table.rowCount() == 2  # the copy kept before restoring is listed too
    with pytest.raises(Exception, match="Geen persoon"):
        PersonService(opened.db).find_by_email("x@example.nl")
    with opened.db.read() as session:
        count = (
            session.connection()
            .exec_driver_sql("SELECT count(*) FROM persons WHERE last_name = 'Back-up'")
            .scalar()
        )
    assert count == 0
    assert {b.reason for b in backups_of(db_path)} == {
        "dagelijks",
        "voor-herstel",
    }
    dialog.keep.setValue(7)
    assert int(settings.value("backups/keep_daily")) == 7
    dialog.close()
    window.bg.wait()
    opened.db.dispose()


@pytest.mark.sqlite_only
def test_a_save_the_disk_refuses_keeps_the_input_on_screen(qtbot, settings, demo_db, answers):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    window.tabs.setCurrentIndex(1)
    tab = window.record_tabs["person"]
    tab.new_record()
    settle(qtbot, window.bg)
    tab.form.fields["first_name"].edit.setText("Şükrü")
    tab.form.fields["last_name"].edit.setText("Yılmaz")
    tab.form.fields["notes"].edit.setPlainText("lange notitie " * 20000)
    with demo_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    demo_db.dispose()

    def small_disk(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    event.listen(demo_db.engine, "connect", small_disk)
    tab.save()
    settle(qtbot, window.bg)
    assert any("De schijf is vol" in e for e in answers.errors)
    assert tab.form.fields["first_name"].edit.text() == "Şükrü"
    assert tab.form.dirty and tab.form.record_id is None

    event.remove(demo_db.engine, "connect", small_disk)
    demo_db.dispose()
    tab.save()
    settle(qtbot, window.bg)
    assert tab.form.record_id is not None and not tab.form.dirty
    assert PersonService(demo_db).get(tab.form.record_id).last_name == "Yılmaz"


@pytest.mark.sqlite_only
def test_the_menu_encrypts_the_open_database(qtbot, settings, demo_db, answers, monkeypatch):
    pytest.importorskip("sqlcipher3")
    from flevodesk.store import crypto
    from flevodesk.ui import data_menu

    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    monkeypatch.setattr(data_menu, "ask_new_passphrase", lambda _w: "paard batterij")
    monkeypatch.setattr(dialogs, "inform", lambda _w, _m: None)
    actions = {a.text().replace("&", ""): a for a in window.data_menu.actions() if a.text()}
    assert not actions["Wachtzin wijzigen…"].isEnabled()
    actions["Database versleutelen…"].trigger()
    # The new handle comes with its own operations layer: wait for that one too.
    qtbot.waitUntil(lambda: not window.bg.busy, timeout=10_000)
    assert window.db.passphrase == "paard batterij"
    assert crypto.looks_encrypted(window.db.path)
    actions = {a.text().replace("&", ""): a for a in window.data_menu.actions() if a.text()}
    assert actions["Wachtzin wijzigen…"].isEnabled()
    assert not actions["Database versleutelen…"].isEnabled()
    window.bg.wait()
    window.db.dispose()


def test_backup_restore_in_the_file_menu_and_the_partner_export(
    qtbot, settings, demo_db, answers, monkeypatch, tmp_path
):
    from flevodesk.ui import file_choice

    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    file_texts = [a.text() for a in window.main_actions.file_menu.actions()]
    assert "&Reservekopie maken…" in file_texts and "Reservekopie &terugzetten…" in file_texts
    told = []
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: tmp_path / "partners.csv")
    monkeypatch.setattr(file_choice, "inform", lambda _w, _t, text: told.append(text))
    window.data_actions.export_for_partners()
    settle(qtbot, window.bg)
    lines = (tmp_path / "partners.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(";") == [
        "Achternaam",
        "Tussenv.",
        "Voornaam",
        "Woonplaats",
        "Telefoon",
        "E-mail",
    ]
    assert told and told[0].startswith(f"{len(lines) - 1} vrijwilligers")
