"""The partner network sheet: one section per scope (gemeente, Flevoland, landelijk).

The scopes follow one another under one band, each a grid of cards two by two, so a
network of a dozen partners takes one page instead of a page per scope; more partners run
over onto pages with a running header rather than shrinking into unreadable print. The
legend explains only the symbols the cards carry.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer, TableStyle

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.audience import audience_label
from flevodesk.reports.data import PartnerItem, PartnerSheetData
from flevodesk.reports.formatting import long_date, text

_INTRO_HEIGHT = 34.0
_GUTTER = 14.0  # points between the two columns of cards


def partner_card(partner: PartnerItem, width: float, *, details: bool = True) -> list[Flowable]:
    """One partner: name with audience symbols, what it offers and how to reach it.

    Args:
        partner: the organisation.
        width: the column width.
        details: also print kind, audiences in words, e-mail, phone and contact persons;
            the overview leaves them out and keeps only the website.
    """
    sheet = st.stylesheet()
    badges = ly.AudienceBadges(partner.audiences, size=10)
    badge_width = badges.wrap(width, 20)[0]
    head = ly.Table(
        [[Paragraph(text(partner.name), sheet.subheading), badges]],
        colWidths=[width - badge_width - 4, badge_width + 4],
    )
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, st.ACCENT),
            ]
        )
    )
    parts: list[Flowable] = [head, Spacer(1, 2.5)]
    if not details:
        if partner.offers:
            parts.append(Paragraph(text(partner.offers), sheet.small))
        if partner.website:
            parts.append(Paragraph(text(partner.website), sheet.tiny))
        parts.append(Spacer(1, 9))
        return parts
    facts = [fact for fact in (partner.kind, partner.municipality) if fact]
    if partner.audiences:
        labels = ", ".join(audience_label(a).lower() for a in partner.audiences)
        facts.append(f"interessant voor {labels}")
    if facts:
        parts.append(Paragraph(text(" · ".join(facts)), sheet.tiny))
    if partner.offers:
        parts.append(Paragraph(text(partner.offers), sheet.small))
    reach = [value for value in (partner.website, partner.email, partner.phone) if value]
    if reach:
        parts.append(Paragraph(text(" · ".join(reach)), sheet.tiny))
    for contact in partner.contacts:
        known = [value for value in (contact.role, contact.phone, contact.email) if value]
        suffix = f" – {text(', '.join(known))}" if known else ""
        parts.append(Paragraph(f"<b>{text(contact.name)}</b>{suffix}", sheet.tiny))
    parts.append(Spacer(1, 10))
    return parts


def card_rows(cards: list[list[Flowable]], width: float) -> list[Flowable]:
    """Cards two by two, top-aligned, so a page holds rows of cards rather than one column
    down the left. Each row is a table of its own: a page breaks between rows, and a
    heading kept with the next flowable keeps only the first row with it."""
    cell = (width - _GUTTER) / 2
    style = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), _GUTTER),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    rows: list[Flowable] = []
    for first in range(0, len(cards), 2):
        pair = cards[first : first + 2]
        row = ly.Table([pair + [[]] * (2 - len(pair))], colWidths=[cell + _GUTTER, cell])
        row.setStyle(style)
        rows.append(row)
    return rows


def render_partner_sheet(data: PartnerSheetData, out: ly.Output) -> None:
    """Write the partner network sheet: the scopes one after another, pages numbered.

    Args:
        data: partners grouped by scope, in the order to print the groups.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    cell = (ly.BODY_WIDTH - _GUTTER) / 2
    doc = ly.ReportDocument(
        out,
        title="Netwerk partners",
        footer=f"FlevoDesk · netwerk partners · gedrukt op {long_date(data.printed_on)}",
        templates=ly.flowing_templates((1.0,), intro_height=_INTRO_HEIGHT),
    )
    total = sum(len(group.partners) for group in data.groups)
    used = {a for group in data.groups for partner in group.partners for a in partner.audiences}
    story: list[Flowable] = [
        ly.RunningTitle("Netwerk partners"),
        ly.Band("NETWERK PARTNERS", f"{total} organisatie{'s' if total != 1 else ''}"),
        FrameBreak(),
    ]
    if used:
        story.append(ly.legend(shown=used))
    story.append(FrameBreak())
    for group in data.groups:
        count = len(group.partners)
        heading = ly.SectionHeading(f"{group.title} ({count})")
        if not group.partners:
            story += [heading, Paragraph("Nog geen partners in deze groep vastgelegd.", sheet.body)]
            continue
        # The heading stays with the first row of cards, never alone at a page's foot.
        heading.keepWithNext = True
        story += [
            heading,
            *card_rows([partner_card(p, cell) for p in group.partners], ly.BODY_WIDTH),
        ]
    doc.build_story(story)
