"""Audience symbols ("interessant voor"): the pictograms, a row of them, the legend."""

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
from flevodesk.reports.measured import MeasuredParagraph as Paragraph


def draw_audience_symbol(canv: Canvas, audience: Audience, x: float, y: float, size: float) -> None:
    """A coloured disc with a white pictogram, its lower-left corner at (x, y).

    The pictograms (person, light bulb, town hall, briefcase) are drawn as vector paths, so
    they stay sharp at any size and need no image files.
    """
    canv.saveState()
    canv.translate(x, y)
    canv.scale(size / 10.0, size / 10.0)
    canv.setFillColor(st.AUDIENCE_COLOURS[audience])
    canv.circle(5, 5, 5, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setStrokeColor(colors.white)
    if audience is Audience.INWONERS:
        canv.circle(5, 6.6, 1.55, stroke=0, fill=1)
        path = canv.beginPath()
        path.moveTo(2.4, 2.3)
        path.curveTo(2.4, 5.4, 7.6, 5.4, 7.6, 2.3)
        path.close()
        canv.drawPath(path, stroke=0, fill=1)
    elif audience is Audience.INITIATIEVEN:
        canv.circle(5, 6.0, 2.2, stroke=0, fill=1)
        canv.rect(4.0, 2.4, 2.0, 2.0, stroke=0, fill=1)
        canv.setLineWidth(0.5)
        canv.line(5, 8.9, 5, 9.5)
        canv.line(2.0, 7.9, 1.5, 8.4)
        canv.line(8.0, 7.9, 8.5, 8.4)
    elif audience is Audience.GEMEENTEN:
        path = canv.beginPath()
        path.moveTo(2.0, 6.0)
        path.lineTo(5.0, 8.2)
        path.lineTo(8.0, 6.0)
        path.close()
        canv.drawPath(path, stroke=0, fill=1)
        for column in (2.6, 4.4, 6.2):
            canv.rect(column, 3.2, 1.2, 2.5, stroke=0, fill=1)
        canv.rect(2.0, 2.3, 6.0, 0.8, stroke=0, fill=1)
    else:
        canv.roundRect(2.2, 2.6, 5.6, 3.8, 0.6, stroke=0, fill=1)
        canv.setLineWidth(0.7)
        canv.roundRect(3.9, 6.3, 2.2, 1.3, 0.4, stroke=1, fill=0)
        canv.setStrokeColor(st.AUDIENCE_COLOURS[audience])
        canv.setLineWidth(0.4)
        canv.line(2.2, 4.6, 7.8, 4.6)
    canv.restoreState()


class AudienceBadges(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A row of audience symbols ("interessant voor"); nothing at all for no audiences."""

    def __init__(self, audiences: Sequence[Audience], size: float = 10.0, gap: float = 2.5) -> None:
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


def legend(size: float = 11.0, shown: Iterable[Audience] | None = None) -> Table:
    """The "Interessant voor" legend: each audience's symbol with its name.

    ``shown`` limits it to the audiences that appear on the page (all when not given): a
    symbol explained but used nowhere only puzzles a reader.
    """
    sheet = st.stylesheet()
    cells: list[Any] = [Paragraph("<b>Interessant voor:</b>", sheet.small)]
    widths: list[float] = [80.0]
    wanted = set(Audience) if shown is None else set(shown)
    for audience in (a for a in Audience if a in wanted):
        cells += [
            AudienceBadges([audience], size),
            Paragraph(st.AUDIENCE_LABELS[audience], sheet.small),
        ]
        label_width = stringWidth(st.AUDIENCE_LABELS[audience], st.FONT, sheet.small.fontSize)
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
