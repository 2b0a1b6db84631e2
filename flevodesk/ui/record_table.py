"""The table of a record tab: a row becomes current only when the user picks it, and the
form says when the search leaves its record out of the table."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QTableView

from flevodesk.ui.forms.base import RecordForm
from flevodesk.ui.table_model import RecordTableModel


class RecordTable(QTableView):
    """A ``QTableView`` that does not make its first row current when it gets focus.

    Qt does that when no row is current, which in a record tab means showing that row's
    record in the form: after a search left the form's record out of the list, clicking
    into the table or tabbing through it would swap the record for another one unasked.
    """

    def note_when_left_out(self, form: RecordForm[Any]) -> None:
        """Show ``form.outside_search`` while the rows (of a :class:`RecordTableModel`, set
        before) leave out the record in ``form``; the form keeps it either way."""
        model = self.model()
        assert isinstance(model, RecordTableModel)

        def note() -> None:
            form.outside_search.setVisible(model.leaves_out(form.record_id))

        model.loaded.connect(note)
        form.loaded.connect(note)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        selection = self.selectionModel()
        if selection is None or self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        blocked = selection.blockSignals(True)
        try:
            super().focusInEvent(event)
            selection.clearCurrentIndex()
        finally:
            selection.blockSignals(blocked)
        self.viewport().update()
