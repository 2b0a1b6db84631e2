"""The Overzicht tab's charts: the printout's reportlab drawings, shown as SVG.

The drawings and their SVG are made on the worker that read the figures (about 0.1 s for
the three, and reportlab's import the first time); the UI thread only hands the finished
SVG to Qt's renderer.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from flevodesk.reports.chart_data import OverviewFigures
from flevodesk.reports.wording import DUTCH, Wording, worded
from flevodesk.resources import resource_path

#: The drawings' size in points on screen: smaller than on paper, so that scaled up to
#: the tab's width their 8 pt labels read as the window's own text.
SCREEN_WIDTH = 260.0
SCREEN_HEIGHT = 170.0
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
_fonts_added = False


def screen_charts(figures: OverviewFigures, wording: Wording = DUTCH) -> tuple[bytes, bytes, bytes]:
    """The three charts as SVG documents, their titles, legends and months in
    ``wording``'s language (the window's, chosen on the UI thread); runs on a worker."""
    from flevodesk.reports import charts  # reportlab loads on the worker, not at start-up

    size = (SCREEN_WIDTH, SCREEN_HEIGHT)
    with worded(wording):
        return (
            charts.svg(charts.status_chart(figures.by_status, *size)),
            charts.svg(charts.hours_chart(figures.hours, *size)),
            charts.svg(charts.pipeline_chart(figures.pipeline, *size)),
        )


def add_chart_fonts() -> None:
    """Make the printouts' DejaVu Sans known to Qt, so the SVG's text is set in it even
    where the system has no such font."""
    global _fonts_added
    if not _fonts_added:
        for name in FONT_FILES:
            QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        _fonts_added = True


class ChartView(QSvgWidget):
    """One chart, scaled to the room it gets without being stretched."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumSize(QSize(200, 130))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The SVG document on screen now, for whoever asks what the chart says.
        self.shown = b""

    def show_svg(self, document: bytes) -> None:
        self.shown = document
        self.load(QByteArray(document))
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return int(width * SCREEN_HEIGHT / SCREEN_WIDTH)


class ChartRow(QWidget):
    """The three charts side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        add_chart_fonts()
        self.views = (
            ChartView(self.tr("Initiatieven per gemeente en status")),
            ChartView(self.tr("Vrijwilligersuren per maand")),
            ChartView(self.tr("Aanvragen per fase")),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for view in self.views:
            layout.addWidget(view, 1)

    def show_charts(self, documents: tuple[bytes, ...]) -> None:
        for view, document in zip(self.views, documents, strict=True):
            view.show_svg(document)
