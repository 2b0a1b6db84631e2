"""The status bar says what longer work is busy with, and only while it runs; the overview
reloads itself when the data changes."""

from __future__ import annotations

import threading

import pytest

from flevodesk.services.persons import PersonService
from flevodesk.ui import overview_tab
from flevodesk.ui.busy_indicator import SHOW_AFTER_MS, BusyIndicator
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.overview_tab import OverviewTab

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_main_window_shows_long_work_in_the_status_bar_until_it_ends(
    qtbot, demo_db, settings, answers
):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    indicator = window.busy
    assert indicator is not None and indicator.isHidden()
    release = threading.Event()
    window.bg.run(lambda: release.wait(10), lambda _r: None, busy="Reservekopie maken…")
    qtbot.waitUntil(lambda: not indicator.isHidden(), timeout=5_000)
    assert indicator.label.text() == "Reservekopie maken…"
    release.set()
    settle(qtbot, window.bg)
    assert indicator.isHidden()


def test_work_that_ends_before_the_delay_never_shows(qtbot):
    indicator = BusyIndicator()
    qtbot.addWidget(indicator)
    indicator.show_activity("Exporteren…")
    indicator.show_activity("")
    qtbot.wait(SHOW_AFTER_MS + 200)
    assert indicator.isHidden()


def test_the_overview_reloads_on_a_change_while_it_is_on_screen(
    qtbot, demo_db, bg, settings, monkeypatch
):
    reads = []
    real = overview_tab.overview_page
    monkeypatch.setattr(overview_tab, "overview_page", lambda db: reads.append(1) or real(db))
    overview = OverviewTab(demo_db, bg, settings=settings)
    qtbot.addWidget(overview)

    def add_person(name: str) -> None:
        bg.run(
            lambda: PersonService(demo_db).create({"first_name": name, "last_name": "Nieuw"}),
            lambda _p: None,
        )
        settle(qtbot, bg)

    add_person("Verborgen")
    assert reads == []  # not on screen: the window reloads it when it is shown
    overview.show()
    qtbot.waitExposed(overview)
    add_person("Zichtbaar")
    assert reads == [1]
    assert overview.loaded_once
