"""On a team server, backups, restore and encryption say whose work they are and offer a copy."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from flevodesk.store.database import Database
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.main_window import MainWindow

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def server_window(qtbot, pg_demo_url, settings, answers):
    db = Database(pg_demo_url)
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    yield window
    window.release()


def _items(window):
    data = window.data_actions
    return [data.data.backup, data.data.restore, data.backups, data.encrypt, data.rekey]


def test_each_file_bound_item_explains_and_offers_the_copy(
    qtbot, server_window, tmp_path, monkeypatch
):
    told: list[str] = []
    asked: list[str] = []

    def choose(_parent, _icon, _title, text, _informative, buttons):
        asked.append(text)
        return buttons[0][2] if len(asked) == len(_items(server_window)) else buttons[-1][2]

    monkeypatch.setattr(dialogs, "choose", choose)
    out = tmp_path / "laptop.sqlite3"
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: out)
    monkeypatch.setattr(file_choice, "inform", lambda _w, _t, text: told.append(text))
    # Were the file's own dialogs still behind these items, they answer "cancel" at once.
    monkeypatch.setattr(file_choice, "ask_open_path", lambda *_a: None)
    monkeypatch.setattr(file_choice, "confirm", lambda *_a: False)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    monkeypatch.setattr(QDialog, "exec", lambda _self: 0)
    for action in _items(server_window):
        assert action.isEnabled()
        action.trigger()
    settle(qtbot, server_window.bg)
    assert len(asked) == 5
    assert all("het werk van de beheerder van de server" in text for text in asked)
    assert told and "gecontroleerd" in told[0]
    with sqlite3.connect(out) as raw:
        assert raw.execute("SELECT count(*) FROM persons").fetchone() == (60,)
    texts = [a.text() for a in server_window.data_menu.actions()]
    assert "Exporteren naar een &SQLite-bestand…" in texts


@pytest.mark.sqlite_only
def test_a_file_keeps_its_own_backup_items(qtbot, demo_db, settings, answers, monkeypatch):
    monkeypatch.setattr(dialogs, "choose", lambda *_a: pytest.fail("asked on a file"))
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    texts = [a.text() for a in window.data_menu.actions()]
    assert "Exporteren naar een &SQLite-bestand…" not in texts
    assert window.data_actions.rekey.isEnabled() is False
