"""Save a registered printout as a PDF the user picks, built off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from flevodesk.reports import PRINTOUTS
from flevodesk.services import export_log
from flevodesk.services.files import write_file_whole
from flevodesk.store.database import Database
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.texts import tr_text


def save_printout(
    parent: QWidget,
    bg: Background,
    key: str,
    build: Callable[[], Any],
    suggested: str,
    done: Callable[[Path], None] | None = None,
    db: Database | None = None,
) -> None:
    """Ask where to save printout ``key``, then build its data and write the PDF there.

    ``build`` reads the database (it runs on a worker thread); ``done`` gets the path.
    With ``db`` a printout that lists persons is noted, so an erasure can name it. The
    PDF is written atomically: a failure leaves an earlier file of that name as it was.
    """
    printout = PRINTOUTS[key]
    path = file_choice.ask_save_path(
        parent,
        tr_text("%1 bewaren").replace("%1", printout.title),
        suggested,
        tr_text("PDF-bestanden (*.pdf)"),
    )
    if path is None:
        return
    target = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def work() -> Path:
        data = build()
        if db is not None:
            export_log.save_printout(db, key, data, target)
        else:
            write_file_whole(target, lambda out: printout.render(data, out))
        return target

    bg.run(
        work,
        done or (lambda saved: offer_to_open(parent, saved)),
        lambda error: dialogs.show_error(parent, user_message(error)),
    )


def offer_to_open(parent: QWidget, path: Path) -> None:
    """Offer to show a saved PDF in the system's viewer, from which it can be printed."""
    question = tr_text("%1 is opgeslagen.\n\nNu openen om te bekijken of af te drukken?").replace(
        "%1", path.name
    )
    if file_choice.confirm(parent, tr_text("Afdruk opgeslagen"), question):
        file_choice.open_externally(path)
