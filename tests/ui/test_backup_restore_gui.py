"""The GUI's repair of a damaged database and its backups dialog, with same-named databases,
hot journals and backups from before a passphrase change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from flevodesk.services.backups import backups_of
from flevodesk.services.persons import PersonService
from flevodesk.services.setup import change_passphrase, open_database
from flevodesk.store import crypto
from flevodesk.ui import backups_dialog, dialogs, startup
from flevodesk.ui.backups_dialog import BackupsDialog
from tests.services.test_backups import _leave_a_hot_journal, first_names, make_database
from tests.ui.conftest import open_and_settle, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_offered_repair_restores_this_databases_backup_and_moves_the_journal_along(
    qtbot,
    window,
    tmp_path,
    monkeypatch,
    exits,
):
    first, second = tmp_path / "a" / "vereniging.sqlite3", tmp_path / "b" / "vereniging.sqlite3"
    make_database(first, "Anna")
    make_database(second, "Bram")
    # Damaged beyond reading, with the journal of a write that was under way beside it.
    second.write_bytes(b"geen database meer" * 100)  # not whole pages: not taken for encrypted
    Path(f"{second}-journal").write_bytes(b"journal of an interrupted write")
    offered = []
    monkeypatch.setattr(
        startup,
        "ask_way_out",
        lambda _w, message, can: offered.append(can) or startup.Way.RESTORE,
    )
    monkeypatch.setattr(dialogs, "inform", lambda _w, _m: None)
    open_and_settle(qtbot, window, second)
    assert offered == [True]
    assert PersonService(window.db).find_by_email("Bram@example.nl").first_name == "Bram"
    assert not Path(f"{second}-journal").exists()
    kept = [b.path for b in backups_of(second) if b.reason == "beschadigd"]
    assert len(kept) == 1 and Path(f"{kept[0]}-journal").exists()
    assert exits == []


def test_a_hot_journal_is_rolled_back_on_opening_and_no_repair_is_offered(
    qtbot, window, tmp_path, monkeypatch, exits
):
    path = tmp_path / "vereniging.sqlite3"
    make_database(path, "Bram")
    _leave_a_hot_journal(path)  # a write killed half-way in rollback-journal mode
    offered = []
    monkeypatch.setattr(
        startup, "ask_way_out", lambda _w, _m, can: offered.append(can) or startup.Way.QUIT
    )
    monkeypatch.setattr(dialogs, "inform", lambda _w, _m: None)
    open_and_settle(qtbot, window, path)
    assert offered == []
    assert PersonService(window.db).find_by_email("Bram@example.nl").first_name == "Bram"
    assert not Path(f"{path}-journal").exists()
    assert exits == []


def test_the_backups_dialog_asks_the_passphrase_of_a_backup_from_before_a_change(
    qtbot, settings, bg, tmp_path, monkeypatch
):
    if not crypto.sqlcipher_available():
        pytest.skip("sqlcipher3 is not installed")
    path = tmp_path / "geheim.sqlite3"
    make_database(path, "Oud", passphrase="oud")
    opened = open_database(str(path), passphrase="oud", daily_backups=False)
    PersonService(opened.db).create({"first_name": "Later", "last_name": "Toegevoegd"})
    db = change_passphrase(opened.db, "oud", "nieuw")
    dialog = BackupsDialog(db, bg, settings)
    qtbot.addWidget(dialog)
    settle(qtbot, bg)
    assert dialog.table.rowCount() == 1
    answers = iter(["geraden", "oud"])
    asked = []
    monkeypatch.setattr(
        backups_dialog,
        "ask_backup_passphrase",
        lambda _w, p, reason: asked.append(reason) or next(answers),
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(dialogs, "inform", lambda _w, _m: None)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _w, message: errors.append(message))
    dialog.restore_selected()
    settle(qtbot, bg)
    assert errors == []
    assert len(asked) == 2 and "klopt niet" in asked[1]
    db.dispose()
    assert first_names(path, "nieuw") == {"Oud"}


def test_a_damaged_page_found_after_the_rows_are_shown_stops_writes_and_offers_the_backup(
    qtbot, window, tmp_path, monkeypatch, exits
):
    from tests.services.test_check_later import damage_a_page_opening_never_reads

    path = tmp_path / "vereniging.sqlite3"
    make_database(path, "Bram")
    damage_a_page_opening_never_reads(path)
    offered = []
    monkeypatch.setattr(
        startup,
        "ask_way_out",
        lambda _w, message, can: (
            offered.append((message, can, window.read_only)) or startup.Way.RESTORE
        ),
    )
    monkeypatch.setattr(dialogs, "inform", lambda _w, _m: None)
    from flevodesk.ui import app

    app.open_in_window(window, str(path))
    qtbot.waitUntil(lambda: len(offered) == 1, timeout=20_000)
    message, can_restore, read_only = offered[0]
    assert "beschadigd" in message and can_restore and read_only
    # The backup took the damaged file's place and opens, writable again.
    qtbot.waitUntil(lambda: window.db is not None and not window.read_only, timeout=20_000)
    PersonService(window.db).create(
        {"first_name": "Zoë", "last_name": "Çelik", "email": "zoe@example.nl"}
    )
    assert first_names(path) == {"Bram", "Zoë"}
    assert exits == []


def test_an_encrypted_backup_restored_over_a_plain_database_opens_with_its_passphrase(
    qtbot, settings, tmp_path, monkeypatch, answers
):
    if not crypto.sqlcipher_available():
        pytest.skip("sqlcipher3 is not installed")
    from flevodesk.ui import file_choice
    from flevodesk.ui.main_window import MainWindow

    plain, secret = tmp_path / "vereniging.sqlite3", tmp_path / "geheim.sqlite3"
    make_database(plain, "Open")
    make_database(secret, "Geheim", passphrase="geheim")
    opened = open_database(str(plain), daily_backups=False)
    window = MainWindow(opened.db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    monkeypatch.setattr(file_choice, "ask_open_path", lambda *_a: secret)
    monkeypatch.setattr(file_choice, "confirm", lambda *_a: True)
    told = []
    monkeypatch.setattr(file_choice, "inform", lambda _w, _t, text: told.append(text))
    monkeypatch.setattr(backups_dialog, "ask_backup_passphrase", lambda *_a: "geheim")
    window.data_actions.data.restore.trigger()
    # The window takes over a handle with the backup's passphrase, with its own background.
    qtbot.waitUntil(lambda: not window.bg.busy and window.db is not opened.db, timeout=10_000)
    qtbot.waitUntil(lambda: not window.bg.busy, timeout=10_000)
    assert answers.errors == []
    assert told and told[-1].startswith("De reservekopie is teruggezet.")
    assert window.db.passphrase == "geheim"
    persons = window.record_tabs["person"].model
    shown = {persons.data(persons.index(row, 2)) for row in range(persons.rowCount())}
    assert "Geheim" in shown
    window.bg.wait()
    window.db.dispose()
