"""Show a registered printout in the print preview, or save it as a PDF the user picks;
either way built off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from flevodesk.services.printouts import PRINTOUTS, Request
from flevodesk.services.setup import Database
from flevodesk.ui import dialogs
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.pdf_pages import PdfPages
from flevodesk.ui.print_preview import PrintPreview
from flevodesk.ui.texts import tr_text


def preview_printout(
    parent: QWidget, bg: Background, db: Database, key: str, request: Request
) -> None:
    """Make printout ``key`` of ``request`` on a worker and show it in the print preview,
    from where it is printed or saved (the bytes shown are the bytes saved)."""
    printout = PRINTOUTS[key]
    # The first page is drawn with the PDF, for the preview at 100%, which is about the
    # size it opens at: it shows at once instead of a blank page.
    dpi = parent.logicalDpiX() * parent.devicePixelRatioF()

    def work() -> tuple[PdfPages, QImage | None]:
        pages = PdfPages(printout.pdf(db, request))
        return pages, pages.render(0, dpi) if len(pages) else None

    def show(made: tuple[PdfPages, QImage | None]) -> None:
        pages, first = made

        def keep(out: Path) -> None:
            printout.keep(db, pages.pdf, out)

        preview = PrintPreview(
            parent,
            bg,
            tr_text(printout.title),
            pages,
            printout.suggested_name(request),
            keep,
            (dpi, first),
        )
        preview.open()

    bg.run(
        work,
        show,
        lambda error: dialogs.show_error(parent, user_message(error)),
        busy=tr_text("%1 maken…").replace("%1", tr_text(printout.title)),
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
