"""Verbinden met teamserver…: fill in, test on a worker, switch the window, come back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import make_url

from flevodesk.services.team_server import ServerAddress
from flevodesk.ui import app, startup, team_server_dialog
from flevodesk.ui.team_server_dialog import (
    SERVER_KEY,
    TeamServerDialog,
    connect_to_team_server,
    remembered_server,
    use_local_file,
)

from .conftest import open_and_settle, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _fill(dialog: TeamServerDialog, url: str, user: str, password: str = "") -> None:
    parsed = make_url(url)
    dialog.host.setText(str(parsed.query["host"]))
    dialog.database.setText(str(parsed.database))
    dialog.user.setText(user)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    dialog.password.setText(password)


def _settings_text(settings) -> str:
    settings.sync()
    with open(settings.fileName(), encoding="utf-8") as handle:
        return handle.read()


def test_testing_says_in_one_line_whether_the_password_works(qtbot, pg_url, password_role):
    user, password = password_role
    dialog = TeamServerDialog(None)
    qtbot.addWidget(dialog)
    _fill(dialog, pg_url, user, password + "x")
    dialog.test_button.click()
    settle(qtbot, dialog.bg)
    line = dialog.answer.text()
    assert "weigert het wachtwoord van gebruiker flevodesk_pw" in line
    assert password not in line and "\n" not in line
    dialog.password.setText(password)
    dialog.test_button.click()
    settle(qtbot, dialog.bg)
    assert dialog.answer.text().startswith("Verbinding gelukt met database flevodesk_test_")
    assert dialog.chosen_url is None  # only "Verbinden" chooses


def test_an_empty_server_field_is_named_before_anything_runs(qtbot):
    dialog = TeamServerDialog(None)
    qtbot.addWidget(dialog)
    dialog.test_button.click()
    assert dialog.answer.text() == "Vul bij Server de naam of het adres van de teamserver in."
    assert not dialog.bg.busy


@pytest.fixture
def accept_as(monkeypatch, qtbot):
    """Make the dialog's exec() fill in the given fields and press Verbinden."""
    given: dict[str, object] = {}

    def fake_exec(dialog: TeamServerDialog) -> int:
        given["initial"] = dialog.address()
        _fill(dialog, given["url"], given["user"], given.get("password", ""))
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.bg.busy, timeout=10_000)
        return dialog.DialogCode.Accepted if dialog.chosen_url else QDialog.DialogCode.Rejected

    monkeypatch.setattr(TeamServerDialog, "exec", fake_exec)
    return given


def test_connecting_switches_the_window_and_remembers_the_server_without_password(
    qtbot, window, db_path, pg_demo_url, password_role, accept_as, settings, monkeypatch
):
    user, password = password_role
    open_and_settle(qtbot, window, db_path)
    monkeypatch.setattr(app, "local_target", lambda _window: str(db_path))
    assert not window.main_actions.local_file.isEnabled()
    accept_as.update(url=pg_demo_url, user=user, password=password)
    connect_to_team_server(window)
    qtbot.waitUntil(lambda: window.db is not None and window.db.path is None, timeout=10_000)
    settle(qtbot, window.bg)
    assert "flevodesk_pw:***@" in window.database_label.text()
    assert password not in window.database_label.text()
    assert window.lock is None  # the file's lock is given up
    assert window.main_actions.local_file.isEnabled()
    kept = remembered_server(settings)
    assert kept is not None and make_url(kept).username == user
    assert password not in _settings_text(settings)
    window.tabs.setCurrentIndex(1)
    settle(qtbot, window.bg)
    assert window.record_tabs["person"].model.rowCount() == 60  # the server's demo set

    use_local_file(window)
    qtbot.waitUntil(lambda: window.db is not None and window.db.path == db_path, timeout=10_000)
    settle(qtbot, window.bg)
    assert settings.value(SERVER_KEY) is None
    assert window.lock is not None


def test_a_failed_test_keeps_the_dialog_open_and_the_window_on_its_file(
    qtbot, window, db_path, tmp_path, accept_as
):
    open_and_settle(qtbot, window, db_path)
    before = window.db
    nowhere = f"postgresql+psycopg://iemand@/flevodesk?host={tmp_path / 'geen-server'}"
    accept_as.update(url=nowhere, user="iemand")
    dialog = connect_to_team_server(window)
    assert dialog is not None and dialog.chosen_url is None
    assert "niet bereikbaar" in dialog.answer.text()
    assert window.db is before and window.tabs.isEnabled()


def test_the_next_start_opens_the_remembered_server_and_asks_its_password_once(
    qtbot, window, pg_demo_url, password_role, settings, monkeypatch, exits
):
    user, password = password_role
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    address = team_server_dialog.address_of(pg_demo_url)
    assert address is not None
    team_server_dialog.remember_server(
        settings, ServerAddress(address.host, database=address.database, user=user).url()
    )
    asked: list[str] = []
    tries = iter([password + "x", password])

    def ask(_parent, reason):
        asked.append(reason)
        return next(tries)

    monkeypatch.setattr(team_server_dialog, "ask_password", ask)
    refused: list[str] = []
    monkeypatch.setattr(
        startup, "ask_way_out", lambda _p, message, *_a, **_k: refused.append(message)
    )
    target = startup.start_target(None, remembered_server(settings))
    assert target is not None
    app.open_in_window(window, target)
    qtbot.waitUntil(lambda: window.db is not None or bool(refused), timeout=10_000)
    assert refused == []
    settle(qtbot, window.bg)
    assert len(asked) == 2
    assert "vraagt een wachtwoord" in asked[0]
    assert "weigert het wachtwoord" in asked[1] and password not in asked[1]
    assert password not in _settings_text(settings)
    assert password not in window.database_label.text()


def test_an_explicit_db_wins_over_the_remembered_server(monkeypatch):
    assert startup.start_target("x.sqlite3", "postgresql+psycopg://a@b/c") == "x.sqlite3"
    assert startup.start_target(None, "postgresql+psycopg://a@b/c") == "postgresql+psycopg://a@b/c"
    monkeypatch.setenv("FLEVODESK_DB", "/tmp/elders.sqlite3")
    assert startup.start_target(None, "postgresql+psycopg://a@b/c") is None
