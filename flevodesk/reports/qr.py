"""QR codes drawn fast: the module matrix is encoded once per address, the dark modules
go onto the page as one path of rectangles, built once per address in module units and
placed and scaled by one transformation.

reportlab's own ``QrCodeWidget`` encodes on every draw and adds a shape per run of dark
modules, about 20 ms a code, and even its encoder alone takes about 7 ms an address; a
run of 500 handouts would spend most of its time there. The matrix comes from
:mod:`flevodesk.reports.qr_matrix`, which makes exactly reportlab's code (same version,
mask and modules) in about 0.1 to 0.3 ms, at error correction level M (a printed code
survives a crease).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from flevodesk.reports.qr_layout import Rows
from flevodesk.reports.qr_matrix import encode

#: The quiet zone around a code, in modules: the standard asks for four.
QUIET = 4


class Encoded(NamedTuple):
    """A code as the page needs it."""

    rows: Rows  # from the top, "1" dark, quiet zone not included
    path: PDFPathObject  # the dark runs as rectangles, a module a unit, from the lower left


@lru_cache(maxsize=4096)
def encoded(value: str) -> Encoded:
    """The code of ``value``, ready to draw at any place and size.

    Cached per address: the same website on many handouts is encoded once, and its path
    is built once (with reportlab's formatting of each number that took longer than
    encoding the code).
    """
    rows = encode(value)
    rectangles = []
    for y, modules in zip(range(len(rows) - 1, -1, -1), rows, strict=True):
        column = 0
        for run in modules.split("0"):
            if run:
                rectangles.append(f"{column} {y} {len(run)} 1 re")
            column += len(run) + 1
    return Encoded(rows, PDFPathObject(rectangles))


def runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The code of ``value``: its size in modules and its dark runs as (row, column, length)."""
    rows = encoded(value).rows
    dark = tuple(
        (row, run.start(), run.end() - run.start())
        for row, modules in enumerate(rows)
        for run in re.finditer("1+", modules)
    )
    return len(rows), dark


def draw_qr(canv: Canvas, value: str, x: float, y: float, size: float) -> None:
    """The code of ``value`` as a black square of ``size`` (quiet zone included) with its
    lower-left corner at (x, y)."""
    code = encoded(value)
    box = size / (len(code.rows) + 2 * QUIET)
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
