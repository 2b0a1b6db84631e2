"""The dekkingsplan of one initiative: its budget against every application, with gaps,
over-financing and costs asked twice set off in colour, and the track record to print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flevodesk.domain.enums import FundingStatus
from flevodesk.services.financing import PENDING, FinancingPlan
from flevodesk.services.printouts import Ref, Request
from flevodesk.ui.formatting import format_money, label_of
from flevodesk.ui.forms.base import RelatedTable
from flevodesk.ui.printing import preview_printout
from flevodesk.ui.table_cells import cell
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background

GRANTED_COLOUR = QColor("#e3f1e4")
PENDING_COLOUR = QColor("#fff4ce")
REJECTED_COLOUR = QColor("#6b7280")
ALERT_STYLE = (
    "QLabel { background: #fde8e8; border: 1px solid #b00020; border-radius: 3px; "
    "padding: 6px; color: #5c0011; }"
)
GOOD_STYLE = "color: #1f6f2b; font-weight: bold;"
SHORT_STYLE = "color: #b00020; font-weight: bold;"


class FinancingPlanView(QWidget):
    """Shows :func:`financing_plan` for an initiative, as its details bring it along.

    Signals:
        message: a short Dutch line for the status bar ("Financieringsplan bewaard").
    """

    message = Signal(str)

    def __init__(self, db: Database, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._bg = background
        self._initiative_id: int | None = None
        self.plan: FinancingPlan | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = RelatedTable(
            [
                tr_text("Financier"),
                tr_text("Regeling"),
                tr_text("Status"),
                tr_text("Aangevraagd"),
                tr_text("Toegekend"),
            ]
        )
        column.addWidget(self.table)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.figures: dict[str, QLabel] = {}
        names = [
            ("budget_total", tr_text("Begroting")),
            ("own_contribution", tr_text("Eigen bijdrage")),
            ("granted", tr_text("Toegekend")),
            ("covered", tr_text("Gedekt")),
            ("pending", tr_text("In behandeling")),
            ("rejected", tr_text("Afgewezen")),
            ("gap", tr_text("Nog niet gedekt")),
            ("over_financed", tr_text("Overgefinancierd")),
        ]
        for number, (key, text) in enumerate(names):
            row, col = number // 2, (number % 2) * 2
            caption = QLabel(text)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, col)
            grid.addWidget(value, row, col + 1)
            self.figures[key] = value
            if key == "gap":
                self.gap_caption = caption
        grid.setColumnStretch(4, 1)
        column.addLayout(grid)
        self.alert = QLabel()
        self.alert.setWordWrap(True)
        self.alert.setStyleSheet(ALERT_STYLE)
        self.alert.setVisible(False)
        column.addWidget(self.alert)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(tr_text("Financieringsplan en trackrecord afdrukken…"))
        self.print_button.clicked.connect(self.print_plan)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.show_plan(None, None)

    def show_plan(self, initiative_id: int | None, plan: FinancingPlan | None) -> None:
        """Show the plan of an initiative, read with its details (None: no initiative)."""
        self._initiative_id = initiative_id
        self.plan = plan
        self.print_button.setEnabled(plan is not None)
        lines = plan.lines if plan is not None else ()
        self.table.set_rows(
            [
                (
                    line.application_id,
                    [
                        line.funder,
                        line.scheme,
                        label_of(line.status),
                        format_money(line.requested),
                        format_money(line.granted),
                    ],
                )
                for line in lines
            ]
        )
        for row, line in enumerate(lines):
            self._colour_row(row, line.status)
        for key, label in self.figures.items():
            value = getattr(plan, key) if plan is not None else None
            label.setText(format_money(abs(value)) if value is not None else "–")
            label.setStyleSheet("")
        if plan is None:
            self.alert.setVisible(False)
            return
        gap = plan.gap
        if gap is not None and gap < 0:
            self.gap_caption.setText(tr_text("Meer dan nodig"))
        else:
            self.gap_caption.setText(tr_text("Nog niet gedekt"))
        if gap is not None:
            self.figures["gap"].setStyleSheet(SHORT_STYLE if gap > 0 else GOOD_STYLE)
        if plan.over_financed > 0:
            self.figures["over_financed"].setStyleSheet(SHORT_STYLE)
        problems = []
        if plan.over_financed > 0:
            problems.append(
                tr_text("Er is %1 meer gedekt dan de begroting.").replace(
                    "%1", format_money(plan.over_financed)
                )
            )
        if plan.double_financed:
            problems.append(
                tr_text("Bij meer dan één financier gevraagd: %1.").replace(
                    "%1", "; ".join(plan.double_financed)
                )
            )
        self.alert.setText("\n".join(problems))
        self.alert.setVisible(bool(problems))

    def _colour_row(self, row: int, status: FundingStatus) -> None:
        brush: QBrush | None = None
        if status.is_granted:
            brush = QBrush(GRANTED_COLOUR)
        elif status in PENDING:
            brush = QBrush(PENDING_COLOUR)
        for column in range(self.table.columnCount()):
            item = cell(self.table, row, column)
            if brush is not None:
                item.setBackground(brush)
            elif status is FundingStatus.AFGEWEZEN:
                item.setForeground(QBrush(REJECTED_COLOUR))

    @Slot()
    def print_plan(self) -> None:
        initiative_id = self._initiative_id
        if initiative_id is None or self.plan is None:
            return
        request = Request(initiative=Ref(initiative_id, self.plan.initiative))
        preview_printout(self, self._bg, self._db, "financing", request)
