"""Algemeen beeld: the seed's one-pager, the network partners and the figures.

Page 1 keeps the seed's order: impressions per municipality across the top; success
factors and inspiration side by side; the challenges from both perspectives on the grid's
halves (lines as long as running text), the closing words as a band under them. The
municipality edition adds that municipality's own initiatives under them, in the room its
single impression leaves. The network page follows: the legend,
the links "verder interessant" (moved here from the seed's page one: with an address and
a QR code each they need the room this page has) and the partners (the municipality's
own first), two cards a row (:mod:`flevodesk.reports.overview_network`); then the
figures page (:mod:`flevodesk.reports.overview_figures`).

Nothing is set in a fixed frame and nothing shrinks: the blocks flow down one column of
the grid, columns side by side are rows of one table that splits across a page when the
data outgrows it, and a continuation page carries the running header. Every item with an
audience carries its symbols; the legend explains those that appear, and only those.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import FrameBreak, NextPageTemplate, PageBreak, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import LocalInitiative, OverviewData
from flevodesk.reports.formatting import emphasis, text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph
from flevodesk.reports.overview_figures import figures_story, figures_template
from flevodesk.reports.overview_network import BARE, network_page, with_badges
from flevodesk.reports.wording import words


def title() -> str:
    """The overview's title in the printout's language."""
    return words("Inwonersinitiatieven in Flevoland")


def closing_words() -> tuple[tuple[str, bool], ...]:
    """The closing words, part of the design and not of the data: the seed prints them as
    the answer to the challenges, with trust (VERTROUWEN) standing out."""
    return (
        (words("EXPERIMENTEERRUIMTE"), False),
        (words("VERTROUWEN"), True),
        (words("KIJKEN NAAR WAT KAN"), False),
        (words("KRACHTEN BUNDELEN"), False),
    )


#: The impressions two a row on the grid's halves: five a row broke them every 24
#: characters.
_CARD_COLUMNS = 2
_PARTNERS = "partners"
_CLOSING_PADDING = 6.0


def _side_by_side(columns: list[list[Flowable]], spans: Sequence[int]) -> ly.Table:
    """Blocks in grid columns next to each other, top-aligned; one row that splits at a
    page's foot and goes on at the next page's top."""
    widths: list[float] = []
    cells: list[Any] = []
    for index, (content, span) in enumerate(zip(columns, spans, strict=True)):
        if index:
            widths.append(st.GRID_GUTTER)
            cells.append("")
        widths.append(st.span(span))
        cells.append(content)
    table = ly.Table([cells], colWidths=widths, splitInRow=1, hAlign="LEFT")
    table.setStyle(BARE)
    return table


def _impression_cards(data: OverviewData) -> list[Flowable]:
    sheet = st.stylesheet()
    heading = ly.SectionHeading(words("Impressies uit de gesprekken op straat"), space_before=0)
    if not data.impressions:
        return []
    width = ly.BODY_WIDTH
    per_row = min(len(data.impressions), _CARD_COLUMNS)
    gap = st.GRID_GUTTER
    # A single card (the municipality edition) as wide as running text, not the page.
    card_width = min((width - gap * (per_row - 1)) / per_row, st.measure(st.SIZE_BODY))
    # One table holds all cards, a caption row above a text row, so the tinted text cells
    # of a row share one height; narrow empty columns and rows make the gaps.
    widths: list[float] = []
    for index in range(per_row):
        widths += [card_width] if index == 0 else [gap, card_width]
    rows: list[list[Any]] = []
    heights: list[float | None] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    items = data.impressions
    for start in range(0, len(items), per_row):
        if rows:
            rows.append([""] * len(widths))
            heights.append(gap)
        captions: list[Any] = [""] * len(widths)
        texts: list[Any] = [""] * len(widths)
        caption_row = len(rows)
        for index, item in enumerate(items[start : start + per_row]):
            column = index * 2
            captions[column] = Paragraph(text(item.municipality), sheet.caption)
            texts[column] = Paragraph(text(item.text), sheet.small)
            commands += [
                ("BACKGROUND", (column, caption_row), (column, caption_row), st.BAND),
                ("BACKGROUND", (column, caption_row + 1), (column, caption_row + 1), st.TINT),
            ]
        rows += [captions, texts]
        heights += [None, None]
    grid = ly.Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    grid.setStyle(TableStyle(commands))
    heading.keepWithNext = True
    return [heading, Spacer(1, 2), grid]


def _initiatives(data: OverviewData) -> list[Flowable]:
    """The municipality edition's own initiatives: name, kern or wijk, one line, contact."""
    if not data.initiatives:
        return []
    rows: list[list[Any]] = [
        ly.header_cells(
            (
                words("Initiatief"),
                words("Kern of wijk"),
                words("Waar het om gaat"),
                words("Contact"),
            )
        )
    ]
    for item in data.initiatives:
        rows.append(_initiative_row(item))
    # On the grid: each column's cell padding stands where the gutter would.
    gutter = st.GRID_GUTTER
    widths = [st.span(3) + gutter, st.span(2) + gutter, st.span(4) + gutter, st.span(3)]
    table = ly.Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(ly.grid_style())
    heading = ly.SectionHeading(
        words("Initiatieven in {municipality} ({count})").format(
            municipality=data.municipality, count=len(data.initiatives)
        ),
        space_before=10,
    )
    heading.keepWithNext = True
    return [heading, Spacer(1, 2), table]


