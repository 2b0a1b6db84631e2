"""The overview's third page, "In cijfers": the Overzicht tab's charts on paper.

The drawings are the ones the tab shows (:mod:`flevodesk.reports.charts`), placed at the
page's own size on the grid's halves: initiatives per status beside the hours per month,
active volunteers beside the hours of the last twelve months per municipality, the funding
pipeline across the page, and the areas marked "minder actief" by the threshold the user
set. A database without any initiative, hours or application gets one sentence instead of
charts of zeros.
"""

from __future__ import annotations

from reportlab.platypus import (
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from flevodesk.reports import charts
from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.chart_data import OverviewFigures, QuietArea
from flevodesk.reports.formatting import number, printed_date, text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph
from flevodesk.reports.wording import words

TEMPLATE = "figures"
_TOP_ROW = 160.0
_PEOPLE_ROW = 110.0
_PIPELINE = 170.0


def figures_template() -> PageTemplate:
    """The band and one body frame; what does not fit goes on under the running header."""
    body = ly.frame(
        "figures", ly.MARGIN, ly.BODY_BOTTOM, ly.BODY_WIDTH, ly.BODY_TOP - ly.BODY_BOTTOM
    )
    return ly.template(TEMPLATE, [ly.band_frame(), body], auto_next="later")


def _by_municipality(areas: tuple[QuietArea, ...]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for area in areas:
        found.setdefault(area.municipality, []).append(area.area)
    return found


def _quiet(figures: OverviewFigures) -> list[Flowable]:
    """The areas as a table, a municipality a row: its quiet areas beside those without
    any initiative. A list of "Almere Hout (Almere), Almere Stad (Almere), ..." named the
    municipality with every area and ran on as one paragraph over two columns."""
    sheet = st.stylesheet()
    most = figures.quiet_at_most
    rule = (
        words("Wijken en kernen met initiatieven, waarvan er geen actief is.")
        if most == 0
        else words("Wijken en kernen met initiatieven, waarvan hoogstens {most} actief.").format(
            most=number(most)
        )
    )
    quiet = _by_municipality(figures.quiet)
    without = _by_municipality(figures.without_initiatives)
    if not quiet:
        rule += " " + words("Zulke wijken en kernen zijn er nu niet.")
    heading = ly.SectionHeading(words("Minder actieve wijken en kernen"))
    heading.keepWithNext = True
    story: list[Flowable] = [heading, Paragraph(text(rule), sheet.small), Spacer(1, 4)]
    if not quiet and not without:
        return story
    label = words("Nog geen initiatief bekend ({count})").format(
        count=number(len(figures.without_initiatives))
    )
    # A column of dashes says nothing: the other list takes its room.
    columns = [
        (heading, areas)
        for heading, areas in ((words("Minder actief"), quiet), (label, without))
        if areas
    ]
    spans = [3, 3, 6] if len(columns) == 2 else [3, 9]
    headings = (words("Gemeente"), *(heading for heading, _ in columns))
    rows: list[list[Flowable]] = [ly.header_cells(tuple(text(name) for name in headings))]
    for municipality in sorted({*quiet, *without}):
        cells = [Paragraph(text(municipality), sheet.cell_bold)]
        cells += [
            Paragraph(text(", ".join(areas.get(municipality, ())) or "–"), sheet.cell)
            for _, areas in columns
        ]
        rows.append(cells)
    # On the grid: each column's cell padding stands where the gutter would.
    widths = [st.span(n) + (st.GRID_GUTTER if i else 0) for i, n in enumerate(spans)]
    table = ly.Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(ly.grid_style())
    return [*story, table]


def _pair(left: Flowable, right: Flowable) -> ly.Table:
    """Two charts side by side on the grid's halves."""
    half = st.span(6)
    table = ly.Table([[left, "", right]], colWidths=[half, st.GRID_GUTTER, half], hAlign="LEFT")
    table.setStyle(_BARE)
    return table


_BARE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def figures_story(figures: OverviewFigures, source: str) -> list[Flowable]:
    """The page's flowables, from a page break on (figures of nothing: a section going on
    where the page before ends); the document needs :func:`figures_template` among its
    templates and a "later" template to go on to."""
    sheet = st.stylesheet()
    half = st.span(6)
    as_of = (
        words("stand op {date}").format(date=printed_date(figures.as_of)) if figures.as_of else ""
    )
    if figures.empty:
        # A fresh database: one sentence instead of charts of zeros, under the network
        # page's partners rather than alone on a page of its own.
        heading = ly.SectionHeading(words("In cijfers"))
        heading.keepWithNext = True
        story: list[Flowable] = [heading]
        nothing = (
            words(
                "Nog geen initiatieven vastgelegd, dus nog geen uren en aanvragen te tellen "
                "({as_of})."
            ).format(as_of=as_of)
            if as_of
            else words(
                "Nog geen initiatieven vastgelegd, dus nog geen uren en aanvragen te tellen."
            )
        )
        story.append(Paragraph(text(nothing), sheet.body))
        return story + _quiet(figures)
    story = [
        NextPageTemplate(TEMPLATE),
        PageBreak(),
        # A page the figures go on to is headed by their title, not the network's.
        ly.RunningTitle(words("In cijfers")),
        ly.Band(
            words("IN CIJFERS"), words("Initiatieven, vrijwilligers, uren en aanvragen"), source
        ),
        FrameBreak(),
    ]
    story.append(
        _pair(
            charts.status_chart(figures.by_status, half, _TOP_ROW),
            charts.hours_chart(figures.hours, half, _TOP_ROW),
        )
    )
    if figures.people is not None:
        story += [
            Spacer(1, ly.GAP),
            _pair(
                charts.volunteers_chart(figures.people, half, _PEOPLE_ROW),
                charts.hours_by_town_chart(figures.people, half, _PEOPLE_ROW),
            ),
        ]
    story += [
        Spacer(1, ly.GAP),
        charts.pipeline_chart(figures.pipeline, ly.BODY_WIDTH, _PIPELINE),
        *(
            [Paragraph(text(words("Alle cijfers: {as_of}.").format(as_of=as_of)), sheet.tiny)]
            if as_of
            else []
        ),
        *_quiet(figures),
    ]
    return story
