"""The questions the program asks; tests replace these functions to give the answer."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import fit_title

T = TypeVar("T")


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    """Opslaan / Niet opslaan / Annuleren for edits that would otherwise be lost."""
    return choose(
        parent,
        QMessageBox.Icon.Question,
        tr_text("Niet opgeslagen wijzigingen"),
        tr_text("U heeft %1 gewijzigd maar nog niet opgeslagen.").replace("%1", what),
        tr_text("Wilt u de wijzigingen opslaan?"),
        [
            (tr_text("Opslaan"), QMessageBox.ButtonRole.AcceptRole, Unsaved.SAVE),
            (tr_text("Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole, Unsaved.DISCARD),
            (tr_text("Annuleren"), QMessageBox.ButtonRole.RejectRole, Unsaved.CANCEL),
        ],
    )


def choose(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str,
    buttons: list[tuple[str, QMessageBox.ButtonRole, T]],
) -> T:
    """A question with one button per answer; the first is the default, the last answers
    Escape and closing the box."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    made = [(box.addButton(label, role), answer) for label, role, answer in buttons]
    box.setDefaultButton(made[0][0])
    box.setEscapeButton(made[-1][0])
    fit_title(box)
    box.exec()
    clicked = box.clickedButton()
    return next((answer for button, answer in made if button is clicked), made[-1][1])


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
            + tr_text("U kunt dit ongedaan maken met Ctrl+Z (Bewerken > Ongedaan maken).")
        )
    else:
        box.setInformativeText(
            tr_text("U kunt dit ongedaan maken met Ctrl+Z (Bewerken > Ongedaan maken).")
        )
    delete = box.addButton(tr_text("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr_text("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    fit_title(box)
    box.exec()
    return box.clickedButton() is delete


def show_error(parent: QWidget | None, message: str) -> None:
    """A Dutch message for something that went wrong; never a traceback."""
    tell(parent, QMessageBox.Icon.Warning, tr_text("FlevoDesk"), message)


def inform(parent: QWidget | None, message: str) -> None:
    """A Dutch message that something worked out, with one OK button."""
    tell(parent, QMessageBox.Icon.Information, tr_text("FlevoDesk"), message)


def tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A message with one OK button, as wide as its title needs."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    fit_title(box)
    box.exec()
