"""The item in a table cell the code filled itself, typed as present."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at ``row``, ``column``; every cell of our tables gets one when its row is
    made, so a missing one is a programming error, not a user's."""
    item = table.item(row, column)
    assert item is not None, f"no item in row {row}, column {column}"
    return item
