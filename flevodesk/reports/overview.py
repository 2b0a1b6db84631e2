"""Algemeen beeld: the seed's one-pager, plus a second page with the network partners.

Page 1 keeps the seed's order in three bands: impressions per municipality across the top;
success factors, inspiration and further reading in three columns; challenges from both
perspectives beside the closing words. Page 2 carries the legend and the partners in
Flevoland and landelijk; page 3, when the data has figures, the charts
(:mod:`flevodesk.reports.overview_figures`). The top blocks' frames are as tall as their
text; every block still sits in its own frame (shrinking only where the data outgrows
the page), so the printout is two pages (three with the figures).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, FrameBreak, PageBreak, Paragraph, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import OverviewData, PartnerItem
from flevodesk.reports.formatting import emphasis, linked, text
from flevodesk.reports.overview_figures import figures_story, figures_template
from flevodesk.reports.partners import partner_card

TITLE = "Inwonersinitiatieven in Flevoland"
# The closing words are part of the design, not of the data: the seed prints them as the
# answer to the challenges, with trust (VERTROUWEN) standing out.
CLOSING_WORDS: tuple[tuple[str, bool], ...] = (
    ("EXPERIMENTEERRUIMTE", False),
    ("VERTROUWEN", True),
    ("KIJKEN NAAR WAT KAN", False),
    ("KRACHTEN BUNDELEN", False),
)

_CHALLENGE_HEADING = 22.0
# The most the top bands may take, so the challenges keep room when the data grows.
_IMPRESSIONS_MOST = 170.0
_MIDDLE_MOST = 270.0
_CARD_COLUMNS = 5
_MIDDLE = (1.0, 1.0, 1.0)
_BOTTOM = (1.0, 1.0, 0.72)


def _width(weights: tuple[float, ...], index: int) -> float:
    return float(ly.columns("probe", 1.0, 0.0, weights)[index]._width)


def _stack_height(content: list[Flowable], width: float) -> float:
    """How tall ``content`` stands in a frame of ``width``, with the space between blocks."""
    height = 0.0
    for index, block in enumerate(content):
        height += ly.natural_height(block, width) + block.getSpaceAfter()
        height += block.getSpaceBefore() if index else 0.0
    return height


def _frames_page_one(impressions_height: float, middle_height: float) -> list[Frame]:
    """Page one's frames; the top two bands are as tall as their text, so the text is
    set at its own size, and the challenges take what is left."""
    top = ly.BODY_TOP
    impressions = ly.frame(
        "impressions", ly.MARGIN, top - impressions_height, ly.BODY_WIDTH, impressions_height
    )
    middle_top = top - impressions_height - ly.GAP
    middle = ly.columns("middle", middle_top, middle_top - middle_height, _MIDDLE)
    bottom_top = middle_top - middle_height - ly.GAP
    bottom = ly.columns("bottom", bottom_top, ly.BODY_BOTTOM, _BOTTOM)
    heading = ly.frame(
        "challenges",
        ly.MARGIN,
        bottom_top - _CHALLENGE_HEADING,
        bottom[1]._x1 + bottom[1]._width - ly.MARGIN,
        _CHALLENGE_HEADING,
    )
    perspectives = ly.columns(
        "perspective", bottom_top - _CHALLENGE_HEADING, ly.BODY_BOTTOM, _BOTTOM
    )[:2]
    return [ly.band_frame(), impressions, *middle, heading, *perspectives, bottom[2]]


def _frames_page_two() -> list[Frame]:
    legend_height = 40.0
    legend = ly.frame(
        "legend", ly.MARGIN, ly.BODY_TOP - legend_height, ly.BODY_WIDTH, legend_height
    )
    scopes = ly.columns("scope", ly.BODY_TOP - legend_height - ly.GAP, ly.BODY_BOTTOM, [1.0, 1.0])
    return [ly.band_frame(), legend, *scopes]


def _impression_cards(data: OverviewData, width: float) -> list[Flowable]:
    sheet = st.stylesheet()
    heading = ly.SectionHeading("Impressies uit de gesprekken op straat", space_before=0)
    if not data.impressions:
        return [heading, Paragraph("Nog geen impressies vastgelegd.", sheet.small)]
    per_row = min(len(data.impressions), _CARD_COLUMNS)
    gap = 8.0
    card_width = (width - gap * (per_row - 1)) / per_row
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
    return [heading, Spacer(1, 2), grid]


def _success_factors(data: OverviewData) -> list[Flowable]:
    sheet = st.stylesheet()
    story: list[Flowable] = [ly.SectionHeading("Succesfactoren", space_before=0)]
    for factor in data.success_factors:
        story.append(Paragraph(text(factor.name), sheet.subheading))
        story.append(Paragraph(text(factor.explanation), sheet.small))
    return story


def _inspiration(data: OverviewData) -> list[Flowable]:
    sheet = st.stylesheet()
    story: list[Flowable] = [ly.SectionHeading("Inspiratie vinden bij elkaar", space_before=0)]
    if not data.practice_groups:
        story.append(Paragraph("Nog geen voorbeelden vastgelegd.", sheet.small))
    for group in data.practice_groups:
        story.append(Paragraph(text(group.heading), sheet.subheading))
        story.extend(Paragraph(text(item), sheet.small) for item in group.items)
    return story


def _further_reading(data: OverviewData, width: float) -> list[Flowable]:
    sheet = st.stylesheet()
    story: list[Flowable] = []
    for item in data.links:
        story.append(ly.bullet(linked(item.text, item.url), sheet.small))
    if not story:
        story.append(Paragraph("Nog geen verwijzingen vastgelegd.", sheet.small))
    return [
        ly.panel(
            [ly.SectionHeading("Verder interessant", space_before=0), *story],
            width,
            background=st.TINT_WARM,
        )
    ]


def _challenges(items: tuple[str, ...], heading: str) -> list[Flowable]:
    sheet = st.stylesheet()
    story: list[Flowable] = [Paragraph(text(heading.upper()), sheet.subheading), Spacer(1, 3)]
    story.extend(ly.bullet(emphasis(item), sheet.small) for item in items)
    if not items:
        story.append(Paragraph("Nog niets vastgelegd.", sheet.small))
    return story


def _closing(width: float) -> list[Flowable]:
    sheet = st.stylesheet()
    inner = width - 22  # the panel pads 10 each side; 2 more for rounding in the wrap
    words: list[Flowable] = [Spacer(1, 14)]
    for word, strong in CLOSING_WORDS:
        style = sheet.closing_strong if strong else sheet.closing
        # A word must never break inside, so each is set as large as fits the column.
        size = min(style.fontSize, inner / stringWidth(word, style.fontName, 1))
        fitted = ParagraphStyle(
            f"closing-{size:.1f}", parent=style, fontSize=size, leading=size * 1.3
        )
        words.append(Paragraph(text(word), fitted))
        words.append(Spacer(1, 8))
    words.append(Spacer(1, 6))
    return [ly.panel(words, width, background=st.TINT, border=st.ACCENT, padding=10)]


def _partners(title: str, partners: tuple[PartnerItem, ...], width: float) -> list[Flowable]:
    sheet = st.stylesheet()
    story: list[Flowable] = [ly.SectionHeading(title, space_before=0), Spacer(1, 4)]
    for partner in partners:
        story.extend(partner_card(partner, width, details=False))
    if not partners:
        story.append(Paragraph("Nog geen partners vastgelegd.", sheet.small))
    return story


def render_overview(data: OverviewData, out: ly.Output) -> None:
    """Write the "algemeen beeld" overview: two A4 pages and the figures, fonts embedded.

    Args:
        data: the overview material, possibly narrowed to one municipality.
        out: a file path or a binary file object to write the PDF to.
    """
    cards = _impression_cards(data, ly.BODY_WIDTH)
    middle_width = _width(_MIDDLE, 0)
    factors = _success_factors(data)
    inspiring = _inspiration(data)
    reading = _further_reading(data, middle_width)
    page_one = _frames_page_one(
        min(_stack_height(cards, ly.BODY_WIDTH) + 1, _IMPRESSIONS_MOST),
        min(
            max(_stack_height(part, middle_width) for part in (factors, inspiring, reading)) + 1,
            _MIDDLE_MOST,
        ),
    )
    page_two = _frames_page_two()
    (_, impressions, success, inspiration, further, heading, inwoners, gemeente, closing) = page_one
    _, legend_frame, flevoland, landelijk = page_two
    subtitle = "Algemeen beeld" + (f" · gemeente {data.municipality}" if data.municipality else "")
    doc = ly.ReportDocument(
        out,
        title=f"{TITLE} – algemeen beeld",
        footer=f"Bron: {data.source}",
        templates=[
            ly.template("overview", page_one, auto_next="partners"),
            ly.template("partners", page_two),
            figures_template(),
        ],
    )
    story: list[Flowable] = [
        ly.Band(TITLE.upper(), subtitle, data.source),
        FrameBreak(),
        ly.fit(impressions, cards),
        FrameBreak(),
        ly.fit(success, factors),
        FrameBreak(),
        ly.fit(inspiration, inspiring),
        FrameBreak(),
        ly.fit(further, reading),
        FrameBreak(),
        ly.fit(
            heading, [ly.SectionHeading("Uitdagingen | vraagstukken | behoefte", space_before=0)]
        ),
        FrameBreak(),
        ly.fit(inwoners, _challenges(data.challenges_inwoners, "Inwoners perspectief")),
        FrameBreak(),
        ly.fit(gemeente, _challenges(data.challenges_gemeente, "Gemeentelijk perspectief")),
        FrameBreak(),
        ly.fit(closing, _closing(closing._width)),
        PageBreak(),
        ly.Band("NETWERK PARTNERS", "In Flevoland en landelijk", data.source),
        FrameBreak(),
        ly.fit(legend_frame, [ly.SectionHeading("Legenda", space_before=0), ly.legend()]),
        FrameBreak(),
        ly.fit(flevoland, _partners("In Flevoland", data.partners_flevoland, flevoland._width)),
        FrameBreak(),
        ly.fit(landelijk, _partners("Landelijk", data.partners_landelijk, landelijk._width)),
    ]
    if data.figures is not None:
        story += figures_story(data.figures, data.source)
    doc.build_story(story)
