"""The Save/Cancel buttons of a dialog that reads what it edits on a worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def waiting_save_buttons(
    dialog: QDialog, save: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save and Cancel, with Save disabled until the dialog enables it.

    Saving before the rows are on screen would store the blanks the dialog opened with, so
    the dialog enables the returned Save button once its data has arrived.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setEnabled(False)
    return buttons, save_button
