"""A PDF's pages as images, drawn by PDFium (pypdfium2), for the print preview and for
printing without a system PDF viewer.

PDFium is not thread-safe: no two of its calls may run at once, whichever document they
are about. Every call below holds :data:`PDFIUM`, so the preview's page renders, a print
job and closing a document may run on any worker thread of ``Background`` but one at a
time. Nothing here runs on the UI thread in the program (the images are plain QImages,
which a worker may make); the UI thread turns them into pixmaps.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtGui import QImage

#: Held around every call into PDFium, in this process.
PDFIUM = threading.Lock()
POINTS_PER_INCH = 72.0


def _pdfium() -> Any:
    # Loaded on first use: the window opens without it, and importing loads the library.
    import pypdfium2

    return pypdfium2


class PdfPages:
    """An open PDF held in memory, its page sizes known; make it on a worker thread."""

    def __init__(self, pdf: bytes) -> None:
        self.pdf = pdf
        with PDFIUM:
            self._document: Any = _pdfium().PdfDocument(pdf)
            #: Each page's (width, height) in points.
            self.sizes: tuple[tuple[float, float], ...] = tuple(
                self._document.get_page_size(i) for i in range(len(self._document))
            )

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, dpi: float) -> QImage | None:
        """Page ``index`` (from 0) as an opaque image at ``dpi``; None once closed."""
        with PDFIUM:
            if self._document is None:
                return None
            page = self._document[index]
            try:
                bitmap = page.render(
                    scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True
                )
                try:
                    raw = bytes(bitmap.buffer)
                    image = QImage(
                        raw,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    ).copy()  # the copy owns its pixels; ``raw`` goes with this frame
                finally:
                    bitmap.close()
            finally:
                page.close()
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        return image

    def close(self) -> None:
        """Free PDFium's copy; explicitly, so its finalizer never runs on another thread."""
        with PDFIUM:
            if self._document is not None:
                self._document.close()
                self._document = None
