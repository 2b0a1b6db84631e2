"""Reading a printout back as a printer and a reader meet it: what is too close to the
sheet's edge, what is drawn on top of other text, what is too small to read.

Text is read with its position and size from pypdf's text visitor; a piece's width is
measured with the DejaVu metrics the printouts embed (the subset names end in the
family's name), so a line running off the page is found by where it ends, not only
where it starts. Run it on a file: ``python -m tests.reports.layout_check X.pdf``.
"""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from flevodesk.reports import styles as st

#: Office printers lose the outer 4-5 mm of a sheet.
EDGE = 5 * 72 / 25.4
#: The smallest print a reader can still read on paper.
SMALLEST = 6.5
#: Body text is at least this size; below it stands only small print.
BODY = 8.0
#: The small print of the stylesheet (footers, labels, credits): any other size below
#: :data:`BODY` was made by shrinking text to fit.
SMALL_PRINT = (st.SIZE_SMALL,)
#: Above the baseline and below it, as shares of the font size (DejaVu's ascender and
#: descender, rounded down: accents above capitals may come closer, which is fine).
ASCENT = 0.76
DESCENT = 0.24


@dataclass(frozen=True)
class Piece:
    """One run of text as drawn: where its baseline starts, its size and its width."""

    page: int
    text: str
    x: float
    y: float
    size: float
    width: float
    font: str = st.FONT

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + ASCENT * self.size

    @property
    def bottom(self) -> float:
        return self.y - DESCENT * self.size


@dataclass(frozen=True)
class Problem:
    """One thing a reader of the paper would notice, with the text it concerns."""

    page: int
    kind: str
    text: str

    def __str__(self) -> str:
        return f"page {self.page + 1}: {self.kind}: {self.text[:60]!r}"


def _font_name(font: Any) -> str:
    if font is None:
        return st.FONT
    base = str(font.get("/BaseFont", ""))
    for name in (st.FONT_BOLD, st.FONT_ITALIC, st.FONT):
        if base.endswith(name):
            return name
    return st.FONT


def pieces(pdf: bytes | Path) -> tuple[list[Piece], list[tuple[float, float]]]:
    """Every run of text on every page, and each page's width and height."""
    st.register_fonts()
    document = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    found: list[Piece] = []
    sizes: list[tuple[float, float]] = []
    raw: list[tuple[float, float]] = [(-1.0, -1.0)]
    for number, page in enumerate(document.pages):
        box = page.mediabox
        sizes.append((float(box.width), float(box.height)))

        def visit(
            value: str, cm: Any, tm: Any, font: Any, size: float, number: int = number
        ) -> None:
            # pypdf hands a run over when the text position jumps; a run may end with the
            # line break that made it hand over.
            line = value.replace("\n", " ").rstrip()
            if not line.strip():
                return
            scale_x = tm[0] * cm[0] + tm[1] * cm[2]
            scale_y = tm[2] * cm[1] + tm[3] * cm[3]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            real = size * (abs(scale_y) or abs(scale_x) or 1.0)
            name = _font_name(font)
            width = stringWidth(line, name, real)
            last = found[-1] if found else None
            if last and last.page == number and raw[-1] == (x, y):
                # pypdf does not advance the position over text already shown: a run in
                # another font on the same line comes with the line's start.
                x = last.right
            else:
                raw.append((x, y))
            found.append(Piece(number, line.strip(), x, y, real, width, name))

        page.extract_text(visitor_text=visit)
    return found, sizes


def _overlap(a: Piece, b: Piece) -> bool:
    """Whether two runs are drawn over each other: their letters share ground, more than
    the touching of two lines set tight or two runs of one line side by side."""
    across = min(a.right, b.right) - max(a.x, b.x)
    up = min(a.top, b.top) - max(a.bottom, b.bottom)
    return across > 1.0 and up > 0.25 * min(a.size, b.size)


def problems(pdf: bytes | Path) -> list[Problem]:
    """What is wrong with the layout of ``pdf``, page by page; empty when nothing is."""
    runs, sizes = pieces(pdf)
    found: list[Problem] = []
    for run in runs:
        width, height = sizes[run.page]
        if run.size < SMALLEST - 0.01:
            found.append(Problem(run.page, f"text of {run.size:.1f} pt", run.text))
        margin = min(run.x, width - run.right, run.bottom, height - run.top)
        if margin < EDGE:
            found.append(Problem(run.page, f"text {margin / 72 * 25.4:.1f} mm from edge", run.text))
    by_page: dict[int, list[Piece]] = {}
    for run in runs:
        by_page.setdefault(run.page, []).append(run)
    for page_runs in by_page.values():
        page_runs.sort(key=lambda r: -r.y)
        for index, a in enumerate(page_runs):
            for b in page_runs[index + 1 :]:
                if a.y - b.y > 2 * max(a.size, b.size):
                    break
                if _overlap(a, b):
                    found.append(Problem(a.page, "text over text", f"{a.text} / {b.text}"))
    return found


def shrunk(pdf: bytes | Path) -> list[Problem]:
    """Text set below body size at a size the stylesheet has no small print of: text a
    frame shrank to make it fit."""
    runs, _ = pieces(pdf)
    return [
        Problem(run.page, f"text shrunk to {run.size:.2f} pt", run.text)
        for run in runs
        if run.size < BODY - 0.01 and all(abs(run.size - s) > 0.01 for s in SMALL_PRINT)
    ]


def sizes(pdf: bytes | Path) -> set[float]:
    """Every text size used, rounded to a hundredth of a point."""
    runs, _ = pieces(pdf)
    return {round(run.size, 2) for run in runs}


def main(argv: list[str]) -> int:
    failed = 0
    for name in argv:
        found = problems(Path(name)) + shrunk(Path(name))
        for problem in found:
            print(f"{name}: {problem}")
        failed += bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
