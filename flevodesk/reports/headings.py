"""The coloured title band on a first page and the section headings under it."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from flevodesk.reports import styles as st
from flevodesk.reports.formatting import text
from flevodesk.reports.geometry import BAND_HEIGHT, GAP, MARGIN, TITLE_CLEARANCE
from flevodesk.reports.measured import MeasuredParagraph as Paragraph


class Band(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The coloured title band across the top of a first page, as on the seed's overview.

    A long title wraps, and is set smaller (never below 9 pt) rather than clipped.
    """

    def __init__(self, title: str, subtitle: str = "", credit: str = "") -> None:
        super().__init__()
        self.title = title
        self.subtitle = subtitle
        self.credit = credit

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, BAND_HEIGHT

    def draw(self) -> None:
        """Paint the band, the accent stripe, the titles and the credit."""
        canv = self.canv
        sheet = st.stylesheet()
        canv.setFillColor(st.BAND)
        canv.rect(0, 0, self.width, BAND_HEIGHT, stroke=0, fill=1)
        canv.setFillColor(st.ACCENT)
        canv.rect(0, 0, self.width, _STRIPE, stroke=0, fill=1)
        credit_width = (
            min(150.0, stringWidth(self.credit, st.FONT, sheet.band_credit.fontSize) + 2)
            if self.credit
            else 0.0
        )
        text_width = self.width - 2 * MARGIN - credit_width - (GAP if self.credit else 0)
        subtitle = (
            Paragraph(text(self.subtitle), sheet.band_subtitle, shared=True)
            if self.subtitle
            else None
        )
        sub_height = subtitle.wrap(text_width, 40)[1] + 2 if subtitle else 0.0
        # The title hangs from the clearance at the top edge and may take what is left
        # above the accent stripe; a long one wraps onto more lines at the heading size.
        room = BAND_HEIGHT - TITLE_CLEARANCE - _STRIPE - 4 - sub_height
        title = _fitted(text(self.title), sheet.band_title, text_width, room)
        _, title_height = title.wrap(text_width, room)
        y = BAND_HEIGHT - TITLE_CLEARANCE - title_height
        title.drawOn(canv, MARGIN, y)
        if subtitle:
            subtitle.drawOn(canv, MARGIN, y - sub_height)
        if self.credit:
            credit = Paragraph(text(self.credit), sheet.band_credit, shared=True)
            _, credit_height = credit.wrap(credit_width, BAND_HEIGHT)
            credit.drawOn(
                canv, self.width - MARGIN - credit_width, y + title_height - credit_height
            )


_STRIPE = 3.5


def _fitted(markup: str, style: ParagraphStyle, width: float, height: float) -> Paragraph:
    """The title at the title size, or at the heading size when it needs more lines than
    the band holds: the type scale has no size between the two."""
    paragraph = Paragraph(markup, style)
    if paragraph.wrap(width, height)[1] <= height:
        return paragraph
    return Paragraph(markup, _resized(style, st.SIZE_HEADING))


@st.derived_style
def _resized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.2)


@cache
def _heading_style(size: float, colour: colors.Color) -> ParagraphStyle:
    return ParagraphStyle(
        "section", fontName=st.FONT_BOLD, fontSize=size, leading=size * 1.2, textColor=colour
    )


class SectionHeading(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A short bold heading in capitals with an accent rule, the seed's section style."""

    def __init__(
        self,
        title: str,
        colour: colors.Color = st.HEADING,
        size: float = st.SIZE_HEADING,
        space_before: float = 8.0,
    ) -> None:
        super().__init__()
        self.title = title.upper()
        self.colour = colour
        self.size = size
        self.spaceBefore = space_before
        self._paragraph = Paragraph(text(self.title), _heading_style(size, colour), shared=True)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        _, height = self._paragraph.wrap(availWidth, availHeight)
        self.height = height + 6
        return availWidth, self.height

    def draw(self) -> None:
        """The heading text above a short accent bar."""
        self._paragraph.drawOn(self.canv, 0, 6)
        self.canv.setFillColor(st.ACCENT)
        self.canv.rect(0, 1, 28, 2.2, stroke=0, fill=1)
