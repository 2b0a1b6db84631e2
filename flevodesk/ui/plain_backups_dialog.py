"""After encrypting: the plain backups that remain, and what the user wants done with them."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from flevodesk.services.errors import ServiceError
from flevodesk.services.plain_backups import (
    delete_plain_backups,
    encrypt_plain_backups,
    plain_backups,
)
from flevodesk.store.database import Database
from flevodesk.ui import dialogs
from flevodesk.ui.texts import tr_text


class PlainChoice(Enum):
    ENCRYPT = "encrypt"
    DELETE = "delete"
    KEEP = "keep"


def ask_plain_backups(parent: QWidget | None, count: int, folder: Path) -> PlainChoice:
    """Versleutelen / Verwijderen / Later for the plain backups left from before."""
    return dialogs.choose(
        parent,
        QMessageBox.Icon.Warning,
        tr_text("Onversleutelde reservekopieën"),
        tr_text(
            "De database is versleuteld, maar er staan nog %n onversleutelde reservekopieën "
            "van in %1. Daarin is alles zonder wachtzin te lezen."
        )
        .replace("%n", str(count))
        .replace("%1", str(folder)),
        tr_text("Versleutel ze met de nieuwe wachtzin, of verwijder ze als u ze niet nodig hebt."),
        [
            (tr_text("Versleutelen"), QMessageBox.ButtonRole.AcceptRole, PlainChoice.ENCRYPT),
            (tr_text("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole, PlainChoice.DELETE),
            (tr_text("Later"), QMessageBox.ButtonRole.RejectRole, PlainChoice.KEEP),
        ],
    )


def offer_plain_backups(parent: QWidget | None, db: Database) -> PlainChoice | None:
    """Ask about the plain backups of ``db`` (if any) and do what the user chose.

    Returns:
        The choice, or ``None`` when there were none to ask about.
    """
    found = plain_backups(db)
    if not found:
        return None
    choice = ask_plain_backups(parent, len(found), found[0].parent)
    try:
        if choice is PlainChoice.ENCRYPT:
            count = encrypt_plain_backups(db)
            done = tr_text("%n reservekopieën zijn nu versleuteld met de nieuwe wachtzin.")
        elif choice is PlainChoice.DELETE:
            count = delete_plain_backups(db)
            done = tr_text("%n onversleutelde reservekopieën zijn verwijderd.")
        else:
            dialogs.inform(
                parent,
                tr_text(
                    "De onversleutelde reservekopieën blijven staan; op de opdrachtregel "
                    "doet 'flevodesk backup encrypt-old' het later alsnog."
                ),
            )
            return choice
    except ServiceError as exc:
        dialogs.show_error(parent, exc.message)
        return choice
    dialogs.inform(parent, done.replace("%n", str(count)))
    return choice
