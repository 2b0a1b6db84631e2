"""The first start: a welcome page over an empty database, its three ways in, and taking
the demo set out again from the Gegevens menu."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from flevodesk.services.demo_removal import demo_record_count
from flevodesk.services.first_start import is_empty
from flevodesk.ui import file_choice
from flevodesk.ui.main_window import MainWindow
from tests.database_rows import table_rows

from .conftest import open_and_settle, settle, target_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def opened(qtbot, window: MainWindow, path: Path | str) -> MainWindow:
    window.show()
    qtbot.waitExposed(window)
    open_and_settle(qtbot, window, path)
    return window


def welcome_of(window: MainWindow):
    assert window.main_actions is not None and window.main_actions.welcome is not None
    return window.main_actions.welcome


def test_an_empty_database_shows_the_welcome_page(qtbot, window, db_path):
    opened(qtbot, window, db_path)
    welcome = welcome_of(window)
    qtbot.waitUntil(lambda: welcome.showing, timeout=5000)
    assert welcome.page.isVisible() and not window.tabs.isVisible()
    texts = [button.text() for button in welcome.page.buttons()]
    assert texts == [
        "Eerste initiatief toevoegen",
        "Uw Excel-lijst importeren",
        "Probeer het met voorbeeldgegevens",
    ]
    # Nieuw and Opslaan have no tab on screen to act on.
    assert not window.main_actions.new.isEnabled()
    settle(qtbot, window.bg)


def test_the_demo_database_shows_the_tabs(qtbot, window, demo_db):
    target = target_of(demo_db)
    demo_db.dispose()
    opened(qtbot, window, target)
    settle(qtbot, window.bg)
    assert not welcome_of(window).showing
    assert window.tabs.isVisible()


def test_first_initiative_opens_a_new_form_on_the_initiatives_tab(qtbot, window, db_path):
    opened(qtbot, window, db_path)
    welcome = welcome_of(window)
    qtbot.waitUntil(lambda: welcome.showing, timeout=5000)
    window.tabs.setCurrentIndex(3)  # where the user was last time: Partners
    welcome.page.first.click()
    tab = window.record_tabs["initiative"]
    assert window.tabs.isVisible() and window.tabs.currentWidget() is tab
    name = tab.form.fields["name"].widget
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name, timeout=5000)
    assert tab.form.record_id is None and tab.form.heading.text() == "Nieuw initiatief"
    assert window.main_actions.save.isEnabled()
    # An empty form does not send the user back to the welcome page.
    settle(qtbot, window.bg)
    welcome.check()
    settle(qtbot, window.bg)
    assert not welcome.showing


def test_import_opens_the_import_wizard(qtbot, window, db_path):
    opened(qtbot, window, db_path)
    welcome = welcome_of(window)
    qtbot.waitUntil(lambda: welcome.showing, timeout=5000)
    welcome.page.importing.click()
    wizard = window.data_actions.data.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.windowTitle() == "Vrijwilligers importeren"
    wizard.reject()
    settle(qtbot, window.bg)


def test_demo_loads_the_demo_set_and_shows_its_tabs(qtbot, window, db_path):
    opened(qtbot, window, db_path)
    welcome = welcome_of(window)
    qtbot.waitUntil(lambda: welcome.showing, timeout=5000)
    welcome.page.demo.click()
    settle(qtbot, window.bg)
    assert not welcome.showing and window.tabs.isVisible()
    assert demo_record_count(window.db) == 94
    tab = window.record_tabs["initiative"]
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 16, timeout=5000)
    settle(qtbot, window.bg)  # the other tabs' reads, before the window goes


def test_removing_the_demo_set_from_the_menu_leaves_a_new_database_and_the_welcome(
    qtbot, window, db_path, tmp_path, monkeypatch
):
    new = tmp_path / "new.sqlite3"
    shutil.copyfile(db_path, new)
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(file_choice, "confirm", lambda _w, _t, text: asked.append(text) or True)
    monkeypatch.setattr(file_choice, "inform", lambda _w, _t, text: told.append(text))
    opened(qtbot, window, db_path)
    welcome = welcome_of(window)
    qtbot.waitUntil(lambda: welcome.showing, timeout=5000)
    welcome.page.demo.click()
    settle(qtbot, window.bg)
    assert not welcome.showing

    removal = window.main_actions.demo_menu.remove
    assert removal in window.data_menu.actions()
    assert removal.text() == "&Voorbeeldgegevens verwijderen…"
    removal.trigger()
    settle(qtbot, window.bg)

    assert "De 94 voorbeeldrecords" in asked[0] and "reservekopie" in asked[0]
    assert told and told[0].startswith("Voorbeeldgegevens verwijderd: 60 vrijwilligers")
    qtbot.waitUntil(lambda: welcome.showing, timeout=5000)
    assert is_empty(window.db)
    window.release()
    assert table_rows(db_path) == table_rows(new)


def test_saying_no_removes_nothing(qtbot, window, demo_db, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(file_choice, "confirm", lambda *_a: False)
    monkeypatch.setattr(file_choice, "inform", lambda _w, _t, text: told.append(text))
    target = target_of(demo_db)
    demo_db.dispose()
    opened(qtbot, window, target)
    window.main_actions.demo_menu.remove.trigger()
    settle(qtbot, window.bg)
    assert demo_record_count(window.db) == 94 and told == []