def _initiative_row(item: LocalInitiative) -> list[Any]:
    sheet = st.stylesheet()
    return [
        Paragraph(text(item.name), sheet.cell_bold),
        Paragraph(text(item.area or "–"), sheet.cell),
        Paragraph(text(item.line or "–"), sheet.cell),
        Paragraph(text(item.contact or "–"), sheet.cell),
    ]


def _success_factors(data: OverviewData) -> list[Flowable]:
    if not data.success_factors:
        return []
    sheet = st.stylesheet()
    story: list[Flowable] = [ly.SectionHeading(words("Succesfactoren"), space_before=0)]
    for factor in data.success_factors:
        story.append(Paragraph(text(factor.name), sheet.subheading))
        story.append(Paragraph(text(factor.explanation), sheet.small))
    return story


def _inspiration(data: OverviewData, width: float) -> list[Flowable]:
    if not data.practice_groups:
        return []
    sheet = st.stylesheet()
    story: list[Flowable] = [
        ly.SectionHeading(words("Inspiratie vinden bij elkaar"), space_before=0)
    ]
    for group in data.practice_groups:
        heading = Paragraph(text(group.heading), sheet.subheading)
        story.append(with_badges(heading, group.audiences, width))
        for item in group.items:
            story.append(
                with_badges(
                    Paragraph(text(item.name), ly.entry(sheet.small)), item.audiences, width
                )
            )
    return story


def _challenges(items: tuple[str, ...], heading: str) -> list[Flowable]:
    if not items:
        return []
    sheet = st.stylesheet()
    story: list[Flowable] = [Paragraph(text(heading.upper()), sheet.subheading), Spacer(1, 2)]
    story.extend(ly.bullet(emphasis(item), sheet.small) for item in items)
    return story


def _closing(width: float) -> list[Flowable]:
    """The closing words as a band under the challenges: trust at the title size, the
    other words on a line below it."""
    sheet = st.stylesheet()
    strong = [word for word, is_strong in closing_words() if is_strong]
    others = [word for word, is_strong in closing_words() if not is_strong]
    story: list[Flowable] = [
        Paragraph(text(" · ".join(strong)), sheet.closing_strong),
        Spacer(1, 2),
        Paragraph(text(" · ".join(others)), sheet.closing),
    ]
    return [ly.panel(story, width, background=st.TINT, border=st.ACCENT, padding=_CLOSING_PADDING)]


def _page_one(data: OverviewData) -> list[Flowable]:
    story = _impression_cards(data)
    # The grid's halves: the success factors' explanations stand in lines of running
    # text's length beside the list of practices.
    pairs = [
        (block, span)
        for block, span in ((_success_factors(data), 6), (_inspiration(data, st.span(6)), 6))
        if block
    ]
    middle = [block for block, _ in pairs]
    if middle:
        spans = [span for _, span in pairs] if len(pairs) > 1 else [12]
        story += [Spacer(1, ly.GAP / 2), _side_by_side(middle, spans)]
    # The two perspectives on the grid's halves, their bullets as long a line as running
    # text (beside the closing words, in four columns each, they broke every 30
    # characters); the closing words as a band under them.
    challenges = [
        block
        for block in (
            _challenges(data.challenges_inwoners, words("Inwoners perspectief")),
            _challenges(data.challenges_gemeente, words("Gemeentelijk perspectief")),
        )
        if block
    ]
    heading = ly.SectionHeading(
        words("Uitdagingen | vraagstukken | behoefte"), space_before=ly.GAP / 2
    )
    heading.keepWithNext = True
    story += [heading, Spacer(1, 2)]
    if challenges:
        story += [_side_by_side(challenges, [12 // len(challenges)] * len(challenges))]
    story += [Spacer(1, ly.GAP / 2), *_closing(ly.BODY_WIDTH)]
    # Below the seed's page, in the room one municipality's single impression leaves;
    # a longer list goes on at the next page's top under its repeated header.
    return story + _initiatives(data)


def _templates() -> list[Any]:
    """Page one and the network page (band and body), continuation pages and the figures."""
    first, later = ly.flowing_templates()
    network = ly.template(_PARTNERS, ly.flowing_templates()[0].frames, auto_next="later")
    return [first, network, later, figures_template()]


def render_overview(data: OverviewData, out: ly.Output) -> None:
    """Write the "algemeen beeld" overview: page one, the partners and the figures, each
    running on over more pages when the data needs them, fonts embedded.

    Args:
        data: the overview material, possibly narrowed to one municipality.
        out: a file path or a binary file object to write the PDF to.
    """
    subtitle = (
        words("Algemeen beeld · gemeente {municipality}").format(municipality=data.municipality)
        if data.municipality
        else words("Algemeen beeld")
    )
    heading = title()
    doc = ly.ReportDocument(
        out,
        title=words("{title} – algemeen beeld").format(title=heading),
        footer=words("Bron: {source}").format(source=data.source),
        running_title=heading,
        templates=_templates(),
    )
    story: list[Flowable] = [
        ly.Band(heading.upper(), subtitle, data.source),
        FrameBreak(),
        *_page_one(data),
        NextPageTemplate(_PARTNERS),
        PageBreak(),
        ly.RunningTitle(words("Netwerk partners")),
        ly.Band(words("NETWERK PARTNERS"), words("In Flevoland en landelijk"), data.source),
        FrameBreak(),
        *network_page(data),
    ]
    if data.figures is not None:
        story += figures_story(data.figures, data.source)
    doc.build_story(story)
