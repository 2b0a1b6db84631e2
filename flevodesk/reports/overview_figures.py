"""The overview's third page, "In cijfers": the Overzicht tab's charts on paper.

The drawings are the ones the tab shows (:mod:`flevodesk.reports.charts`), placed at the
page's own size: initiatives per status beside the hours per month, the funding pipeline
across the page, and the areas marked "minder actief" by the threshold the user set.
"""

from __future__ import annotations

from reportlab.platypus import Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from flevodesk.reports import charts
from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.chart_data import OverviewFigures, QuietArea
from flevodesk.reports.formatting import printed_date, text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph

TEMPLATE = "figures"
_TOP_ROW = 230.0
_PIPELINE = 250.0


def figures_frames() -> list[Frame]:
    """The band, two charts side by side, and the rest of the page below them."""
    left, right = ly.columns("charts", ly.BODY_TOP, ly.BODY_TOP - _TOP_ROW, (1.0, 1.0))
    below_top = ly.BODY_TOP - _TOP_ROW - ly.GAP
    below = ly.frame(
        "figures", ly.MARGIN, ly.BODY_BOTTOM, ly.BODY_WIDTH, below_top - ly.BODY_BOTTOM
    )
    return [ly.band_frame(), left, right, below]


def figures_template() -> PageTemplate:
    return ly.template(TEMPLATE, figures_frames())


def _places(areas: tuple[QuietArea, ...]) -> str:
    return ", ".join(f"{a.area} ({a.municipality})" for a in areas)


def _quiet(figures: OverviewFigures) -> list[Flowable]:
    sheet = st.stylesheet()
    most = figures.quiet_at_most
    rule = (
        "Wijken en kernen met initiatieven, waarvan er geen actief is."
        if most == 0
        else f"Wijken en kernen met initiatieven, waarvan hoogstens {most} actief."
    )
    story: list[Flowable] = [
        ly.SectionHeading("Minder actieve wijken en kernen"),
        Paragraph(text(rule), sheet.small),
        Spacer(1, 2),
        Paragraph(text(_places(figures.quiet) or "Geen."), sheet.body),
    ]
    if figures.without_initiatives:
        count = len(figures.without_initiatives)
        story += [
            Spacer(1, 6),
            Paragraph(
                text(f"Nog geen initiatief bekend ({count}): ")
                + text(_places(figures.without_initiatives)),
                sheet.small,
            ),
        ]
    return story


def figures_story(figures: OverviewFigures, source: str) -> list[Flowable]:
    """The page's flowables, from a page break on; the document needs
    :func:`figures_template` among its templates."""
    left, right, below = figures_frames()[1:]
    as_of = f"stand op {printed_date(figures.as_of)}" if figures.as_of else ""
    return [
        NextPageTemplate(TEMPLATE),
        PageBreak(),
        ly.Band("IN CIJFERS", "Initiatieven, vrijwilligersuren en aanvragen", source),
        FrameBreak(),
        charts.status_chart(figures.by_status, left._width, _TOP_ROW),
        FrameBreak(),
        charts.hours_chart(figures.hours, right._width, _TOP_ROW),
        FrameBreak(),
        ly.fit(
            below,
            [
                Spacer(1, 6),
                charts.pipeline_chart(figures.pipeline, below._width, _PIPELINE),
                *(
                    [Paragraph(text(f"Alle cijfers: {as_of}."), st.stylesheet().tiny)]
                    if as_of
                    else []
                ),
                *_quiet(figures),
            ],
        ),
    ]
