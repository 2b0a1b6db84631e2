"""File dialogs and simple questions of the data menu; tests replace these functions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def ask_open_path(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    """A file to read, or ``None`` when the user cancels."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
    return Path(chosen) if chosen else None


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, name_filter: str
) -> Path | None:
    """A file to write, or ``None`` when the user cancels (the dialog asks before replacing)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
    return Path(chosen) if chosen else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or no; "no" is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user how something went."""
    QMessageBox.information(parent, title, text)


def open_externally(path: Path) -> bool:
    """Show a file in the system's own program (a PDF viewer, which can also print it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
