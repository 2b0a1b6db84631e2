"""Show a registered printout in the print preview, or save it as a PDF the user picks;
either way built off the UI thread.

A printout declared in more than one language gets a language choice in the preview's
bar; choosing another makes the PDF again in that language on a worker and shows it in a
new preview in the old one's place (the catalogue, too, is read on the worker).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QWidget

from flevodesk.language import SOURCE, Language
from flevodesk.printout_wording import wording_in
from flevodesk.services.printouts import PRINTOUTS, Printout, Request
from flevodesk.services.setup import Database
from flevodesk.ui import dialogs
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.pdf_pages import PdfPages
from flevodesk.ui.print_preview import PrintPreview
from flevodesk.ui.texts import tr_text


def preview_printout(
    parent: QWidget,
    bg: Background,
    db: Database,
    key: str,
    request: Request,
    *,
    language: Language = SOURCE,
    replacing: PrintPreview | None = None,
    failed: Callable[[], None] | None = None,
) -> None:
    """Make printout ``key`` of ``request`` in ``language`` on a worker and show it in the
    print preview, from where it is printed or saved (the bytes shown are the bytes saved).

    ``replacing`` is the preview it takes the place of (another language of the same
    printout), closed once the new one shows; ``failed`` runs after an error is shown.
    """
    printout = PRINTOUTS[key]
    # The first page is drawn with the PDF, for the preview at 100%, which is about the
    # size it opens at: it shows at once instead of a blank page.
    dpi = parent.logicalDpiX() * parent.devicePixelRatioF()

    def work() -> tuple[Request, PdfPages, QImage | None]:
        worded = replace(request, wording=wording_in(language))
        pages = PdfPages(printout.pdf(db, worded))
        return worded, pages, pages.render(0, dpi) if len(pages) else None

    def show(made: tuple[Request, PdfPages, QImage | None]) -> None:
        worded, pages, first = made

        def keep(out: Path) -> None:
            printout.keep(db, pages.pdf, out)

        name = printout.suggested_name(worded)
        title = tr_text(printout.title)
        preview = PrintPreview(parent, bg, title, pages, name, keep, (dpi, first))
        if printout.translatable:
            choice = _language_choice(preview, printout, language)
            choice.activated.connect(lambda _index: choose(preview, choice))
        if replacing is not None:
            preview.setGeometry(replacing.geometry())
            replacing.reject()
        preview.open()

    def choose(preview: PrintPreview, choice: QComboBox) -> None:
        chosen = Language(choice.currentData())
        if chosen is language:
            return
        choice.setEnabled(False)

        def again() -> None:
            choice.setCurrentIndex(choice.findData(language.value))
            choice.setEnabled(True)

        preview_printout(
            parent, bg, db, key, request, language=chosen, replacing=preview, failed=again
        )

    def fail(error: BaseException) -> None:
        dialogs.show_error(parent, user_message(error))
        if failed is not None:
            failed()

    bg.run(work, show, fail, busy=tr_text("%1 maken…").replace("%1", tr_text(printout.title)))


def _language_choice(
    preview: PrintPreview, printout: Printout[Any], language: Language
) -> QComboBox:
    """The printout's languages, each by its own name, ``language`` chosen, in the bar."""
    choice = QComboBox(preview)
    choice.setToolTip(
        tr_text("Taal van de vaste teksten; uw eigen teksten blijven zoals ingevoerd")
    )
    for offered in printout.languages:
        choice.addItem(offered.own_name, offered.value)
    choice.setCurrentIndex(choice.findData(language.value))
    preview.bar.insertWidget(preview.bar.indexOf(preview.zoom) + 1, choice)
    choice.setObjectName("language")
    return choice


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
