"""Page frames and templates, and the document every printout builds.

A printout module composes flowables and frames from here; it never sets up a canvas,
fonts or page numbers itself. The blocks, headings and audience symbols live in their own
modules and are offered here too, so a printout needs this one import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFStream, PDFZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from flevodesk.reports import metadata
from flevodesk.reports import styles as st
from flevodesk.reports.audience import AudienceBadges, draw_audience_symbol, legend
from flevodesk.reports.blocks import (
    Table,
    bullet,
    entry,
    facts,
    figure_tiles,
    grid_style,
    header_cells,
    natural_height,
    panel,
    paragraphs,
    prose,
    set_off_totals,
    signature_block,
    two_columns,
)
from flevodesk.reports.collector import collector_paused
from flevodesk.reports.geometry import (
    BAND_HEIGHT,
    BODY_BOTTOM,
    BODY_TOP,
    BODY_WIDTH,
    FOOTER_HEIGHT,
    GAP,
    LATER_TOP,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RUNNING_HEADER,
)
from flevodesk.reports.headings import Band, SectionHeading
from flevodesk.reports.wording import words

__all__ = [
    "BAND_HEIGHT",
    "BODY_BOTTOM",
    "BODY_TOP",
    "BODY_WIDTH",
    "FOOTER_HEIGHT",
    "GAP",
    "LATER_TOP",
    "MARGIN",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "RUNNING_HEADER",
    "AudienceBadges",
    "Band",
    "NumberedCanvas",
    "Output",
    "ReportDocument",
    "RunningTitle",
    "SectionHeading",
    "Table",
    "band_frame",
    "bullet",
    "columns",
    "draw_audience_symbol",
    "draw_footer",
    "draw_running_header",
    "entry",
    "facts",
    "figure_tiles",
    "flowing_templates",
    "frame",
    "grid_style",
    "header_cells",
    "legend",
    "natural_height",
    "panel",
    "paragraphs",
    "prose",
    "set_off_totals",
    "signature_block",
    "template",
    "two_columns",
]

Output = Path | BinaryIO


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
                self.setFont(st.FONT, FOOTER_SIZE)
                self.setFillColor(st.MUTED)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN, MARGIN, page_number(self._pageNumber, total)
                )
            super().showPage()
        self._deflate_only()
        super().save()

    def _deflate_only(self) -> None:
        """Compress page contents without reportlab's ASCII85 armour on top.

        ASCII85 makes binary data printable, a quarter larger, and encoding it in
        Python costs more than compressing; a PDF may hold binary streams, as the
        embedded fonts already are.
        """
        for page in self._doc.Pages.pages:
            if page.compression and page.stream and not page.Contents:
                contents = PDFStream(content=page.stream, filters=[PDFZCompress])
                contents.__Comment__ = "page stream"
                page.Contents = contents


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
        subject: str = "",
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
            author=metadata.author(),
            creator="FlevoDesk",
            subject=subject or metadata.subject() or title,
            lang=metadata.language_tag(),
            invariant=1 if metadata.fixed_date() else 0,
            initialFontName=st.FONT,
            initialFontSize=9,
            pageTemplates=list(templates),
        )
        self.footer = footer
        self.running_title = running_title

    def build_story(self, story: list[Flowable]) -> None:
        """Lay out the story onto numbered pages."""
        with collector_paused():
            self.build(story, canvasmaker=NumberedCanvas)


#: The footer's size: small print, the smallest on any printout.
FOOTER_SIZE = st.SIZE_SMALL


def page_number(number: int, total: int) -> str:
    return words("pagina {number} van {total}").format(number=number, total=total)


def elided(line: str, font: str, size: float, width: float) -> str:
    """``line`` cut at a word with "…" so it fits ``width``: for a running title or a
    footer, which repeat what the first page says in full."""
    if stringWidth(line, font, size) <= width:
        return line
    parts = line.split(" ")
    while len(parts) > 1 and stringWidth(" ".join(parts) + " …", font, size) > width:
        parts.pop()
    return " ".join(parts).rstrip(",;:·") + " …"


def draw_footer(canv: Canvas, doc: ReportDocument) -> None:
    """The footer line every page carries (the page number is added by the canvas).

    The footer leaves room for the largest page number it may stand beside."""
    canv.saveState()
    canv.setStrokeColor(st.RULE)
    canv.setLineWidth(0.5)
    canv.line(MARGIN, MARGIN + 9, PAGE_WIDTH - MARGIN, MARGIN + 9)
    canv.setFont(st.FONT, FOOTER_SIZE)
    canv.setFillColor(st.MUTED)
    room = BODY_WIDTH - stringWidth(page_number(999, 999), st.FONT, FOOTER_SIZE) - GAP
    canv.drawString(MARGIN, MARGIN, elided(doc.footer, st.FONT, FOOTER_SIZE, room))
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
    canv.setFont(st.FONT_BOLD, st.SIZE_HEADING)
    title = elided(doc.running_title, st.FONT_BOLD, st.SIZE_HEADING, BODY_WIDTH - 60)
    continued = words("{title} (vervolg)").format(title=title)
    canv.drawString(MARGIN, PAGE_HEIGHT - RUNNING_HEADER + 11, continued)
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
