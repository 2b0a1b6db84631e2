"""Dialogs at least as wide as their title, so a title bar never cuts the title off.

A dialog sizes itself to its contents; a short question under a long title ("Wachtzin
van de reservekopie") gets a title bar too narrow for it, and on a 1024x600 screen the
user reads "Wachtzin van de re…". The width a title needs is measured with the bold
application font most window managers draw titles in, plus the icon and the buttons.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QWidget,
)

#: What a title bar holds besides its text: the window icon and its two or three buttons.
TITLE_BAR_EXTRA = 160
#: Never wider than a 1024-pixel screen allows; a title that long is to be shortened.
MAX_WIDTH = 1000


def title_width(title: str) -> int:
    """The dialog width a title bar needs to show ``title`` whole."""
    font = QApplication.font()
    font.setBold(True)
    return min(QFontMetrics(font).horizontalAdvance(title) + TITLE_BAR_EXTRA, MAX_WIDTH)


def fit_title(dialog: QDialog) -> None:
    """Make ``dialog`` at least as wide as its current title needs."""
    needed = title_width(dialog.windowTitle())
    layout = dialog.layout()
    if isinstance(dialog, QMessageBox) and isinstance(layout, QGridLayout):
        # A message box sets its own size when shown and ignores a minimum width; a
        # spacer across its grid is the width it keeps to.
        spacer = QSpacerItem(needed, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
        return
    label = dialog.findChild(QLabel) if isinstance(dialog, QInputDialog) else None
    if label is not None:
        # An input dialog's layout fixes its size to its children's: widen the label.
        margins = dialog.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin) * 2
        label.setMinimumWidth(max(label.minimumWidth(), needed - margins))
        return
    dialog.setMinimumWidth(max(dialog.minimumWidth(), needed))


def fit_screen(dialog: QWidget, width: int, height: int) -> None:
    """Give ``dialog`` the size ``width`` x ``height``, or what the screen it opens on
    leaves free (a 1024x600 netbook without its panel), whichever is smaller."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    if free is None:
        dialog.resize(width, height)
        return
    dialog.resize(min(width, free.width()), min(height, free.height()))


def ask_text(
    parent: QWidget | None, title: str, label: str, echo: QLineEdit.EchoMode, text: str = ""
) -> tuple[str, bool]:
    """As ``QInputDialog.getText`` (``text`` already filled in), in a dialog wide enough
    for its title."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(echo)
    dialog.setTextValue(text)
    fit_title(dialog)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.textValue(), accepted


def ask_item(
    parent: QWidget | None, title: str, label: str, items: Sequence[str]
) -> tuple[str, bool]:
    """As ``QInputDialog.getItem`` (not editable, the first item chosen), in a dialog wide
    enough for its title."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(list(items))
    dialog.setComboBoxEditable(False)
    fit_title(dialog)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.textValue(), accepted
