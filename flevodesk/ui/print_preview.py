"""The print preview: a printout's PDF shown page by page inside the program, printed from
there through Qt's print dialog or saved as a PDF; no system PDF viewer is needed.

The PDF is made before the dialog opens (``ui/printing.py``); the dialog only draws its
pages, on a worker (:mod:`flevodesk.ui.pdf_pages`), the ones on screen first, and forgets
those far from view, so a document of hundreds of pages costs the memory of a few.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from flevodesk.ui import dialogs, file_choice, print_job
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.pdf_pages import POINTS_PER_INCH, PdfPages
from flevodesk.ui.texts import tr_text

#: Grey space around and between the pages, in pixels.
MARGIN = 16
#: Pages this far from the ones on screen keep their image; farther ones are forgotten.
KEEP_AROUND = 3
#: An image drawn at a resolution this close to the wanted one is shown, not drawn again.
DPI_TOLERANCE = 0.1

FIT_WIDTH = "fit"
ACTUAL_SIZE = "actual"


class _Alive:
    """Whether a preview is still open: its workers' results look here before touching it,
    since the window may delete it (closing the program) without it being closed."""

    def __init__(self) -> None:
        self.open = True


def _deleted(alive: _Alive, pages: PdfPages) -> None:
    # Deleted with its window: no worker is left to hand the pages to.
    if alive.open:
        alive.open = False
        pages.close()


class _Page(QLabel):
    """One page: white paper of the page's size, its image once drawn."""

    def __init__(self, number: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.number = number
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: white; color: #999999;")
        self.forget()

    def forget(self) -> None:
        self.clear()
        self.setText(tr_text("pagina %1").replace("%1", str(self.number)))


class PrintPreview(QDialog):
    """Shows ``pages``; "Afdrukken…" prints them, "Opslaan als PDF…" hands a chosen path to
    ``keep``, which runs on a worker and writes the very bytes shown.

    Signals:
        saved: the path the PDF was saved to.
    """

    saved = Signal(Path)

    def __init__(
        self,
        parent: QWidget,
        bg: Background,
        title: str,
        pages: PdfPages,
        suggested_name: str,
        keep: Callable[[Path], None],
        first: tuple[float, QImage | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_text("Afdrukvoorbeeld: %1").replace("%1", title))
        self.bg = bg
        self.title = title
        self.pages = pages
        self.suggested_name = suggested_name
        self._keep = keep
        self._alive = _Alive()
        self._printing = 0
        self._pending: set[int] = set()
        #: The page being read (from 0): the one covering the upper third of the view.
        self.current = 0
        #: Drawn pages: the resolution each was drawn at and its pixmap.
        self._drawn: dict[int, tuple[float, QPixmap]] = {}
        self._build()
        if first is not None and first[1] is not None:
            self._drawn[0] = (first[0], QPixmap.fromImage(first[1]))
        self._size_to_screen()
        self.finished.connect(self._close)
        self.destroyed.connect(lambda _obj=None, a=self._alive, p=pages: _deleted(a, p))
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._relayout)
        self._later.start()
        self.area.setFocus()  # Page Up/Down, arrows and Home/End scroll the pages

    @property
    def _closed(self) -> bool:
        return not self._alive.open

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.previous = QPushButton(tr_text("◀ &Vorige"), self)
        self.next = QPushButton(tr_text("V&olgende ▶"), self)
        self.page_label = QLabel(self)
        self.zoom = QComboBox(self)
        self.zoom.addItem(tr_text("Paginabreedte"), FIT_WIDTH)
        self.zoom.addItem(tr_text("100%"), ACTUAL_SIZE)
        self.print_button = QPushButton(tr_text("&Afdrukken…"), self)
        self.save_button = QPushButton(tr_text("Opslaan als &PDF…"), self)
        close = QPushButton(tr_text("&Sluiten"), self)
        self.status = QLabel(self)

        self.previous.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current + 1))
        self.zoom.currentIndexChanged.connect(self._relayout)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as_pdf)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as_pdf)

        self.bar = bar = QHBoxLayout()  # ui/printing.py adds the language choice
        for widget in (self.previous, self.page_label, self.next, self.zoom):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, close):
            bar.addWidget(widget)

        self.sheet = QWidget()
        self.sheet.setStyleSheet("background: #7f7f7f;")
        column = QVBoxLayout(self.sheet)
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        column.setSpacing(MARGIN)
        self.page_views = [_Page(n + 1, self.sheet) for n in range(len(self.pages))]
        for view in self.page_views:
            column.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
        self.area = QScrollArea(self)
        self.area.setWidget(self.sheet)
        self.area.setWidgetResizable(True)
        self.area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.area.verticalScrollBar().valueChanged.connect(self._scrolled)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.status)
        self._show_page_number()

    def _size_to_screen(self) -> None:
        """Wide enough for a page at 100%, as high as the screen allows."""
        screen = self.screen().availableGeometry()
        widest = max((w for w, _h in self.pages.sizes), default=595.0)
        width = round(widest * self._actual_scale()) + 2 * MARGIN + 40
        self.resize(min(width, round(screen.width() * 0.95)), round(screen.height() * 0.9))

    # --- zoom and layout ----------------------------------------------------------------

    def _actual_scale(self) -> float:
        """Screen pixels per point at 100%."""
        return self.logicalDpiX() / POINTS_PER_INCH

    def _scale(self) -> float:
        if self.zoom.currentData() == ACTUAL_SIZE or not self.pages.sizes:
            return self._actual_scale()
        widest = max(w for w, _h in self.pages.sizes)
        # As if the vertical scroll bar were there: it comes with the second page and
        # would otherwise take the width the first relayout gave the pages.
        bar = self.area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.area.contentsRect().width() - bar - 2 * MARGIN
        return float(max(room, 100) / widest)

    def _wanted_dpi(self) -> float:
        return self._scale() * POINTS_PER_INCH * self.devicePixelRatioF()

    @Slot()
    def _relayout(self) -> None:
        if self._closed:
            return
        scale = self._scale()
        for view, (width, height) in zip(self.page_views, self.pages.sizes, strict=True):
            view.setFixedSize(QSize(round(width * scale), round(height * scale)))
        for index in list(self._drawn):
            self._show_drawn(index)
        # The new sizes reach the scroll area's range only after the layout ran.
        QTimer.singleShot(0, self._fill)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.zoom.currentData() == FIT_WIDTH and hasattr(self, "_later"):
            self._later.start(100)  # once the user stops dragging

    # --- which pages to draw ------------------------------------------------------------

    def _on_screen(self) -> range:
        top = self.area.verticalScrollBar().value()
        bottom = top + self.area.viewport().height()
        shown = [
            i
            for i, view in enumerate(self.page_views)
            if view.y() < bottom and view.y() + view.height() > top
        ]
        if not shown:
            return range(min(1, len(self.page_views)))
        return range(shown[0], shown[-1] + 1)

    @Slot()
    def _fill(self) -> None:
        """Draw the pages on screen (and the next) that have no image of the wanted size;
        forget the images of pages far from view."""
        if self._closed:
            return
        visible = self._on_screen()
        wanted = self._wanted_dpi()
        near = range(max(0, visible.start - KEEP_AROUND), visible.stop + KEEP_AROUND)
        for index in list(self._drawn):
            if index not in near:
                del self._drawn[index]
                self.page_views[index].forget()
        for index in range(visible.start, min(visible.stop + 1, len(self.page_views))):
            drawn = self._drawn.get(index)
            if index in self._pending or (
                drawn is not None and abs(drawn[0] - wanted) <= wanted * DPI_TOLERANCE
            ):
                continue
            self._draw(index, wanted)

    def _draw(self, index: int, dpi: float) -> None:
        self._pending.add(index)
        pages = self.pages
        self.bg.run(lambda: (index, dpi, pages.render(index, dpi)), self._drawn_page, self._failed)

    def _drawn_page(self, result: tuple[int, float, QImage | None]) -> None:
        if self._closed:
            return
        index, dpi, image = result
        self._pending.discard(index)
        if image is None:
            return
        self._drawn[index] = (dpi, QPixmap.fromImage(image))
        self._show_drawn(index)
        self._fill()  # the zoom may have changed meanwhile

    def _show_drawn(self, index: int) -> None:
        view = self.page_views[index]
        _dpi, pixmap = self._drawn[index]
        ratio = self.devicePixelRatioF()
        size = view.size() * ratio
        if pixmap.size() != size:
            pixmap = pixmap.scaled(
                size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap.setDevicePixelRatio(ratio)
        view.setPixmap(pixmap)

    def shown_image(self, index: int) -> QImage | None:
        """The image page ``index`` shows now, or None while it is not drawn."""
        pixmap = self.page_views[index].pixmap()
        return None if pixmap.isNull() else pixmap.toImage()

    # --- navigation ---------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        """Scroll page ``index`` (from 0) to the top."""
        if not self.page_views:
            return
        index = max(0, min(index, len(self.page_views) - 1))
        self.area.verticalScrollBar().setValue(self.page_views[index].y() - MARGIN)
        self.current = index
        self._show_page_number()

    @Slot(int)
    def _scrolled(self, value: int) -> None:
        # The page covering the upper third of the view is the one being read.
        reading = value + self.area.viewport().height() // 3
        self.current = next(
            (i for i, v in enumerate(self.page_views) if v.y() + v.height() + MARGIN > reading),
            max(0, len(self.page_views) - 1),
        )
        self._show_page_number()
        self._fill()

    def _show_page_number(self) -> None:
        count = len(self.page_views)
        self.page_label.setText(
            tr_text("pagina %1 van %2")
            .replace("%1", str(self.current + 1 if count else 0))
            .replace("%2", str(count))
        )
        self.previous.setEnabled(self.current > 0)
        self.next.setEnabled(self.current < count - 1)

    # --- printing and saving ------------------------------------------------------------

    @Slot()
    def print_document(self) -> None:
        """Ask for a printer and pages, then print them on a worker."""
        count = len(self.pages)
        printer = print_job.printer_for(self.pages, self.title)
        if not print_job.ask_printer(self, printer, count):
            return
        indexes = print_job.chosen_pages(printer, count, self.current)
        pages = self.pages
        self._printing += 1
        self.print_button.setEnabled(False)
        self.bg.run(
            lambda: print_job.print_pages(pages, printer, indexes),
            self._printed,
            self._print_failed,
            busy=tr_text("Afdrukken…"),
        )

    def _printed(self, sent: int) -> None:
        self._print_done()
        if not self._closed:
            self.status.setText(
                tr_text("%1 pagina('s) naar de printer gestuurd.").replace("%1", str(sent))
            )

    def _print_failed(self, error: BaseException) -> None:
        self._print_done()
        self._failed(error)

    def _print_done(self) -> None:
        self._printing -= 1
        if self._closed:
            if not self._printing:
                self._release()
        else:
            self.print_button.setEnabled(True)

    @Slot()
    def save_as_pdf(self) -> None:
        """Ask where, then write the PDF there (atomically, on a worker)."""
        path = file_choice.ask_save_path(
            self,
            tr_text("Opslaan als PDF"),
            self.suggested_name,
            tr_text("PDF-bestanden (*.pdf)"),
        )
        if path is None:
            return
        target = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
        keep = self._keep
        self.bg.run(
            lambda: keep(target),
            lambda _none: self._saved(target),
            self._failed,
            busy=tr_text("PDF opslaan…"),
        )

    def _saved(self, target: Path) -> None:
        if not self._closed:
            self.status.setText(tr_text("Opgeslagen als %1.").replace("%1", str(target)))
            self.saved.emit(target)

    def _failed(self, error: BaseException) -> None:
        dialogs.show_error(None if self._closed else self, user_message(error))

    # --- closing ------------------------------------------------------------------------

    @Slot()
    def _close(self) -> None:
        self._alive.open = False
        self._drawn.clear()
        if not self._printing:  # a print job still reads the pages; it releases them
            self._release()
        self.deleteLater()

    def _release(self) -> None:
        pages = self.pages
        self.bg.run(pages.close, lambda _none: None)
