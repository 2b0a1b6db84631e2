"""Showing a form's values while taking no edit: a database another window writes to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def make_read_only(widget: QWidget) -> None:
    """Every input below ``widget`` shows its value but takes no edit; scrolling still works."""
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLineEdit | QTextEdit | QPlainTextEdit):
            child.setReadOnly(True)
        elif isinstance(child, QAbstractButton | QComboBox | QAbstractSpinBox):
            child.setEnabled(False)
        elif isinstance(child, QAbstractItemView):
            child.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
