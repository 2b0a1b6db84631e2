"""The small read-only table of related records a detail form shows (engagements, hours,
contacts, costs)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from flevodesk.ui.table_cells import cell


class RelatedTable(QTableWidget):
    """A small read-only list of related records; ``current_id`` gives the chosen one."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setMinimumHeight(self.verticalHeader().defaultSectionSize() * 4)
        self.setMaximumHeight(self.verticalHeader().defaultSectionSize() * 8)

    def set_rows(self, rows: Sequence[tuple[int, Sequence[str]]]) -> None:
        self.setRowCount(len(rows))
        for r, (record_id, texts) in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                if len(text) > 24:
                    item.setToolTip(text)
                self.setItem(r, c, item)

    def current_id(self) -> int | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def ids(self) -> list[int]:
        return [cell(self, r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.rowCount())]
