"""QR codes drawn fast: the module matrix is encoded once per address, the dark modules
go onto the page as one path of rectangles.

reportlab's own ``QrCodeWidget`` encodes on every draw and adds a shape per run of dark
modules, about 20 ms a code, and even its encoder alone takes about 7 ms an address; a
run of 500 handouts would spend most of its time there. The matrix comes from
:mod:`flevodesk.reports.qr_matrix`, which makes exactly reportlab's code (same version,
mask and modules) in about 0.2 ms, at error correction level M (a printed code survives
a crease).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from flevodesk.reports.qr_matrix import encode

#: The quiet zone around a code, in modules: the standard asks for four.
QUIET = 4


class Encoded(NamedTuple):
    """A code as the page needs it."""

    side: int  # modules a side, quiet zone not included
    dark: tuple[tuple[int, int, int], ...]  # dark runs as (row, column, length), from the top
    path: PDFPathObject  # the runs as rectangles, a module a unit, from the lower left


@lru_cache(maxsize=4096)
def encoded(value: str) -> Encoded:
    """The code of ``value``, ready to draw at any place and size.

    Cached per address: the same website on many handouts is encoded once, and its path
    is built once (formatting a rectangle's numbers costs more than encoding the code).
    """
    rows = encode(value)
    side = len(rows)
    stride = side + 1
    dark = tuple(
        (start // stride, start % stride, end - start)
        for start, end in map(re.Match.span, _DARK_RUN.finditer("\n".join(rows)))
    )
    # Whole numbers as PDF writes them, without reportlab's float formatting per number.
    path = PDFPathObject(
        [f"{column} {side - 1 - row} {length} 1 re" for row, column, length in dark]
    )
    return Encoded(side, dark, path)


_DARK_RUN = re.compile("1+")


def runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The code of ``value``: its size in modules and its dark runs as (row, column, length)."""
    code = encoded(value)
    return code.side, code.dark


def draw_qr(canv: Canvas, value: str, x: float, y: float, size: float) -> None:
    """The code of ``value`` as a black square of ``size`` (quiet zone included) with its
    lower-left corner at (x, y)."""
    code = encoded(value)
    box = size / (code.side + 2 * QUIET)
    canv.saveState()
    canv.transform(box, 0, 0, box, x + QUIET * box, y + QUIET * box)
    canv.setFillColor(colors.black)
    canv.drawPath(code.path, stroke=0, fill=1)
    canv.restoreState()


class QrCode(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A QR code of ``value`` as a flowable square of ``size`` points."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value = value
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        """The code at the flowable's origin."""
        draw_qr(self.canv, self.value, 0, 0, self.size)


def short_address(url: str) -> str:
    """An address as a reader types it: no scheme, no "www.", no trailing slash."""
    bare = url.strip()
    for prefix in ("https://", "http://"):
        if bare.lower().startswith(prefix):
            bare = bare[len(prefix) :]
    if bare.lower().startswith("www."):
        bare = bare[4:]
    return bare.rstrip("/")
