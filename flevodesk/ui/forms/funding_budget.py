"""The budget of an application: cost lines typed in a small table, saved with the form."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flevodesk.domain.enums import CostType
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import parse_money
from flevodesk.services.funding_checks import BudgetLineInput
from flevodesk.ui.fields import Field, enum_options
from flevodesk.ui.formatting import format_money
from flevodesk.ui.table_cells import cell
from flevodesk.ui.texts import tr_text
from flevodesk.ui.wheel_guard import guard

DESCRIPTION, COST_TYPE, AMOUNT, SPENT = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole


class BudgetLinesField(Field):
    """Description, cost type and amount per line; "Besteed" shows the receipts booked on it.

    ``value()`` gives the lines as mappings (with the id of a stored line), which the
    funding service merges into the application so receipts keep their line.
    """

    def __init__(self, name: str = "budget_lines", label: str = "") -> None:
        super().__init__(name, label)
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                tr_text("Omschrijving"),
                tr_text("Soort kosten"),
                tr_text("Bedrag (€)"),
                tr_text("Besteed"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for section in (COST_TYPE, AMOUNT, SPENT):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 4)
        self.table.setMaximumHeight(rows * 9)
        self.table.itemChanged.connect(self._item_changed)
        column.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr_text("Regel toevoegen"))
        self.remove_button = QPushButton(tr_text("Regel verwijderen"))
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.total = QLabel()
        buttons.addWidget(self.total)
        column.addLayout(buttons)
        self._spent: Mapping[int, Decimal] = {}
        self._filling = False
        self._show_total()

    # --- editing ------------------------------------------------------------------------

    def add_line(
        self,
        description: str = "",
        cost_type: CostType = CostType.OVERIG,
        amount: Decimal | str | None = None,
        line_id: int | None = None,
    ) -> int:
        """Append a line (empty for the user to type in) and return its row."""
        filling = self._filling
        self._filling = True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(description)
            item.setData(ID_ROLE, line_id)
            self.table.setItem(row, DESCRIPTION, item)
            combo = QComboBox()
            for text, member in enum_options(CostType):
                combo.addItem(text, member)
            combo.setCurrentIndex(max(0, combo.findData(cost_type)))
            combo.currentIndexChanged.connect(self._edited)
            guard(combo)
            self.table.setCellWidget(row, COST_TYPE, combo)
            shown = format_money(amount, symbol=False) if isinstance(amount, Decimal) else amount
            amount_item = QTableWidgetItem(shown or "")
            amount_item.setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.table.setItem(row, AMOUNT, amount_item)
            spent = QTableWidgetItem(format_money(self._spent.get(line_id)) if line_id else "")
            spent.setFlags(spent.flags() & ~Qt.ItemFlag.ItemIsEditable)
            spent.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, SPENT, spent)
        finally:
            self._filling = filling
        if not filling:
            self.table.setCurrentCell(row, DESCRIPTION)
            self._edited()
        return row

    @Slot()
    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def set_spent(self, spent: Mapping[int, Decimal]) -> None:
        """What the receipts booked on each stored line add up to."""
        self._spent = spent
        for row in range(self.table.rowCount()):
            line_id = cell(self.table, row, DESCRIPTION).data(ID_ROLE)
            amount = spent.get(line_id) if line_id is not None else None
            cell(self.table, row, SPENT).setText(format_money(amount))

    # --- Field --------------------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        lines = []
        for row in range(self.table.rowCount()):
            description = cell(self.table, row, DESCRIPTION).text().strip()
            amount = cell(self.table, row, AMOUNT).text().strip()
            if not description and not amount:
                continue  # an empty row the user added and never filled
            lines.append(
                {
                    "id": cell(self.table, row, DESCRIPTION).data(ID_ROLE),
                    "description": description,
                    "cost_type": self._cost_type(row),
                    "amount": amount,
                }
            )
        return lines

    def set_value(self, value: Any) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for line in value or []:
                self.add_line(line.description, line.cost_type, line.amount, line.id)
        finally:
            self._filling = False
        self._show_total()

    def inputs(self) -> list[BudgetLineInput]:
        """The lines whose amount reads as money, for the scheme checks while typing."""
        found = []
        for line in self.value():
            try:
                amount = parse_money("amount", line["amount"])
            except ValidationError:
                continue
            if amount is not None:
                found.append(BudgetLineInput(line["description"], line["cost_type"], amount))
        return found

    # --- internals ----------------------------------------------------------------------

    def _cost_type(self, row: int) -> CostType:
        combo = self.table.cellWidget(row, COST_TYPE)
        data = combo.currentData() if isinstance(combo, QComboBox) else None
        # Qt hands a str-based enum back as its plain value.
        return CostType(data) if data else CostType.OVERIG

    @Slot(QTableWidgetItem)
    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self._edited()

    @Slot(int)
    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        total = sum((line.amount for line in self.inputs()), Decimal("0.00"))
        self.total.setText(tr_text("Totaal begroting: %1").replace("%1", format_money(total)))
        self.remove_button.setEnabled(self.table.rowCount() > 0)
