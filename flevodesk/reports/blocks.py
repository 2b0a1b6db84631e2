"""Blocks a printout is built of: tables, tinted panels, bullets, paragraphs of user
text, key-figure tiles, label/value facts and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus.flowables import BalancedColumns

from flevodesk.reports import styles as st
from flevodesk.reports.formatting import text
from flevodesk.reports.geometry import BODY_WIDTH
from flevodesk.reports.measured import UNBOUNDED, MeasuredTable
from flevodesk.reports.measured import MeasuredParagraph as Paragraph


class Table(MeasuredTable):
    """A reportlab table whose cells default to the embedded font.

    reportlab sets every cell's font, Helvetica unless told otherwise, even for an empty
    cell; that would pull an unembedded standard font into the PDF.
    """

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.FONT)]))


def panel(
    content: list[Flowable],
    width: float,
    background: colors.Color = st.TINT,
    padding: float = 8.0,
    border: colors.Color | None = None,
) -> Table:
    """Flowables on a tinted box, the seed's way of setting a block apart."""
    table = Table([[content]], colWidths=[width])
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding - 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), 0.8, border))
    table.setStyle(TableStyle(commands))
    return table


@st.derived_style
def _bulleted(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(
        f"{style.name}-bullet",
        parent=style,
        leftIndent=9,
        bulletIndent=0,
        spaceAfter=3.5,
        bulletColor=st.ACCENT,
        bulletFontName=st.FONT_BOLD,
        bulletFontSize=style.fontSize,
    )


def bullet(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph with an accent-coloured bullet and a hanging indent."""
    return Paragraph(markup, _bulleted(style), bulletText="\u2022")


@st.derived_style
def prose(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` for running text in a frame as wide as the page's body: its lines end at
    :func:`flevodesk.reports.styles.measure` rather than run 110 characters long."""
    return ParagraphStyle(
        f"{style.name}-prose",
        parent=style,
        rightIndent=float(BODY_WIDTH) - st.measure(style.fontSize),
    )


@st.derived_style
def entry(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` for one line of a list (names, places, practices): a little space after
    it sets it apart from the next, so a wrapped entry never reads as two."""
    return ParagraphStyle(f"{style.name}-entry", parent=style, spaceAfter=2.5)


def two_columns(content: list[Flowable]) -> Flowable:
    """Running text across a page's body in two balanced columns of six: as long a line
    as the measure, and half the height of one column of seven. It breaks across pages
    like the text inside it."""
    return BalancedColumns(
        content,
        nCols=2,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        innerPadding=st.GRID_GUTTER,
    )


def paragraphs(value: str | None, style: ParagraphStyle) -> list[Flowable]:
    """User text as paragraphs: a blank line starts a new one, a single newline breaks."""
    blocks = [block.strip() for block in (value or "").replace("\r\n", "\n").split("\n\n")]
    spaced = _spaced(style)
    return [Paragraph(text(block), spaced) for block in blocks if block]


@st.derived_style
def _spaced(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-block", parent=style, spaceAfter=style.leading * 0.45)


def natural_height(content: Flowable, width: float) -> float:
    """How tall a flowable wants to be at ``width`` (used to share a page between blocks)."""
    return float(content.wrap(width, UNBOUNDED)[1])


def header_cells(labels: tuple[str, ...], numeric: int = 0) -> list[Flowable]:
    """The header row of a table whose last ``numeric`` columns hold numbers: those
    headings stand right-aligned above their right-aligned figures."""
    sheet = st.stylesheet()
    split = len(labels) - numeric
    return [
        Paragraph(label, sheet.header_cell if index < split else sheet.header_cell_right)
        for index, label in enumerate(labels)
    ]


def grid_style(header_rows: int = 1) -> TableStyle:
    """Lines and a banded header for the tabular printouts (lists, hours, sign-in)."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), st.BAND),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.5, st.RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )


def set_off_totals(style: TableStyle, rows: int, totals: int = 1, kept: int = 1) -> None:
    """Set the last ``totals`` of a table's ``rows`` (one header row) off as its summary,
    a rule above and a tint behind; the ``kept`` rows above them go along to a new page,
    so a total never stands alone under a repeated header."""
    style.add("LINEABOVE", (0, -totals), (-1, -totals), 1.2, st.HEADING)
    style.add("BACKGROUND", (0, -totals), (-1, -1), st.TINT)
    style.add("NOSPLIT", (0, max(1, rows - totals - kept)), (-1, -1))


@cache
def _figure_style(size: float) -> ParagraphStyle:
    return ParagraphStyle(
        f"figure-{size}",
        parent=st.stylesheet().body,
        fontName=st.FONT_BOLD,
        fontSize=size,
        leading=size * 1.25,
        textColor=st.HEADING,
    )


def figure_tiles(
    values: list[tuple[str, str, str]], width: float, background: Any = st.TINT
) -> Table:
    """Key figures as big numbers over small labels (and an optional note), side by side."""
    sheet = st.stylesheet()
    gap = 8.0
    tile_width = (width - gap * (len(values) - 1)) / len(values)
    # The title size, or the heading size for a figure too wide for its tile: a figure
    # never breaks inside ("€ 2.500,0|0") and the type scale has no size between.
    inner = tile_width - 14
    size = st.SIZE_TITLE
    if any(stringWidth(v, st.FONT_BOLD, size) > inner for _, v, _ in values):
        size = st.SIZE_HEADING
    figure = _figure_style(size)
    cells: list[Any] = []
    widths: list[float] = []
    for index, (label, value, note) in enumerate(values):
        if index:
            cells.append("")
            widths.append(gap)
        content = [Paragraph(text(label), sheet.tiny), Paragraph(text(value), figure)]
        if note:
            content.append(Paragraph(text(note), sheet.tiny))
        cells.append(content)
        widths.append(tile_width)
    table = Table([cells], colWidths=widths)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    for index in range(0, len(cells), 2):
        commands.append(("BACKGROUND", (index, 0), (index, 0), background))
        commands.append(("LINEABOVE", (index, 0), (index, 0), 2, st.ACCENT))
    table.setStyle(TableStyle(commands))
    return table


def facts(rows: list[tuple[str, str]], width: float, label_share: float = 0.42) -> Table:
    """Label and value pairs in two columns with thin rules between them."""
    sheet = st.stylesheet()
    table = Table(
        [
            [Paragraph(text(label), sheet.cell_bold), Paragraph(text(value), sheet.cell)]
            for label, value in rows
        ],
        colWidths=[width * label_share, width * (1 - label_share)],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def signature_block(titles: Sequence[str], width: float) -> Table:
    """One or two signers side by side, each with a line for name, date and signature."""
    sheet = st.stylesheet()
    line = "_" * 34 if len(titles) > 1 else "_" * 30
    rows: list[list[Any]] = [[Paragraph(f"<b>{text(t)}</b>", sheet.small) for t in titles]]
    for label, rule in (("Naam", line), ("Datum", line), ("Handtekening", line[:-8])):
        rows.append([Paragraph(f"{label}: {rule}", sheet.small) for _ in titles])
    if len(titles) > 1:
        half = (width - 30) / 2
        rows = [[row[0], "", row[1]] for row in rows]
        widths = [half, 30.0, half]
    else:
        widths = [width]
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, -1), 11),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table
