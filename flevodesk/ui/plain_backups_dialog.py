"""After encrypting: the plain backups that remain, and what the user wants done with them."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from flevodesk.services.plain_backups import (
    delete_plain_backups,
    encrypt_plain_backups,
    plain_backups,
)
from flevodesk.services.setup import Database
from flevodesk.ui import dialogs
from flevodesk.ui.background import Background, user_message
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
            "van in %1. Daarin is alles zonder wachtzin te lezen.",
            None,
            count,
        ).replace("%1", str(folder)),
        tr_text("Versleutel ze met de nieuwe wachtzin, of verwijder ze als u ze niet nodig hebt."),
        [
            (tr_text("Versleutelen"), QMessageBox.ButtonRole.AcceptRole, PlainChoice.ENCRYPT),
            (tr_text("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole, PlainChoice.DELETE),
            (tr_text("Later"), QMessageBox.ButtonRole.RejectRole, PlainChoice.KEEP),
        ],
    )


def offer_plain_backups(parent: QWidget | None, bg: Background, db: Database) -> None:
    """Look for plain backups of ``db`` in the background; if there are any, ask what to do
    with them and do it in the background too. Says how it went in a message box."""

    def failed(error: BaseException) -> None:
        dialogs.show_error(parent, user_message(error))

    def found(paths: list[Path]) -> None:
        if not paths:
            return
        choice = ask_plain_backups(parent, len(paths), paths[0].parent)
        done: Callable[[int], str]
        if choice is PlainChoice.ENCRYPT:
            work, done = (
                lambda: encrypt_plain_backups(db),
                lambda n: tr_text(
                    "%n reservekopieën zijn nu versleuteld met de nieuwe wachtzin.", None, n
                ),
            )
        elif choice is PlainChoice.DELETE:
            work, done = (
                lambda: delete_plain_backups(db),
                lambda n: tr_text("%n onversleutelde reservekopieën zijn verwijderd.", None, n),
            )
        else:
            dialogs.inform(
                parent,
                tr_text(
                    "De onversleutelde reservekopieën blijven staan; op de opdrachtregel "
                    "doet 'flevodesk backup encrypt-old' het later alsnog."
                ),
            )
            return
        bg.run(
            work,
            lambda count: dialogs.inform(parent, done(count)),
            failed,
            busy=tr_text("Reservekopieën bijwerken…"),
        )

    bg.run(lambda: plain_backups(db), found, failed)
