"""Page geometry, the title band, audience symbols and the document every printout builds.

A printout module composes flowables and frames from here; it never sets up a canvas,
fonts or page numbers itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import (
    Table as _ReportlabTable,
)

from flevodesk.domain.enums import Audience
from flevodesk.reports import styles as st
from flevodesk.reports.formatting import text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 30.0
BAND_HEIGHT = 74.0
GAP = 12.0
FOOTER_HEIGHT = 16.0
BODY_TOP = PAGE_HEIGHT - BAND_HEIGHT - GAP
BODY_BOTTOM = MARGIN + FOOTER_HEIGHT
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
RUNNING_HEADER = 26.0

Output = Path | BinaryIO


class Table(_ReportlabTable):  # type: ignore[misc]  # reportlab has no type hints
    """A reportlab table whose cells default to the embedded font.

    reportlab sets every cell's font, Helvetica unless told otherwise, even for an empty
    cell; that would pull an unembedded standard font into the PDF.
    """

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st.FONT)]))


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that writes "pagina x van y" once it knows how many pages there are.

    Pages are kept until :meth:`save`; a one-page document gets no number at all.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Number every page, then write the file."""
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            if total > 1:
                self.setFont(st.FONT, 7)
                self.setFillColor(st.MUTED)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN, MARGIN, f"pagina {self._pageNumber} van {total}"
                )
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """A4 document with embedded DejaVu fonts, a footer line and an optional running header.

    Attributes:
        footer: text at the bottom left of every page.
        running_title: drawn as a slim band on continuation pages (template ``"later"``).
    """

    def __init__(
        self,
        out: Output,
        *,
        title: str,
        footer: str,
        running_title: str = "",
        templates: Sequence[PageTemplate] = (),
    ) -> None:
        st.register_fonts()
        target: Any = str(out) if isinstance(out, Path) else out
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author="FlevoDesk",
            creator="FlevoDesk",
            subject=title,
            invariant=1,
            initialFontName=st.FONT,
            initialFontSize=9,
            pageTemplates=list(templates),
        )
        self.footer = footer
        self.running_title = running_title

    def build_story(self, story: list[Flowable]) -> None:
        """Lay out the story onto numbered pages."""
        self.build(story, canvasmaker=NumberedCanvas)


def draw_footer(canv: Canvas, doc: ReportDocument) -> None:
    """The footer line every page carries (the page number is added by the canvas)."""
    canv.saveState()
    canv.setStrokeColor(st.RULE)
    canv.setLineWidth(0.5)
    canv.line(MARGIN, MARGIN + 9, PAGE_WIDTH - MARGIN, MARGIN + 9)
    canv.setFont(st.FONT, 7)
    canv.setFillColor(st.MUTED)
    canv.drawString(MARGIN, MARGIN, doc.footer)
    canv.restoreState()


def draw_running_header(canv: Canvas, doc: ReportDocument) -> None:
    """A slim band on continuation pages, so a loose sheet still says what it belongs to."""
    draw_footer(canv, doc)
    canv.saveState()
    canv.setFillColor(st.BAND)
    canv.rect(0, PAGE_HEIGHT - RUNNING_HEADER, PAGE_WIDTH, RUNNING_HEADER, stroke=0, fill=1)
    canv.setFillColor(st.ACCENT)
    canv.rect(0, PAGE_HEIGHT - RUNNING_HEADER - 2.5, PAGE_WIDTH, 2.5, stroke=0, fill=1)
    canv.setFillColor(st.BAND_TEXT)
    canv.setFont(st.FONT_BOLD, 10)
    canv.drawString(MARGIN, PAGE_HEIGHT - RUNNING_HEADER + 9, f"{doc.running_title} (vervolg)")
    canv.restoreState()


