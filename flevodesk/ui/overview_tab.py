"""Overzicht: figures per municipality and area with their charts, and the worklist of
what needs attention."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flevodesk.message_text import render
from flevodesk.printout_wording import wording_in
from flevodesk.reports.chart_data import OverviewFigures
from flevodesk.services.funding_reminders import DEFAULT_WINDOW_DAYS
from flevodesk.services.overview_charts import overview_page
from flevodesk.services.overview_stats import (
    QUIET_MOST,
    Figures,
    MunicipalityStats,
    save_quiet_threshold,
)
from flevodesk.services.unit_of_work import Changes
from flevodesk.services.worklist import LIMIT_PER_KIND, WorkItem, Worklist, worklist
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.formatting import format_date, format_minutes, format_money, label_of
from flevodesk.ui.language_menu import running_language
from flevodesk.ui.overview_charts import ChartRow, screen_charts
from flevodesk.ui.settings_values import int_setting

if TYPE_CHECKING:
    from flevodesk.services.setup import Database

QUIET_COLOUR = QColor("#fde9c8")
#: Areas where no initiative is known: set back, not marked.
UNKNOWN_COLOUR = QColor("#7b8794")
OVERDUE_COLOUR = QColor("#b00020")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
WINDOW_KEY = "worklist/funding_window_days"
#: A spin box is stepped through several values in a row; store only where it stops.
THRESHOLD_PAUSE_MS = 400
Shown = tuple[list[MunicipalityStats], OverviewFigures, tuple[bytes, ...], Worklist]


def funding_window(settings: QSettings) -> int:
    """The days ahead the user wants to see obligations and verantwoordingen (default 14)."""
    return int_setting(settings, WINDOW_KEY, DEFAULT_WINDOW_DAYS, 1, 365)


class OverviewTab(QWidget):
    """Signals: ``open_record(kind, id)`` when the user opens a worklist item."""

    open_record = Signal(str, int)

    def __init__(
        self,
        db: Database,
        background: Background,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._bg = background
        self._settings = settings or QSettings()

        self.stats = QTreeWidget()
        self.stats.setHeaderLabels(
            [
                self.tr("Gemeente / wijk of kern"),
                self.tr("Actieve initiatieven"),
                self.tr("Vrijwilligers"),
                self.tr("Uren dit jaar"),
                self.tr("Aangevraagd"),
                self.tr("Toegekend"),
                self.tr("Afgewezen"),
            ]
        )
        self.stats.setAlternatingRowColors(True)
        self.stats.setUniformRowHeights(True)
        header = self.stats.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        legend = QLabel(
            self.tr(
                "Gemarkeerd, minder actief: wijken en kernen met initiatieven, waarvan hoogstens"
            )
        )
        legend.setStyleSheet(f"background: {QUIET_COLOUR.name()}; padding: 4px;")
        self.threshold = QSpinBox()
        self.threshold.setRange(0, QUIET_MOST)
        self.threshold.setSuffix(self.tr(" actief"))
        self.threshold.setToolTip(
            self.tr(
                "Een wijk of kern met initiatieven, waarvan hoogstens zoveel actief zijn, "
                "heet minder actief; ook op het afgedrukte algemeen beeld"
            )
        )
        self.threshold.setAccessibleName(self.tr("Minder actief bij hoogstens"))
        legend.setBuddy(self.threshold)
        self.threshold.setEnabled(False)  # until the stored value is read
        self.threshold.valueChanged.connect(self._threshold_changed)
        self._threshold_timer = QTimer(self)
        self._threshold_timer.setSingleShot(True)
        self._threshold_timer.setInterval(THRESHOLD_PAUSE_MS)
        self._threshold_timer.timeout.connect(self.save_threshold)
        unknown = QLabel(self.tr("Grijs: nog geen initiatief bekend."))
        unknown.setStyleSheet(f"color: {UNKNOWN_COLOUR.name()}; padding: 4px;")
        legend_row = QHBoxLayout()
        legend_row.setSpacing(0)
        legend_row.addWidget(legend)
        legend_row.addWidget(self.threshold)
        legend_row.addSpacing(12)
        legend_row.addWidget(unknown)
        legend_row.addStretch(1)
        self.charts = ChartRow()

        self.work = QTreeWidget()
        self.work.setRootIsDecorated(False)
        self.work.setHeaderLabels(
            [self.tr("Datum"), self.tr("Wat"), self.tr("Betreft"), self.tr("Toelichting")]
        )
        self.work.setAlternatingRowColors(True)
        self.work.setUniformRowHeights(True)
        self.work.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.work.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.work.itemActivated.connect(lambda item, _col: self._open(item))
        self.work.itemDoubleClicked.connect(lambda item, _col: self._open(item))
        self.work_summary = QLabel()
        self.work_summary.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Openen"))
        self.open_button.clicked.connect(lambda: self._open(self.work.currentItem()))
        self.refresh_button = QPushButton(self.tr("Vernieuwen"))
        self.window_days = QSpinBox()
        self.window_days.setRange(1, 365)
        self.window_days.setSuffix(self.tr(" dagen"))
        self.window_days.setToolTip(
            self.tr("Hoe ver vooruit verplichtingen en verantwoordingen getoond worden")
        )
        self.window_days.setValue(funding_window(self._settings))
        self.window_days.valueChanged.connect(self._window_changed)
        self.refresh_button.clicked.connect(self.refresh)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("<b>Per gemeente en wijk</b>")))
        top_layout.addWidget(self.stats, 1)
        top_layout.addLayout(legend_row)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>Wat aandacht nodig heeft</b>")))
        heading.addStretch(1)
        window_label = QLabel(self.tr("Financiering: vooruitkijken"))
        window_label.setBuddy(self.window_days)
        heading.addWidget(window_label)
        heading.addWidget(self.window_days)
        heading.addWidget(self.open_button)
        heading.addWidget(self.refresh_button)
        bottom_layout.addLayout(heading)
        bottom_layout.addWidget(self.work, 1)
        bottom_layout.addWidget(self.work_summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.charts)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        # The charts get the most room: scaled smaller, their labels would not read.
        splitter.setSizes([200, 280, 150])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.loaded_once = False
        # Nearly every table feeds a figure or the worklist: any change is worth a reload,
        # but only while the tab is on screen (the window reloads it when it is shown).
        background.bus.changed.connect(self._data_changed)

    @Slot(object)
    def _data_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        db = self._db
        self.refresh_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.work_summary.setText(user_message(error))

        window = self.window_days.value()
        # The charts speak the window's language; the application's property that says
        # which is read here, on the UI thread, not on the worker.
        wording = wording_in(running_language())

        def read() -> Shown:
            stats, figures = overview_page(db)
            charts = screen_charts(figures, wording)
            return stats, figures, charts, worklist(db, funding_window_days=window)

        self._bg.run(read, self._show, failed)

    @Slot(int)
    def _threshold_changed(self, _value: int) -> None:
        self._threshold_timer.start()

    @Slot()
    def save_threshold(self) -> None:
        """Store the threshold in the database; the change it announces reloads the view."""
        self._threshold_timer.stop()
        db, value = self._db, self.threshold.value()

        def failed(error: BaseException) -> None:
            self.work_summary.setText(user_message(error))

        self._bg.run(lambda: save_quiet_threshold(db, value), lambda _saved: None, failed)

    @Slot(int)
    def _window_changed(self, days: int) -> None:
        self._settings.setValue(WINDOW_KEY, days)
        self.refresh()

    def _show(self, result: Shown) -> None:
        stats, figures, charts, work = result
        self.loaded_once = True
        self.refresh_button.setEnabled(True)
        if not self._threshold_timer.isActive():
            self.threshold.blockSignals(True)
            self.threshold.setValue(figures.quiet_at_most)
            self.threshold.blockSignals(False)
        self.threshold.setEnabled(True)
        self.charts.show_charts(charts)
        self.stats.clear()
        brush = QBrush(QUIET_COLOUR)
        unknown = QBrush(UNKNOWN_COLOUR)
        for municipality in stats:
            parent = QTreeWidgetItem(
                self.stats, self._cells(municipality.name, municipality.figures)
            )
            font = parent.font(0)
            font.setBold(True)
            for column in range(self.stats.columnCount()):
                parent.setFont(column, font)
            self._align(parent)
            for area in municipality.areas:
                child = QTreeWidgetItem(parent, self._cells(area.name, area.figures))
                self._align(child)
                if area.quiet:
                    tip = self.tr("Minder actieve wijk: initiatieven, maar weinig actief")
                    for column in range(self.stats.columnCount()):
                        child.setBackground(column, brush)
                        child.setToolTip(column, tip)
                elif area.without_initiatives:
                    tip = self.tr("Nog geen initiatief bekend in deze wijk of kern")
                    for column in range(self.stats.columnCount()):
                        child.setForeground(column, unknown)
                        child.setToolTip(column, tip)
            parent.setExpanded(True)
        self.work.clear()
        for item in work.items:
            row = QTreeWidgetItem(
                self.work,
                [format_date(item.due), label_of(item.kind), item.title, render(item.detail)],
            )
            row.setData(0, ITEM_ROLE, item)
            if item.kind.overdue:
                row.setForeground(0, QBrush(OVERDUE_COLOUR))
                row.setForeground(1, QBrush(OVERDUE_COLOUR))
        hidden = sum(work.totals.values()) - len(work.items)
        parts = [f"{label_of(kind)}: {count}" for kind, count in work.totals.items() if count]
        summary = "; ".join(parts) if parts else self.tr("Niets dat aandacht vraagt.")
        if hidden > 0:
            summary += " " + self.tr("(de %1 meest dringende per soort getoond)").replace(
                "%1", str(LIMIT_PER_KIND)
            )
        self.work_summary.setText(summary)

    def _cells(self, name: str, figures: Figures) -> list[str]:
        return [
            name,
            str(figures.active_initiatives),
            str(figures.volunteers),
            format_minutes(figures.minutes_this_year),
            format_money(figures.requested),
            format_money(figures.granted),
            format_money(figures.rejected),
        ]

    def _align(self, item: QTreeWidgetItem) -> None:
        for column in range(1, self.stats.columnCount()):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        work: WorkItem = item.data(0, ITEM_ROLE)
        self.open_record.emit(work.record_kind.value, work.record_id)
