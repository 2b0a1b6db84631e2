"""The questions the program asks; tests replace these functions to give the answer."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from flevodesk.ui.texts import tr_text


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    """Opslaan / Niet opslaan / Annuleren for edits that would otherwise be lost."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr_text("Niet opgeslagen wijzigingen"))
    box.setText(tr_text("U heeft %1 gewijzigd maar nog niet opgeslagen.").replace("%1", what))
    box.setInformativeText(tr_text("Wilt u de wijzigingen opslaan?"))
    save = box.addButton(tr_text("Opslaan"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr_text("Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr_text("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm_delete(parent: QWidget | None, what: str, impact: list[str]) -> bool:
    """Ask before deleting, naming what goes with it ("3 inzetten, 41 urenregels")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr_text("Verwijderen"))
    box.setText(tr_text("%1 verwijderen?").replace("%1", what))
    if impact:
        box.setInformativeText(
            tr_text("Daarmee verdwijnen ook: %1.").replace("%1", ", ".join(impact))
            + "\n"
            + tr_text("Dit kan niet ongedaan worden gemaakt.")
        )
    else:
        box.setInformativeText(tr_text("Dit kan niet ongedaan worden gemaakt."))
    delete = box.addButton(tr_text("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr_text("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def show_error(parent: QWidget | None, message: str) -> None:
    """A Dutch message for something that went wrong; never a traceback."""
    QMessageBox.warning(parent, tr_text("FlevoDesk"), message)


def inform(parent: QWidget | None, message: str) -> None:
    """A Dutch message that something worked out, with one OK button."""
    QMessageBox.information(parent, tr_text("FlevoDesk"), message)
