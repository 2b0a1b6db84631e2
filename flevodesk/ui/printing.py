"""Save a registered printout as a PDF the user picks, built off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from flevodesk.services.printouts import PRINTOUTS, Request
from flevodesk.services.setup import Database
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.texts import tr_text


def save_printout(
    parent: QWidget,
    bg: Background,
    db: Database,
    key: str,
    request: Request,
    done: Callable[[Path], None] | None = None,
) -> None:
    """Ask where to save printout ``key`` of ``request``, then make it there.

    ``done`` gets the path; without it the user is offered to open the PDF.
    """
    printout = PRINTOUTS[key]
    path = file_choice.ask_save_path(
        parent,
        tr_text("%1 bewaren").replace("%1", printout.title),
        printout.suggested_name(request),
        tr_text("PDF-bestanden (*.pdf)"),
    )
    if path is None:
        return
    target = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
    write_printout(
        parent, bg, db, key, request, target, done or (lambda saved: offer_to_open(parent, saved))
    )


def write_printout(
    parent: QWidget,
    bg: Background,
    db: Database,
    key: str,
    request: Request,
    target: Path,
    done: Callable[[Path], None],
) -> None:
    """Build printout ``key`` of ``request`` and write it to ``target`` on a worker thread.

    A printout that names persons is noted, so an erasure can name it. The PDF is written
    atomically: a failure leaves an earlier file of that name as it was, and is shown.
    """
    printout = PRINTOUTS[key]

    def work() -> Path:
        printout.make(db, request, target)
        return target

    bg.run(work, done, lambda error: dialogs.show_error(parent, user_message(error)))


def offer_to_open(parent: QWidget, path: Path) -> None:
    """Offer to show a saved PDF in the system's viewer, from which it can be printed."""
    question = tr_text("%1 is opgeslagen.\n\nNu openen om te bekijken of af te drukken?").replace(
        "%1", path.name
    )
    if file_choice.confirm(parent, tr_text("Afdruk opgeslagen"), question):
        file_choice.open_externally(path)
