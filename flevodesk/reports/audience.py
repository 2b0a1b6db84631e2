"""Audience symbols ("interessant voor"): shape plus letter, a row of them, the legend."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, TableStyle

from flevodesk.domain.enums import Audience
from flevodesk.reports import styles as st
from flevodesk.reports.blocks import Table
from flevodesk.reports.formatting import text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph
from flevodesk.reports.wording import words


def _audience_words(audience: Audience) -> tuple[str, str]:
    """The legend's name of ``audience`` and the letter in its shape, in the printout's
    language. The letters are the legend's words cut short, so a language has its own
    ("In", "Ini", "G", "P"; in English "R", "I", "M", "P"). Spelled out here because
    Audience.label shares a lookup table with Perspective, whose "inwoners" member compares
    equal to Audience.INWONERS and would print its label instead."""
    spelled = {
        Audience.INWONERS: (words("Inwoners"), words("In")),
        Audience.INITIATIEVEN: (words("Initiatieven"), words("Ini")),
        Audience.GEMEENTEN: (words("Gemeenten"), words("G")),
        Audience.PROFESSIONALS: (words("Professionals"), words("P")),
    }
    return spelled[audience]


def audience_label(audience: Audience) -> str:
    """The legend's name of ``audience`` in the printout's language."""
    return _audience_words(audience)[0]


def symbol_letters(audience: Audience) -> str:
    """Each audience's letter in its shape: told apart by shape and letter alone, so a page
    printed in black and white (or read by someone who does not see the colours) still says
    who an item is for."""
    return _audience_words(audience)[1]


#: The symbols' size in points: the letters inside stand at the small print size.
SYMBOL_SIZE = 14.0


def _outline(canv: Canvas, audience: Audience) -> None:
    """The audience's shape on a 10 by 10 square: circle (inwoners), square
    (initiatieven), house with a roof (gemeenten), diamond (professionals)."""
    if audience is Audience.INWONERS:
        canv.circle(5, 5, 5, stroke=0, fill=1)
        return
    if audience is Audience.INITIATIEVEN:
        canv.rect(0.3, 0.3, 9.4, 9.4, stroke=0, fill=1)
        return
    corners = (
        ((0.2, 0.2), (9.8, 0.2), (9.8, 6.2), (5.0, 10.0), (0.2, 6.2))
        if audience is Audience.GEMEENTEN
        else ((5.0, 0.0), (10.0, 5.0), (5.0, 10.0), (0.0, 5.0))
    )
    path = canv.beginPath()
    path.moveTo(*corners[0])
    for corner in corners[1:]:
        path.lineTo(*corner)
    path.close()
    canv.drawPath(path, stroke=0, fill=1)


def draw_audience_symbol(canv: Canvas, audience: Audience, x: float, y: float, size: float) -> None:
    """The audience's shape in its colour with its letter in white, lower-left at (x, y)."""
    canv.saveState()
    canv.translate(x, y)
    canv.saveState()
    canv.scale(size / 10.0, size / 10.0)
    canv.setFillColor(st.AUDIENCE_COLOURS[audience])
    _outline(canv, audience)
    canv.restoreState()
    letters = symbol_letters(audience)
    font_size = st.SIZE_SMALL
    canv.setFillColor(colors.white)
    canv.setFont(st.FONT_BOLD, font_size)
    # Centred on the shape's middle; the house's letter a little lower, under its roof.
    middle = size * (0.4 if audience is Audience.GEMEENTEN else 0.5)
    canv.drawCentredString(size / 2, middle - font_size * 0.36, letters)
    canv.restoreState()


class AudienceBadges(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A row of audience symbols ("interessant voor"); nothing at all for no audiences."""

    def __init__(
        self, audiences: Sequence[Audience], size: float = SYMBOL_SIZE, gap: float = 2.5
    ) -> None:
        super().__init__()
        self.audiences = tuple(audiences)
        self.size = size
        self.gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if not self.audiences:
            return 0.0, 0.0
        count = len(self.audiences)
        return count * self.size + (count - 1) * self.gap, self.size

    def draw(self) -> None:
        """One symbol after another, in the legend's order."""
        for index, audience in enumerate(self.audiences):
            draw_audience_symbol(self.canv, audience, index * (self.size + self.gap), 0, self.size)


def legend(size: float = SYMBOL_SIZE, shown: Iterable[Audience] | None = None) -> Table:
    """The "Interessant voor" legend: each audience's symbol with its name.

    ``shown`` limits it to the audiences that appear on the page (all when not given): a
    symbol explained but used nowhere only puzzles a reader.
    """
    sheet = st.stylesheet()
    cells: list[Any] = [Paragraph(f"<b>{text(words('Interessant voor:'))}</b>", sheet.small)]
    widths: list[float] = [80.0]
    wanted = set(Audience) if shown is None else set(shown)
    for audience in (a for a in Audience if a in wanted):
        label = audience_label(audience)
        cells += [AudienceBadges([audience], size), Paragraph(text(label), sheet.small)]
        label_width = stringWidth(label, st.FONT, sheet.small.fontSize)
        widths += [size + 4, label_width + 18]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
