"""The one look every printout shares: fonts, colours, the type scale, the column grid
and the paragraph styles.

Colours and sizes live here only, so a printout module says *what* goes where and this
module says how it looks. Every text on every printout stands at one of the four sizes of
:data:`TEXT_SIZES` (``tests/reports/test_layout_check.py`` reads the PDFs back to check),
and blocks side by side are as wide as a whole number of :func:`span` columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from flevodesk.domain.enums import Audience
from flevodesk.reports.geometry import BODY_WIDTH
from flevodesk.reports.measured import MeasuredFont
from flevodesk.resources import resource_path

FONT = "DejaVuSans"

# The type scale: four sizes, each with one job. Small print (footers, labels, credits,
# the letters in the audience symbols) stays well above the 6.5 pt a reader can still
# read; body text and table cells at 8 pt give 55-75 characters a line in a column of
# half the page (DejaVu Sans, with its tall x-height, reads at 8 pt as a classic face at
# 9.5); headings, the lead and the band's subtitle; the band's title and key figures.
SIZE_SMALL = 7.0
SIZE_BODY = 8.0
SIZE_HEADING = 11.0
SIZE_TITLE = 16.0
TEXT_SIZES = (SIZE_SMALL, SIZE_BODY, SIZE_HEADING, SIZE_TITLE)

# The column grid of the body (A4 less the margins of reports/geometry.py): twelve
# columns, so halves, thirds and quarters all fall on it.
GRID_COLUMNS = 12
GRID_GUTTER = 12.0


def span(columns: int, gutter: float = GRID_GUTTER) -> float:
    """The width of ``columns`` grid columns with the gutters between them."""
    column = (float(BODY_WIDTH) - (GRID_COLUMNS - 1) * gutter) / GRID_COLUMNS
    return columns * column + (columns - 1) * gutter


def measure(size: float) -> float:
    """How wide running text at ``size`` may stand: 55-75 characters a line, half the
    grid at body size (about 64 characters of Dutch), nine columns at the lead's."""
    return span(9 if size >= SIZE_HEADING else 6)


FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

# The palette of the seed's one-pager: a deep blue band, warm accents, light tints behind
# boxes. Kept few so every printout reads as one family.
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5B6770")
BAND = colors.HexColor("#123F5A")
BAND_TEXT = colors.white
ACCENT = colors.HexColor("#E08E0B")
HEADING = colors.HexColor("#123F5A")
TINT = colors.HexColor("#EEF4F7")
TINT_WARM = colors.HexColor("#FDF3E3")
RULE = colors.HexColor("#C9D6DE")
LINK = colors.HexColor("#0B6E99")

AUDIENCE_COLOURS: dict[Audience, colors.Color] = {
    Audience.INWONERS: colors.HexColor("#D1495B"),
    Audience.INITIATIEVEN: colors.HexColor("#4C9A2A"),
    Audience.GEMEENTEN: colors.HexColor("#2E6FB7"),
    Audience.PROFESSIONALS: colors.HexColor("#5C4D9A"),
}


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) once and return the family name.

    The standard PDF fonts are not embedded and lack letters such as "Ş" and "ı"; a TTF
    with full Latin coverage is embedded as a subset instead.
    """
    for name, file_name in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(MeasuredFont(name, str(resource_path("fonts", file_name))))
    # No bold-oblique file is shipped; bold reads better than a missing glyph.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    return FONT


@dataclass(frozen=True)
class Styles:
    """Named paragraph styles; build them with :func:`stylesheet`."""

    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    lead: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    caption: ParagraphStyle
    band_title: ParagraphStyle
    band_subtitle: ParagraphStyle
    band_credit: ParagraphStyle
    closing: ParagraphStyle
    closing_strong: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle
    footer: ParagraphStyle


@cache
def stylesheet() -> Styles:
    """The shared paragraph styles (built once; treat them as read-only)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=SIZE_BODY,
        leading=10.8,
        textColor=INK,
        bulletFontName=FONT,
        bulletFontSize=SIZE_BODY,
    )
    # Narrow columns hyphenate in Dutch (pyphen's dictionary) rather than break a word
    # anywhere ("Vrijwilligersvergoedin|g"); running text keeps its ragged right edge,
    # which reads well at its line length and keeps bulk printing fast.
    cell = ParagraphStyle(
        "cell",
        parent=body,
        fontSize=SIZE_BODY,
        leading=10.4,
        hyphenationLang="nl_NL",
        embeddedHyphenation=1,
        # Only the long compounds that may not fit a column at all; a name or a word of
        # ordinary length moves to the next line whole.
        hyphenationMinWordLength=17,
    )
    header_cell = ParagraphStyle(
        "header_cell", parent=cell, fontName=FONT_BOLD, textColor=colors.white
    )
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=SIZE_BODY, leading=10.0),
        tiny=ParagraphStyle("tiny", parent=body, fontSize=SIZE_SMALL, leading=8.6, textColor=MUTED),
        lead=ParagraphStyle("lead", parent=body, fontSize=SIZE_HEADING, leading=14.5),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=SIZE_HEADING,
            leading=13.5,
            textColor=HEADING,
            spaceBefore=8,
            spaceAfter=4,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=SIZE_BODY,
            leading=10.4,
            textColor=INK,
            spaceBefore=5,
            spaceAfter=1,
        ),
        caption=ParagraphStyle(
            "caption",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=SIZE_BODY,
            leading=10.4,
            textColor=colors.white,
        ),
        band_title=ParagraphStyle(
            "band_title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=SIZE_TITLE,
            leading=19.5,
            textColor=BAND_TEXT,
        ),
        band_subtitle=ParagraphStyle(
            "band_subtitle",
            parent=body,
            fontName=FONT,
            fontSize=SIZE_HEADING,
            leading=14,
            textColor=colors.HexColor("#F6C66B"),
        ),
        band_credit=ParagraphStyle(
            "band_credit",
            parent=body,
            fontSize=SIZE_SMALL,
            leading=9,
            textColor=BAND_TEXT,
            alignment=TA_RIGHT,
        ),
        closing=ParagraphStyle(
            "closing",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=SIZE_HEADING,
            leading=17,
            textColor=BAND,
            alignment=TA_CENTER,
        ),
        closing_strong=ParagraphStyle(
            "closing_strong",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=SIZE_TITLE,
            leading=20,
            textColor=ACCENT,
            alignment=TA_CENTER,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        header_cell=header_cell,
        # Numbers stand right-aligned, and so does the heading above them.
        header_cell_right=ParagraphStyle(
            "header_cell_right", parent=header_cell, alignment=TA_RIGHT
        ),
        footer=ParagraphStyle(
            "footer", parent=body, fontSize=SIZE_SMALL, leading=9, textColor=MUTED
        ),
    )


def derived_style(build: Callable[..., ParagraphStyle]) -> Callable[..., ParagraphStyle]:
    """A memo of styles derived from a base style, kept only as long as the base is.

    Creating a ParagraphStyle copies its whole parent chain; the printouts derive the
    same few styles for every paragraph and page.
    """
    memo: WeakKeyDictionary[ParagraphStyle, dict[Any, ParagraphStyle]] = WeakKeyDictionary()

    def derived(style: ParagraphStyle, *args: Any) -> ParagraphStyle:
        known = memo.setdefault(style, {})
        if args not in known:
            known[args] = build(style, *args)
        return known[args]

    return derived
