"""The initiative handout: one page a resident can take home, and a stack of them.

The page stands on the stylesheet's twelve-column grid. Under the band, seven columns
carry what the initiative is, its aim and its story (body text 55-75 characters a line);
the five beside them the facts a resident looks for first: where and when it meets, for
whom, its themes and who supports it. Across the foot of the page stands the invitation:
how to join and whom the initiative looks for, beside whom to contact and a QR code to
the website with its short address. So a short story leaves calm space between the two,
not a blank lower half, and a long one flows on to a second page under a running header
with the initiative's name (two columns of six, as long a line), while the invitation
keeps its place on the first. Nothing shrinks: a block too tall for its place on the page
joins the story column's flow instead, and the next handout of a stack starts on a page
of its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import (
    Flowable,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from flevodesk.reports import handout_blocks as hb
from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.collector import collector_paused
from flevodesk.reports.data import HandoutData
from flevodesk.reports.formatting import long_date, text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph
from flevodesk.reports.wording import words

#: White between the columns and the invitation at the foot.
_FOOT_GAP = 2 * ly.GAP
#: An invitation taller than this share of the body would crowd out the story: it flows
#: in the story column instead.
_FOOT_SHARE = 0.45
#: The invitation reads larger while it takes no more than this share of the body.
_FOOT_LARGER = 0.3
#: Continuation pages: two columns of six, the story's line length kept.
_LATER = "later"


def _subtitle(data: HandoutData) -> str:
    place = f"{data.area}, {data.municipality}" if data.area else data.municipality
    return words("Inwonersinitiatief in {place}").format(place=place)


@dataclass(frozen=True)
class _Plan:
    """One handout laid out: the height of its invitation at the foot of the first page
    (0 when it flows in the story column) and its flowables from the band on."""

    foot: int
    story: list[Flowable]

    @property
    def template(self) -> str:
        return f"first-{self.foot}"


def _invitation(data: HandoutData) -> tuple[Flowable, int]:
    """The invitation and its height: at the lead's size while it stays a modest foot, at
    body size while it fits one at all; (None, 0) when it is taller still."""
    body = ly.BODY_TOP - ly.BODY_BOTTOM
    for size, share in ((st.SIZE_HEADING, _FOOT_LARGER), (st.SIZE_BODY, _FOOT_SHARE)):
        invitation = hb.invitation(data, size)
        foot = math.ceil(ly.natural_height(invitation, ly.BODY_WIDTH)) + 1
        if foot <= share * body:
            return invitation, foot
    return Spacer(0, 0), 0


def _plan(data: HandoutData) -> _Plan:
    invitation, foot = _invitation(data)
    room = ly.BODY_TOP - _columns_bottom(foot)
    head: list[Flowable] = [invitation, FrameBreak()] if foot else []
    side: list[Flowable] = []
    tail: list[Flowable] = []
    facts = hb.facts(data)
    if facts:
        panel = hb.facts_panel(facts)
        if ly.natural_height(panel, hb.SIDE_WIDTH) <= room:
            side = [panel]
        else:
            tail += [Spacer(1, 2 * ly.GAP), *facts]
    if not foot:
        # Narrow enough for a continuation page's column as well.
        width = st.span(6)
        tail += [Spacer(1, 2 * ly.GAP), *hb.joining(data), Spacer(1, ly.GAP)]
        tail += hb.contact(data, width)
    return _Plan(
        foot,
        [
            ly.RunningTitle(data.name),
            # No status in the corner: "Actief" is the makelaar's word, not the resident's.
            ly.Band(data.name, _subtitle(data)),
            FrameBreak(),
            *head,
            *side,
            FrameBreak(),
            *_main_column(data, room),
            *tail,
        ],
    )


def _main_column(data: HandoutData, room: float) -> list[Flowable]:
    """The story column at the lead's size when all of it fits its first page so, at body
    size otherwise: a short story reads larger rather than leave the page empty."""
    larger = hb.main_column(data, st.SIZE_HEADING)
    if hb.column_height(larger, hb.MAIN_WIDTH) <= room:
        return larger
    return hb.main_column(data)


def handout_story(data: HandoutData) -> list[Flowable]:
    """The flowables of one handout, from the band on, for a first page made with the
    template :func:`first_template` gives for it."""
    return _plan(data).story


def _columns_bottom(foot: int) -> float:
    return ly.BODY_BOTTOM + (foot + _FOOT_GAP if foot else 0)


def _first_template(plan: _Plan) -> PageTemplate:
    """The band, the invitation's frame at the foot (when it has one), then the side
    column and the story column above it; the story column flows on to later pages."""
    bottom = _columns_bottom(plan.foot)
    height = ly.BODY_TOP - bottom
    frames = [ly.band_frame()]
    if plan.foot:
        frames.append(ly.frame("foot", ly.MARGIN, ly.BODY_BOTTOM, ly.BODY_WIDTH, plan.foot))
    frames += [
        ly.frame("side", hb.SIDE_X, bottom, hb.SIDE_WIDTH, height),
        ly.frame("main", ly.MARGIN, bottom, hb.MAIN_WIDTH, height),
    ]
    return ly.template(plan.template, frames, auto_next=_LATER)


def _later_template() -> PageTemplate:
    width = st.span(6)
    height = ly.LATER_TOP - ly.BODY_BOTTOM
    frames = [
        ly.frame(
            f"later{n}", ly.MARGIN + n * (width + st.GRID_GUTTER), ly.BODY_BOTTOM, width, height
        )
        for n in range(2)
    ]
    return ly.template(_LATER, frames, later=True, auto_next=_LATER)


def render_handout(data: HandoutData, out: ly.Output) -> None:
    """Write one initiative's handout: one A4 page, two for a story longer than it holds.

    Args:
        data: the initiative as residents should read it.
        out: a file path or a binary file object to write the PDF to.
    """
    render_handouts([data], out)


def render_handouts(
    handouts: Sequence[HandoutData], out: ly.Output, *, title: str | None = None
) -> None:
    """Write many handouts into one PDF, each from a new page, numbered "pagina x van y".

    Args:
        handouts: the initiatives, in the order to print them.
        out: a file path or a binary file object to write the PDF to.
        title: the document title shown in a PDF viewer; "Initiatieven" in the printout's
            language when not given.
    """
    with collector_paused():
        _render_handouts(handouts, out, title or words("Initiatieven"))


def _render_handouts(handouts: Sequence[HandoutData], out: ly.Output, title: str) -> None:
    printed = handouts[0].printed_on if handouts else None
    footer = (
        words("FlevoDesk · gedrukt op {date}").format(date=long_date(printed))
        if printed
        else "FlevoDesk"
    )
    plans = [_plan(data) for data in handouts]
    # One first-page template per height of the invitation; the first handout's first,
    # as the document starts on it.
    templates: dict[str, PageTemplate] = {}
    for plan in plans or [_Plan(0, [])]:
        if plan.template not in templates:
            templates[plan.template] = _first_template(plan)
    doc = ly.ReportDocument(
        out,
        title=handouts[0].name if len(handouts) == 1 else title,
        footer=footer,
        templates=[*templates.values(), _later_template()],
    )
    story: list[Flowable] = []
    for index, plan in enumerate(plans):
        if index:
            story += [NextPageTemplate(plan.template), PageBreak()]
        story.extend(plan.story)
    if not story:
        sheet = st.stylesheet()
        story = [
            ly.Band(title, words("Geen initiatieven gevonden")),
            FrameBreak(),
            FrameBreak(),  # past the empty side column
            Paragraph(text(words("Er zijn geen initiatieven om af te drukken.")), sheet.body),
        ]
    doc.build_story(story)
