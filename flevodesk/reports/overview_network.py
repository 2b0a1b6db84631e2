"""The overview's network page: the legend of the audiences that appear, the links
"verder interessant" two a row with a QR code where they have an address, and the
partners (the municipality's own first), two cards a row; with the audience rows the
overview's page one shares.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.platypus import Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

from flevodesk.domain.enums import Audience
from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import LinkItem, OverviewData, PartnerItem
from flevodesk.reports.formatting import linked, text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph
from flevodesk.reports.partners import card_rows, partner_card
from flevodesk.reports.qr import QrCode, short_address
from flevodesk.reports.wording import words

#: 16 mm: a phone reads it from a hand's length; small enough for a column of links.
_QR_SIZE = 46.0


def with_badges(content: Flowable, audiences: Sequence[Audience], width: float) -> Flowable:
    """``content`` with its audience symbols at the right, top-aligned; alone without."""
    if not audiences:
        return content
    badges = ly.AudienceBadges(audiences)
    room = badges.wrap(width, 20)[0] + 4
    row = ly.Table([[content, badges]], colWidths=[width - room, room])
    row.setStyle(BARE)
    return row


BARE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def _link(item: LinkItem, width: float) -> list[Flowable]:
    """A link: its sentence with the audiences, and where it has an address a QR code
    beside the address as a reader types it. No bullet: each link stands in a cell of its
    own, and its lines keep the indent's room (55 characters rather than 47)."""
    sheet = st.stylesheet()
    parts: list[Flowable] = [
        with_badges(Paragraph(linked(item.text, item.url), sheet.small), item.audiences, width)
    ]
    if item.url:
        address = Paragraph(text(short_address(item.url)), sheet.tiny)
        row = ly.Table(
            [[QrCode(item.url, _QR_SIZE), address]],
            colWidths=[_QR_SIZE + 6, width - _QR_SIZE - 6],
            hAlign="LEFT",
        )
        row.setStyle(TableStyle([*BARE.getCommands(), ("VALIGN", (1, 0), (1, 0), "MIDDLE")]))
        parts += [Spacer(1, 3), row]
    return [*parts, Spacer(1, 6)]


def _further_reading(data: OverviewData) -> list[Flowable]:
    """The links two a row on the grid's halves, a rule above each: their sentences stand
    in lines of running text's length (inside a tinted box's padding they broke at 44)."""
    if not data.links:
        return []
    width = st.span(6)
    cells = [_link(item, width) for item in data.links]
    rows: list[list[Any]] = []
    for first in range(0, len(cells), 2):
        pair = cells[first : first + 2]
        rows.append([pair[0], "", pair[1] if len(pair) > 1 else ""])
    table = ly.Table(rows, colWidths=[width, st.GRID_GUTTER, width], hAlign="LEFT")
    # A rule above every link; the right cell of an odd last row is empty.
    rules = [("LINEABOVE", (0, 0), (0, -1), 0.75, st.ACCENT)]
    if len(cells) > 1:
        rules.append(("LINEABOVE", (2, 0), (2, len(cells) // 2 - 1), 0.75, st.ACCENT))
    table.setStyle(TableStyle([*BARE.getCommands(), *rules, ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    heading = ly.SectionHeading(words("Verder interessant"))
    heading.keepWithNext = True
    return [heading, Spacer(1, 4), table]


def _partners(title: str, partners: tuple[PartnerItem, ...]) -> list[Flowable]:
    if not partners:
        return []
    cell = (ly.BODY_WIDTH - 14.0) / 2
    heading = ly.SectionHeading(title)
    heading.keepWithNext = True
    return [
        heading,
        Spacer(1, 4),
        *card_rows([partner_card(p, cell, details=False) for p in partners], ly.BODY_WIDTH),
    ]


def _used(data: OverviewData) -> set[Audience]:
    """The audiences some item on the pages carries: the legend explains only these."""
    found: set[Audience] = set()
    partners: Iterable[PartnerItem] = (
        *data.partners_local,
        *data.partners_flevoland,
        *data.partners_landelijk,
    )
    for partner in partners:
        found.update(partner.audiences)
    for group in data.practice_groups:
        found.update(group.audiences)
        for item in group.items:
            found.update(item.audiences)
    for link in data.links:
        found.update(link.audiences)
    return found


def network_page(data: OverviewData) -> list[Flowable]:
    sheet = st.stylesheet()
    story: list[Flowable] = []
    used = _used(data)
    if used:
        story += [ly.SectionHeading(words("Legenda"), space_before=0), ly.legend(shown=used)]
    story += _further_reading(data)
    place = data.municipality
    if place:
        story += _partners(words("In {place}").format(place=place), data.partners_local)
    story += _partners(words("In Flevoland"), data.partners_flevoland)
    story += _partners(words("Landelijk"), data.partners_landelijk)
    if not (data.partners_local or data.partners_flevoland or data.partners_landelijk):
        story.append(Paragraph(text(words("Nog geen partners vastgelegd.")), sheet.body))
    return story
