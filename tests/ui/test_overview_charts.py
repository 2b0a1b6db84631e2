"""The Overzicht tab shows the printout's charts as SVG, and the user sets when an area
counts as "minder actief"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from flevodesk.services.overview_charts import overview_figures
from flevodesk.services.overview_stats import quiet_threshold
from flevodesk.ui.overview_charts import screen_charts
from flevodesk.ui.overview_tab import QUIET_COLOUR, OverviewTab

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _inked(document: bytes) -> int:
    """How many pixels of the rendered SVG are not white."""
    renderer = QSvgRenderer(QByteArray(document))
    assert renderer.isValid()
    size = renderer.defaultSize()
    assert not size.isEmpty()
    image = QImage(QSize(size.width() * 2, size.height() * 2), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) != white
    )


def test_each_chart_is_an_svg_qt_renders_with_bars_and_text(qapp, demo_db):
    documents = screen_charts(overview_figures(demo_db, date(2026, 6, 30)))
    assert len(documents) == 3
    for document in documents:
        assert b"font-family: 'DejaVu Sans'" in document
        inked = _inked(document)
        # Bars, axes and labels, but no black box over the whole chart.
        assert 500 < inked < 0.6 * 260 * 170, inked
    assert b">jan<" in documents[1] and b">dec<" in documents[1]
    assert "€ ".encode() in documents[2]


def _marked(overview: OverviewTab) -> list[str]:
    found = []
    for index in range(overview.stats.topLevelItemCount()):
        town = overview.stats.topLevelItem(index)
        for child in range(town.childCount()):
            item = town.child(child)
            if item.background(0).color() == QUIET_COLOUR:
                found.append(item.text(0))
    return found


def test_the_threshold_is_stored_changes_the_marks_and_comes_back(qtbot, demo_db, bg, settings):
    overview = OverviewTab(demo_db, bg, settings=settings)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitExposed(overview)
    overview.refresh()
    settle(qtbot, bg)
    assert overview.threshold.value() == 0 and overview.threshold.isEnabled()
    assert all(view.renderer().isValid() for view in overview.charts.views)
    before = _marked(overview)
    assert before == ["Almere Buiten", "Swifterbant", "Warande"]
    overview.threshold.setValue(1)
    overview.save_threshold()  # as the pause after the last step does
    settle(qtbot, bg)
    assert quiet_threshold(demo_db) == 1
    after = _marked(overview)  # the saved setting's change reloaded the view
    assert set(before) < set(after) and {"Almere Haven", "Atolwijk", "Zeewolde"} <= set(after)
    again = OverviewTab(demo_db, bg, settings=settings)
    qtbot.addWidget(again)
    again.refresh()
    settle(qtbot, bg)
    assert again.threshold.value() == 1