def band_frame() -> Frame:
    """The frame at the top edge that holds exactly one :class:`Band`."""
    return Frame(
        0,
        PAGE_HEIGHT - BAND_HEIGHT,
        PAGE_WIDTH,
        BAND_HEIGHT,
        id="band",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def frame(frame_id: str, x: float, y: float, width: float, height: float) -> Frame:
    """A frame without padding: gaps between columns are part of the geometry instead."""
    return Frame(
        x,
        y,
        width,
        height,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def columns(
    prefix: str, top: float, bottom: float, weights: Sequence[float], gap: float = GAP * 1.5
) -> list[Frame]:
    """Side-by-side frames between ``top`` and ``bottom``, widths in proportion to ``weights``."""
    usable = BODY_WIDTH - gap * (len(weights) - 1)
    total = sum(weights)
    frames = []
    x = MARGIN
    for index, weight in enumerate(weights):
        width = usable * weight / total
        frames.append(frame(f"{prefix}{index}", x, bottom, width, top - bottom))
        x += width + gap
    return frames


def fit(target: Frame, content: list[Flowable]) -> KeepInFrame:
    """Content shrunk as needed to stay inside one frame, so a one-pager stays one page."""
    return KeepInFrame(
        target._width, target._height, content, mode="shrink", hAlign="LEFT", vAlign="TOP"
    )


def template(
    template_id: str, frames: Sequence[Frame], *, later: bool = False, auto_next: str | None = None
) -> PageTemplate:
    """A page template; ``later`` pages draw the running header instead of a band."""
    on_page: Callable[[Canvas, Any], None] = draw_running_header if later else draw_footer
    return PageTemplate(
        id=template_id,
        frames=list(frames),
        onPage=on_page,
        autoNextPageTemplate=auto_next,
        pagesize=A4,
    )


LATER_TOP = PAGE_HEIGHT - RUNNING_HEADER - GAP * 1.5


def flowing_templates(
    columns_weights: Sequence[float] = (1.0,), intro_height: float = 0.0
) -> list[PageTemplate]:
    """Templates for a printout that may run over several pages.

    The first page has the band, an optional full-width intro frame of ``intro_height``
    and the body columns; later pages the running header and taller columns.
    """
    first: list[Frame] = [band_frame()]
    top = BODY_TOP
    if intro_height:
        first.append(frame("intro", MARGIN, top - intro_height, BODY_WIDTH, intro_height))
        top -= intro_height + GAP
    first += columns("first", top, BODY_BOTTOM, columns_weights)
    later = columns("later", LATER_TOP, BODY_BOTTOM, columns_weights)
    return [
        template("first", first, auto_next="later"),
        template("later", later, later=True, auto_next="later"),
    ]


class RunningTitle(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Sets the title continuation pages show from the next page on; takes no space."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, 0.0

    def draw(self) -> None:
        """Hand the title to the document (reportlab links the canvas to it while building)."""
        self.canv._doctemplate.running_title = self.title


class Band(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The coloured title band across the top of a first page, as on the seed's overview.

    A long title is set smaller rather than clipped.
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
        canv.rect(0, 0, self.width, 3.5, stroke=0, fill=1)
        credit_width = 150.0 if self.credit else 0.0
        text_width = self.width - 2 * MARGIN - credit_width - (GAP if self.credit else 0)
        title = _fitted(text(self.title), sheet.band_title, text_width, 48)
        subtitle = Paragraph(text(self.subtitle), sheet.band_subtitle) if self.subtitle else None
        _, title_height = title.wrap(text_width, 48)
        sub_height = subtitle.wrap(text_width, 20)[1] if subtitle else 0.0
        block = title_height + (sub_height + 2 if subtitle else 0)
        y = (BAND_HEIGHT + 3.5 - block) / 2
        if subtitle:
            subtitle.drawOn(canv, MARGIN, y)
            y += sub_height + 2
        title.drawOn(canv, MARGIN, y)
        if self.credit:
            credit = Paragraph(text(self.credit), sheet.band_credit)
            _, credit_height = credit.wrap(credit_width, BAND_HEIGHT)
            credit.drawOn(
                canv, self.width - MARGIN - credit_width, (BAND_HEIGHT + 3.5 - credit_height) / 2
            )


def _fitted(markup: str, style: ParagraphStyle, width: float, height: float) -> Paragraph:
    size = style.fontSize
    while True:
        paragraph = Paragraph(markup, _resized(style, size))
        if paragraph.wrap(width, height)[1] <= height or size <= 9:
            return paragraph
        size -= 1.5


def _derived(build: Callable[..., ParagraphStyle]) -> Callable[..., ParagraphStyle]:
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


@_derived
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
        size: float = 10.5,
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


def legend(size: float = 11.0) -> Table:
    """The "Interessant voor" legend: each audience's symbol with its name."""
    sheet = st.stylesheet()
    cells: list[Any] = [Paragraph("<b>Interessant voor:</b>", sheet.small)]
    widths: list[float] = [80.0]
    for audience in Audience:
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


@_derived
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


def paragraphs(value: str | None, style: ParagraphStyle) -> list[Flowable]:
    """User text as paragraphs: a blank line starts a new one, a single newline breaks."""
    blocks = [block.strip() for block in (value or "").replace("\r\n", "\n").split("\n\n")]
    spaced = _spaced(style)
    return [Paragraph(text(block), spaced) for block in blocks if block]


@_derived
def _spaced(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-block", parent=style, spaceAfter=style.leading * 0.45)


def natural_height(content: Flowable, width: float) -> float:
    """How tall a flowable wants to be at ``width`` (used to share a page between blocks)."""
    return float(content.wrap(width, PAGE_HEIGHT * 100)[1])


def grid_style(header_rows: int = 1) -> TableStyle:
    """Lines and a banded header for the tabular printouts (lists, hours, sign-in)."""
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), st.BAND),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.5, st.RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )


def figure_tiles(
    values: list[tuple[str, str, str]], width: float, background: Any = st.TINT
) -> Table:
    """Key figures as big numbers over small labels (and an optional note), side by side."""
    sheet = st.stylesheet()
    figure = ParagraphStyle(
        "figure",
        parent=sheet.body,
        fontName=st.FONT_BOLD,
        fontSize=15,
        leading=19,
        textColor=st.HEADING,
    )
    gap = 8.0
    tile_width = (width - gap * (len(values) - 1)) / len(values)
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
