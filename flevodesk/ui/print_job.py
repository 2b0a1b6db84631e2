"""Printing a preview's pages through Qt: the print dialog, the pages it chose, and the job
that draws each page as an image on the printer (on a worker thread: Qt paints on a
QPrinter from any thread, and PDFium's calls hold their lock, see ``ui/pdf_pages.py``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from flevodesk.services.errors import ServiceError
from flevodesk.ui.pdf_pages import PdfPages
from flevodesk.ui.texts import tr_text

#: Printing draws each page as an image; beyond this the images only grow (an A4 page at
#: 1200 dpi is half a gigabyte), not the sharpness a laser printer shows of text.
MAX_PRINT_DPI = 300


def printer_for(pages: PdfPages, title: str) -> QPrinter:
    """A printer set to the paper size and orientation of the first page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if pages.sizes:
        width, height = pages.sizes[0]
        size = QPageSize(
            QSize(round(width), round(height)), "", QPageSize.SizeMatchPolicy.FuzzyMatch
        )
        printer.setPageSize(size)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if width > height
            else QPageLayout.Orientation.Portrait
        )
    return printer


def ask_printer(parent: QWidget, printer: QPrinter, pages: int) -> bool:
    """Qt's print dialog for ``printer``, with a page range; False when cancelled (tests
    replace this)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr_text("Afdrukken"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setMinMax(1, pages)
    return dialog.exec() == QDialog.DialogCode.Accepted


def chosen_pages(printer: QPrinter, count: int, current: int) -> list[int]:
    """The pages (from 0) the print dialog chose: all, the current one, or a range."""
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        return [current]
    ranges = printer.pageRanges()
    if chosen == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [index for index in range(count) if ranges.contains(index + 1)]
    return list(range(count))


def print_pages(pages: PdfPages, printer: QPrinter, indexes: list[int]) -> int:
    """Draw the pages ``indexes`` (from 0) on ``printer``, one page per sheet, each scaled
    to fit the sheet and centred (true size on paper of the page's own size). Runs on a
    worker thread (Qt paints on a QPrinter from any thread). Returns the pages sent.

    Raises:
        ServiceError: when the printer (or its output file) cannot be started.
    """
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise ServiceError("De printer kon niet worden gestart; kies een andere printer.")
    sent = 0
    try:
        for index in indexes:
            image = pages.render(index, dpi)
            if image is None:
                raise ServiceError("Het afdrukken is afgebroken: het afdrukvoorbeeld is gesloten.")
            if sent and not printer.newPage():
                raise ServiceError(f"De printer weigerde pagina {index + 1}.")
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            width, height = pages.sizes[index]
            size = QSizeF(width, height).scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                paper.x() + (paper.width() - size.width()) / 2,
                paper.y() + (paper.height() - size.height()) / 2,
                size.width(),
                size.height(),
            )
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
    return sent
