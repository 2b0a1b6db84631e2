"""The window on a laptop: it opens inside the screen, remembers itself per screen, and
still shows everything on a 1024x600 netbook screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QScrollArea

from flevodesk.ui import window_geometry
from flevodesk.ui.main_window import MainWindow

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class Screen:
    """A screen as the window sees it: a name, a size and the part left by the panels."""

    def __init__(self, name: str, width: int, height: int, panel: int = 0) -> None:
        self._name = name
        self._size = QSize(width, height)
        self._available = QRect(0, panel, width, height - panel)

    def name(self) -> str:
        return self._name

    def size(self) -> QSize:
        return self._size

    def availableGeometry(self) -> QRect:  # noqa: N802
        return self._available


LAPTOP = Screen("eDP-1", 1366, 768, panel=32)
NETBOOK = Screen("LVDS-1", 1024, 600, panel=24)
OFFICE = Screen("HDMI-1", 1920, 1200)
# Smaller than the test platform's own 800x600 screen, which restoreGeometry keeps to.
TINY = Screen("VGA-1", 640, 480, panel=32)


def test_the_first_window_opens_inside_a_small_laptop_screen(qtbot, settings):
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    for screen in (LAPTOP, NETBOOK):
        window_geometry.place(window, settings, screen)
        assert screen.availableGeometry().contains(window.frameGeometry())
    window_geometry.place(window, settings, OFFICE)
    assert window.size() == window_geometry.PREFERRED_SIZE


def test_geometry_is_remembered_per_screen_and_pulled_back_inside(qtbot, settings):
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.setGeometry(QRect(100, 80, 600, 400))
    window_geometry.remember(window, settings, LAPTOP)
    window.setGeometry(QRect(50, 60, 700, 500))
    window_geometry.remember(window, settings, OFFICE)

    window_geometry.place(window, settings, LAPTOP)
    assert window.geometry() == QRect(100, 80, 600, 400)
    window_geometry.place(window, settings, OFFICE)
    assert window.geometry() == QRect(50, 60, 700, 500)
    # The office geometry never reaches the netbook, which has not been used yet.
    window_geometry.place(window, settings, NETBOOK)
    assert NETBOOK.availableGeometry().contains(window.frameGeometry())
    # A remembered geometry that runs off its screen is moved back onto it.
    window.setGeometry(QRect(250, 150, 500, 400))
    window_geometry.remember(window, settings, TINY)
    window_geometry.place(window, settings, TINY)
    assert TINY.availableGeometry().contains(window.frameGeometry())
    assert window.size() == QSize(500, 400)


def test_closing_remembers_the_geometry_for_the_screen_it_was_on(qtbot, demo_db, settings):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    window.setGeometry(QRect(30, 40, 700, 500))
    window.close()
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    assert again.geometry() == QRect(30, 40, 700, 500)
    assert window_geometry.geometry_key(again.screen()) in settings.allKeys()


def test_every_tab_fits_a_1024_pixel_wide_screen(qtbot, demo_db, settings):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(qtbot, window.bg)
        assert window.minimumSizeHint().width() <= 1024, window.tabs.tabText(index)
    assert window.minimumSizeHint().height() <= 600 - 24
    # A funder with a long name does not make the window wider.
    funding = window.record_tabs["funding"]
    funding.filters.set_options(
        "funder_id",
        [("Stichting Fonds voor Sociale Samenhang in Flevoland en omstreken", 1)],
        "Alle",
    )
    assert window.minimumSizeHint().width() <= 1024
    for tab in window.record_tabs.values():
        # The list or the form can be dragged out of the way; the form scrolls.
        assert tab.splitter.childrenCollapsible()
        assert isinstance(tab.form.parentWidget().parentWidget(), QScrollArea)


def wheel(widget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(centre.toPoint()))),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_dropdown_scrolls_the_form_not_the_value(
    qtbot, demo_db, settings, answers
):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    window.resize(1024, 560)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    tab = window.record_tabs["person"]
    settle(qtbot, window.bg)
    tab.table.selectRow(0)
    settle(qtbot, window.bg)
    status = tab.form.fields["status"]
    before = status.value()
    assert before is not None
    tab.table.setFocus()
    scroll = tab.form.parentWidget().parentWidget()
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the person form is taller than a netbook window"
    scroll.ensureWidgetVisible(status.combo)
    at = bar.value()
    for _ in range(3):
        wheel(status.combo, -1 if at < bar.maximum() else 1)
    assert status.value() == before
    assert not tab.form.dirty
    assert bar.value() != at
    # Once the user clicked into it, the wheel does pick the next status.
    status.combo.setFocus()
    qtbot.waitUntil(status.combo.hasFocus)
    wheel(status.combo)
    assert status.value() != before
    assert tab.form.dirty
