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
_TOP_ROW = 180.0
_PEOPLE_ROW = 120.0
_PIPELINE = 190.0


def figures_template() -> PageTemplate:
    """The band and one body frame; what does not fit goes on under the running header."""
    body = ly.frame(
        "figures", ly.MARGIN, ly.BODY_BOTTOM, ly.BODY_WIDTH, ly.BODY_TOP - ly.BODY_BOTTOM
    )
    return ly.template(TEMPLATE, [ly.band_frame(), body], auto_next="later")


def _places(areas: tuple[QuietArea, ...]) -> str:
    return ", ".join(f"{a.area} ({a.municipality})" for a in areas)


def _quiet(figures: OverviewFigures) -> list[Flowable]:
    sheet = st.stylesheet()
    most = figures.quiet_at_most
    rule = (
        words("Wijken en kernen met initiatieven, waarvan er geen actief is.")
        if most == 0
        else words("Wijken en kernen met initiatieven, waarvan hoogstens {most} actief.").format(
            most=number(most)
        )
    )
    places: list[Flowable] = [
        Paragraph(text(rule), sheet.small),
        Spacer(1, 2),
        Paragraph(text(_places(figures.quiet) or words("Geen.")), sheet.body),
    ]
    if figures.without_initiatives:
        count = len(figures.without_initiatives)
        places += [
            Spacer(1, 6),
            Paragraph(
                text(words("Nog geen initiatief bekend ({count}):").format(count=count))
                + " "
                + text(_places(figures.without_initiatives)),
                sheet.small,
            ),
        ]
    # Two columns of six: the long lists of places in lines of running text's length,
    # in the room the charts leave on the page.
    return [ly.SectionHeading(words("Minder actieve wijken en kernen")), ly.two_columns(places)]


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
    """The page's flowables, from a page break on; the document needs
    :func:`figures_template` among its templates and a "later" template to go on to."""
    sheet = st.stylesheet()
    half = st.span(6)
    as_of = (
        words("stand op {date}").format(date=printed_date(figures.as_of)) if figures.as_of else ""
    )
    story: list[Flowable] = [
        NextPageTemplate(TEMPLATE),
        PageBreak(),
        ly.Band(
            words("IN CIJFERS"), words("Initiatieven, vrijwilligers, uren en aanvragen"), source
        ),
        FrameBreak(),
    ]
    if figures.empty:
        # A fresh database: one sentence instead of charts of zeros.
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
