"""The partner network sheet: one section per scope (gemeente, Flevoland, landelijk).

Each scope starts on a new page under its own band and fills two columns of cards; a
scope with more partners than one page holds runs over onto pages with a running header,
rather than shrinking hundreds of partners into unreadable print.
"""

from __future__ import annotations

from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import PartnerItem, PartnerSheetData
from flevodesk.reports.formatting import long_date, text

_WEIGHTS = (1.0, 1.0)
_INTRO_HEIGHT = 34.0


def _column_width() -> float:
    return float(ly.columns("probe", ly.BODY_TOP, ly.BODY_BOTTOM, _WEIGHTS)[0]._width)


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
        labels = ", ".join(st.AUDIENCE_LABELS[a].lower() for a in partner.audiences)
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


def render_partner_sheet(data: PartnerSheetData, out: ly.Output) -> None:
    """Write the partner network sheet: each scope from a new page, pages numbered.

    Args:
        data: partners grouped by scope, in the order to print the groups.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    width = _column_width()
    doc = ly.ReportDocument(
        out,
        title="Netwerk partners",
        footer=f"FlevoDesk · netwerk partners · gedrukt op {long_date(data.printed_on)}",
        templates=ly.flowing_templates(_WEIGHTS, intro_height=_INTRO_HEIGHT),
    )
    story: list[Flowable] = []
    for index, group in enumerate(data.groups):
        if index:
            story += [NextPageTemplate("first"), PageBreak()]
        count = len(group.partners)
        subtitle = f"{count} organisatie{'s' if count != 1 else ''}"
        story += [
            ly.RunningTitle(group.title),
            ly.Band(group.title.upper(), subtitle),
            FrameBreak(),
            ly.legend(),
            FrameBreak(),
        ]
        story += [KeepTogether(partner_card(partner, width)) for partner in group.partners]
        if not group.partners:
            story.append(Paragraph("Nog geen partners in deze groep vastgelegd.", sheet.body))
    if not story:
        story = [ly.Band("NETWERK PARTNERS"), FrameBreak(), ly.legend()]
    doc.build_story(story)
