"""The initiative handout: one page a resident can take home, and a stack of them.

The page stands on the stylesheet's twelve-column grid and is stacked from the top down
out of what the initiative's data holds, never filled up with words of its own. Under the
band, what the initiative is stands as the lead at 11 pt across nine columns (55-75
characters a line); under it its figures as tiles across the page: the people helping
now, the hours they gave over the last twelve months, since when it runs. Then two
columns: seven of body text (its aim, its story and where its hours went, 55-75
characters a line) beside a tinted panel of five with the facts a resident looks for
first (where and when, for whom, its themes, who supports it). The invitation to join,
with whom to contact and a QR code to the website, follows right under the taller of the
two, so a short handout ends where its content ends instead of holding a white band
above a box pinned to the foot. A story too long for the page fills it down to the
invitation, which then stands at the foot, and flows on to continuation pages under a
running header with the initiative's name (two columns of six, as long a line). Nothing
shrinks: a block too tall for its place on the page joins the story column's flow
instead, and the next handout of a stack starts on a page of its own.
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
from flevodesk.reports.balanced import balanced_height
from flevodesk.reports.collector import collector_paused
from flevodesk.reports.data import HandoutData
from flevodesk.reports.formatting import long_date, text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph
from flevodesk.reports.wording import words

#: White between the blocks stacked down the page: lead, figures, columns, invitation.
_ROW_GAP = 1.5 * ly.GAP
#: White above the invitation.
_FOOT_GAP = 2 * ly.GAP
#: A lead taller than this share of the body would push the rest off the page: what the
#: initiative is then opens the story column at body size instead.
_LEAD_SHARE = 0.25
#: An invitation taller than this share of the body would crowd out the story: it flows
#: in the story column instead.
_FOOT_SHARE = 0.45
#: Continuation pages: two columns of six, the story's line length kept.
_LATER = "later"
#: The layouts of :class:`_Rows` under the figures.
_SIDE, _TWO = "side", "two"


def _subtitle(data: HandoutData) -> str:
    place = f"{data.area}, {data.municipality}" if data.area else data.municipality
    return words("Inwonersinitiatief in {place}").format(place=place)


@dataclass(frozen=True)
class _Rows:
    """Where the first page's blocks stand, top to bottom, in points: the lead's and the
    figures' heights (0 without them), the bottom of the two columns and the invitation's
    bottom and height (0 when it flows in the story column)."""

    lead: int = 0
    figures: int = 0
    columns_bottom: int = int(ly.BODY_BOTTOM)
    foot_bottom: int = int(ly.BODY_BOTTOM)
    foot: int = 0
    #: What stands under the figures: the story column beside the facts panel
    #: (:data:`_SIDE`), or without a panel the story down the left half and on at the
    #: right (:data:`_TWO`).
    layout: str = "side"

    @property
    def columns_top(self) -> float:
        top = float(ly.BODY_TOP)
        for height in (self.lead, self.figures):
            if height:
                top -= height + _ROW_GAP
        return top

    @property
    def template(self) -> str:
        return f"first-{self.layout}-{self.lead}-{self.figures}-{self.columns_bottom}-{self.foot}"


@dataclass(frozen=True)
class _Plan:
    """One handout laid out: its rows and its flowables from the band on."""

    rows: _Rows
    story: list[Flowable]

    @property
    def template(self) -> str:
        return self.rows.template


def _height(story: list[Flowable], width: float) -> int:
    # One point to spare: a frame exactly as tall as its content may refuse it.
    return math.ceil(hb.column_height(story, width)) + 1


def _invitation(data: HandoutData) -> tuple[Flowable, int]:
    """The invitation and its height; (a spacer, 0) when it is too tall to be a foot."""
    invitation = hb.invitation(data)
    foot = _height([invitation], ly.BODY_WIDTH)
    if foot <= _FOOT_SHARE * (ly.BODY_TOP - ly.BODY_BOTTOM):
        return invitation, foot
    return Spacer(0, 0), 0


def _plan(data: HandoutData) -> _Plan:
    """The page from the top down: the lead, the figures, the story column beside the
    facts, and the invitation right under the taller of the two, so a short handout ends
    where its content does instead of leaving a white band above a box at the foot; a
    story too long for the page fills it down to the invitation at the foot and flows on."""
    body = ly.BODY_TOP - ly.BODY_BOTTOM
    lead = hb.lead(data)
    lead_height = _height(lead, hb.LEAD_WIDTH)
    if data.description and lead_height > _LEAD_SHARE * body:
        lead, lead_height = [], 0
    figures = hb.figures(data)
    figures_height = _height([figures], ly.BODY_WIDTH) if figures else 0
    invitation, foot = _invitation(data)
    top = _Rows(lead_height, figures_height).columns_top
    room = top - ly.BODY_BOTTOM - (foot + _FOOT_GAP if foot else 0)
    side, main, layout, columns = _columns(data, description=not lead, foot=foot, room=room)
    if foot and columns <= room:
        bottom = math.floor(top - columns)
        rows = _Rows(
            lead_height,
            figures_height,
            bottom,
            math.floor(bottom - _FOOT_GAP) - foot,
            foot,
            layout,
        )
    else:
        bottom = math.floor(ly.BODY_BOTTOM + (foot + _FOOT_GAP if foot else 0))
        rows = _Rows(lead_height, figures_height, bottom, int(ly.BODY_BOTTOM), foot, layout)
    return _Plan(
        rows,
        [
            ly.RunningTitle(data.name),
            # No status in the corner: "Actief" is the makelaar's word, not the resident's.
            ly.Band(data.name, _subtitle(data)),
            FrameBreak(),
            *([*lead, FrameBreak()] if lead else []),
            *([figures, FrameBreak()] if figures else []),
            *([invitation, FrameBreak()] if foot else []),
            *([*side, FrameBreak()] if layout == _SIDE else []),
            *main,
        ],
    )


def _columns(
    data: HandoutData, *, description: bool, foot: int, room: float
) -> tuple[list[Flowable], list[Flowable], str, float]:
    """What stands under the figures: the facts panel (or nothing), the story's flow,
    the layout and how tall the columns stand. The story's column stands beside the
    panel; without one it takes both halves rather than leave one white, balanced when
    it fits the page and else down the left half and on at the right."""
    facts = hb.facts(data)
    panel = hb.facts_panel(facts) if facts else None
    side_height = _height([panel], hb.SIDE_WIDTH) if panel is not None else 0
    beside = panel is not None and side_height <= room

    def flow() -> list[Flowable]:
        story = hb.main_column(data, description=description)
        if facts and not beside:
            story += [Spacer(1, 2 * ly.GAP), *hb.facts(data)]
        if not foot:
            # Narrow enough for a continuation page's column as well.
            story += [Spacer(1, 2 * ly.GAP), *hb.joining(data), Spacer(1, ly.GAP)]
            story += hb.contact(data, st.span(6))
        return story

    main = flow()
    if beside and panel is not None:
        return [panel], main, _SIDE, max(_height(main, hb.MAIN_WIDTH), side_height)
    if not main:
        return [], main, _SIDE, 0
    both = balanced_height(flow, hb.MAIN_WIDTH, room, _height(main, hb.MAIN_WIDTH))
    # Too long for two columns on this page: both run down to the invitation.
    return [], main, _TWO, room + 1 if both is None else both


def handout_story(data: HandoutData) -> list[Flowable]:
    """The flowables of one handout, from the band on, for a first page made with the
    template :func:`first_template` gives for it."""
    return _plan(data).story


def _first_template(rows: _Rows) -> PageTemplate:
    """The band, the lead and the figures across the top, the invitation (when it has a
    place of its own), then the side column and the story column, which flows on to
    later pages."""
    frames = [ly.band_frame()]
    top = ly.BODY_TOP
    if rows.lead:
        frames.append(ly.frame("lead", ly.MARGIN, top - rows.lead, hb.LEAD_WIDTH, rows.lead))
        top -= rows.lead + _ROW_GAP
    if rows.figures:
        frames.append(
            ly.frame("figures", ly.MARGIN, top - rows.figures, ly.BODY_WIDTH, rows.figures)
        )
        top -= rows.figures + _ROW_GAP
    if rows.foot:
        frames.append(ly.frame("foot", ly.MARGIN, rows.foot_bottom, ly.BODY_WIDTH, rows.foot))
    height = top - rows.columns_bottom
    bottom = rows.columns_bottom
    side = ly.frame("side", hb.SIDE_X, bottom, hb.SIDE_WIDTH, height)
    main = ly.frame("main", ly.MARGIN, bottom, hb.MAIN_WIDTH, height)
    # Without a panel the story flows from the left half on to the right.
    frames += [side, main] if rows.layout == _SIDE else [main, side]
    return ly.template(rows.template, frames, auto_next=_LATER)


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
    for rows in [plan.rows for plan in plans] or [_Rows()]:
        if rows.template not in templates:
            templates[rows.template] = _first_template(rows)
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
