"""The initiative handout: one page a resident can take home, and a stack of them.

The page has two blocks under the band: the practical part (what it is, how to join, who
is wanted beside a panel with where, when, whom to contact, a QR code to the website and
who supports it) and the story. Nothing shrinks: a story longer than the page has room
for continues on a second page under a running header with the initiative's name, and
the next handout of a stack starts on a page of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import (
    Flowable,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    Spacer,
    TableStyle,
)

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.collector import collector_paused
from flevodesk.reports.data import HandoutData
from flevodesk.reports.formatting import long_date, text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph
from flevodesk.reports.qr import QrCode, short_address
from flevodesk.reports.wording import words

_PANEL_SHARE = 0.38
#: 22 mm: a phone reads the code from a hand's length.
_QR_SIZE = 62.0


def _subtitle(data: HandoutData) -> str:
    place = f"{data.area}, {data.municipality}" if data.area else data.municipality
    return words("Inwonersinitiatief in {place}").format(place=place)


def _where_when(data: HandoutData) -> list[str]:
    lines = []
    if data.location:
        lines.append(_labelled(words("Waar:"), data.location))
        if data.location_temporary:
            temporary = (
                words("Tijdelijke locatie tot {date}").format(date=long_date(data.location_until))
                if data.location_until
                else words("Tijdelijke locatie")
            )
            lines.append(f"<i>{text(temporary)}</i>")
    if data.schedule:
        lines.append(_labelled(words("Wanneer:"), data.schedule))
    return lines


def _contact(data: HandoutData) -> list[str]:
    lines = []
    if data.contact_names:
        lines.append(_labelled(words("Kartrekkers:"), ", ".join(data.contact_names)))
    if data.contact_phone:
        lines.append(_labelled(words("Telefoon:"), data.contact_phone))
    if data.contact_email:
        lines.append(_labelled(words("E-mail:"), data.contact_email))
    if data.website:
        lines.append(_labelled(words("Website:"), short_address(data.website)))
    return lines


def _labelled(label: str, value: str) -> str:
    """A fixed label in bold before the user's own text."""
    return f"<b>{text(label)}</b> {text(value)}"


def _panel(data: HandoutData, width: float) -> Flowable:
    return ly.panel(_panel_story(data), width, padding=10)


def _panel_story(data: HandoutData) -> list[Flowable]:
    sheet = st.stylesheet()
    story: list[Flowable] = []
    contact = _contact(data)
    # Names of partners, themes and groups recur from one initiative to the next.
    sections = [
        (words("Waar en wanneer"), _where_when(data), False),
        (words("Contact"), contact, False),
        (words("Gesteund door"), [text(name) for name in data.partners], True),
        (words("Thema's"), [text(", ".join(data.themes))] if data.themes else [], True),
        (
            words("Voor wie"),
            [text(", ".join(data.target_groups))] if data.target_groups else [],
            True,
        ),
    ]
    for title, lines, shared in sections:
        if not lines:
            continue
        story.append(ly.SectionHeading(title, size=st.SIZE_BODY, space_before=6 if story else 0))
        story.extend(Paragraph(line, sheet.small, shared=shared) for line in lines)
        if lines is contact and data.website:
            story += [Spacer(1, 4), QrCode(data.website, _QR_SIZE)]
        story.append(Spacer(1, 4))
    if not story:
        story.append(
            Paragraph(text(words("Vraag bij de gemeente naar de contactgegevens.")), sheet.small)
        )
    return story


def _main(data: HandoutData) -> list[Flowable]:
    sheet = st.stylesheet()
    story: list[Flowable] = []
    for title, value, style in (
        (words("Wat is het?"), data.description, sheet.lead),
        (words("Ons doel"), data.goal, sheet.body),
        (words("Doe mee"), data.how_to_join, sheet.body),
    ):
        blocks = ly.paragraphs(value, style)
        if blocks:
            story.append(ly.SectionHeading(title, space_before=10 if story else 0))
            story.extend(blocks)
    roles = [line.strip(" -•*\t") for line in (data.open_roles or "").splitlines()]
    roles = [role for role in roles if role]
    if roles:
        story.append(ly.SectionHeading(words("Wie zoeken we?"), space_before=10 if story else 0))
        story.extend(ly.bullet(text(role), sheet.body) for role in roles)
    if not story:
        story.append(
            Paragraph(
                text(
                    words("{name} is een inwonersinitiatief in {municipality}.").format(
                        name=data.name, municipality=data.municipality
                    )
                ),
                sheet.lead,
            )
        )
    return story


def _top_block(data: HandoutData) -> ly.Table:
    panel_width = ly.BODY_WIDTH * _PANEL_SHARE
    main_width = ly.BODY_WIDTH - panel_width - ly.GAP * 1.5
    table = ly.Table(
        [[_main(data), "", _panel(data, panel_width)]],
        colWidths=[main_width, ly.GAP * 1.5, panel_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _story_block(data: HandoutData) -> list[Flowable]:
    blocks = ly.paragraphs(data.story, st.stylesheet().body)
    if not blocks:
        return []
    return [ly.SectionHeading(words("Ons verhaal"), space_before=0), *blocks]


def handout_story(data: HandoutData) -> list[Flowable]:
    """The flowables of one handout, from the band to the story; a long story flows on
    to a page under the running header."""
    top: list[Flowable] = [_top_block(data)]
    if ly.natural_height(top[0], ly.BODY_WIDTH) > ly.BODY_TOP - ly.BODY_BOTTOM:
        # Taller than a page (a table row cannot break inside one paragraph): the
        # practical part one block after another, the panel's sections after it.
        top = [*_main(data), Spacer(1, ly.GAP), *_panel_story(data)]
    story = _story_block(data)
    return [
        ly.RunningTitle(data.name),
        # No status in the corner: "Actief" is the makelaar's word, not the resident's.
        ly.Band(data.name, _subtitle(data)),
        FrameBreak(),
        *top,
        *([Spacer(1, 2 * ly.GAP), *story] if story else []),
    ]


#: The first page of each handout (band and body); its later pages have the running header.
_FIRST = "first"


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
    doc = ly.ReportDocument(
        out,
        title=handouts[0].name if len(handouts) == 1 else title,
        footer=footer,
        templates=ly.flowing_templates(),
    )
    story: list[Flowable] = []
    for index, data in enumerate(handouts):
        if index:
            story += [NextPageTemplate(_FIRST), PageBreak()]
        story.extend(handout_story(data))
    if not story:
        sheet = st.stylesheet()
        story = [
            ly.Band(title, words("Geen initiatieven gevonden")),
            FrameBreak(),
            Paragraph(text(words("Er zijn geen initiatieven om af te drukken.")), sheet.body),
        ]
    doc.build_story(story)
