"""What a handout says, block by block: the lead, the figures, the story column, the facts
beside it and the invitation to join.

Each block comes in two forms: laid out on the grid (a tinted panel, the invitation's two
cells) for a page that holds it, and as plain flowables that break across pages for data
too long for any page. :mod:`flevodesk.reports.handout` decides which fits.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, TableStyle

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import HandoutData
from flevodesk.reports.formatting import long_date, number, text
from flevodesk.reports.handout_hours import ActivityHours, whole_hours
from flevodesk.reports.measured import MeasuredParagraph as Paragraph
from flevodesk.reports.qr import QUIET, QrCode, short_address
from flevodesk.reports.qr import runs as qr_runs
from flevodesk.reports.wording import words

#: The lead across the page's top, the story column and the column beside it, on the
#: grid of the stylesheet: nine columns give the lead and six body text 55-75
#: characters a line; the facts panel takes the rest of the body.
LEAD_WIDTH = st.measure(st.SIZE_HEADING)
MAIN_WIDTH = st.measure(st.SIZE_BODY)
SIDE_WIDTH = float(ly.BODY_WIDTH) - MAIN_WIDTH - st.GRID_GUTTER
SIDE_X = ly.MARGIN + MAIN_WIDTH + st.GRID_GUTTER
#: Inside a tinted box, text keeps this far from its edge.
PADDING = 10.0
#: 25 mm: a phone reads the code from a hand's length, also on a creased sheet.
QR_SIZE = 72.0


def _roles(data: HandoutData) -> list[str]:
    roles = [line.strip(" -•*\t") for line in (data.open_roles or "").splitlines()]
    return [role for role in roles if role]


def lead(data: HandoutData) -> list[Flowable]:
    """What the initiative is, at the lead's size across the lead's wider measure: the
    first thing a resident reads; one sentence from its name when it says nothing more."""
    sheet = st.stylesheet()
    blocks = ly.paragraphs(data.description, sheet.lead)
    if blocks:
        return [ly.SectionHeading(words("Wat is het?"), space_before=0), *blocks]
    sentence = words("{name} is een inwonersinitiatief in {municipality}.").format(
        name=data.name, municipality=data.municipality
    )
    return [Paragraph(text(sentence), sheet.lead)]


def main_column(data: HandoutData, *, description: bool = False) -> list[Flowable]:
    """Its aim, its story and where its hours went, at body size: the column a resident
    reads on. With ``description`` what it is opens the column, for a description too
    long to stand as the lead above it."""
    sheet = st.stylesheet()
    story: list[Flowable] = []
    for title, value, shown in (
        (words("Wat is het?"), data.description, description),
        (words("Ons doel"), data.goal, True),
        (words("Ons verhaal"), data.story, True),
    ):
        blocks = ly.paragraphs(value, sheet.body) if shown else []
        if blocks:
            story.append(ly.SectionHeading(title, space_before=12 if story else 0))
            story.extend(blocks)
    if data.activities:
        story.append(
            ly.SectionHeading(
                words("Onze uren, de afgelopen 12 maanden"), space_before=12 if story else 0
            )
        )
        story.append(ActivityHours(data.activities))
    return story


def figures(data: HandoutData) -> Flowable | None:
    """The initiative in figures across the page: who helps now, the hours they gave
    over the last twelve months and since when it runs; None when it has none of them
    (a nought would tell a resident nothing)."""
    tiles: list[tuple[str, str, str]] = []
    if data.volunteers:
        tiles.append((words("Vrijwilligers"), number(data.volunteers), words("doen nu mee")))
    if data.minutes_last_year >= 30:
        tiles.append(
            (
                words("Uren gegeven"),
                whole_hours(data.minutes_last_year),
                words("in de afgelopen 12 maanden"),
            )
        )
    if data.started_on:
        tiles.append(
            (
                words("Actief sinds"),
                str(data.started_on.year),
                words("begonnen op {date}").format(date=long_date(data.started_on)),
            )
        )
    return ly.figure_tiles(tiles, ly.BODY_WIDTH) if tiles else None


def column_height(story: list[Flowable], width: float) -> float:
    """How tall ``story`` stands in one column of ``width``, its spacing included."""
    return sum(
        ly.natural_height(flowable, width)
        + float(flowable.getSpaceBefore())
        + float(flowable.getSpaceAfter())
        for flowable in story
    )


def _fact(label: str, value: str) -> list[Flowable]:
    """A fact a resident looks for first (where, when): a small label over the value at
    the lead's size."""
    sheet = st.stylesheet()
    return [
        Paragraph(f"<b>{text(label)}</b>", sheet.tiny, shared=True),
        Paragraph(text(value), sheet.lead),
        Spacer(1, 5),
    ]


def facts(data: HandoutData) -> list[Flowable]:
    """Where and when it meets, for whom, its themes and who supports it; empty when the
    data has none of them."""
    sheet = st.stylesheet()
    story: list[Flowable] = []
    if data.location:
        story += _fact(words("Waar"), data.location)
        if data.location_temporary:
            temporary = (
                words("Tijdelijke locatie tot {date}").format(date=long_date(data.location_until))
                if data.location_until
                else words("Tijdelijke locatie")
            )
            story.insert(-1, Paragraph(f"<i>{text(temporary)}</i>", sheet.body))
    if data.schedule:
        story += _fact(words("Wanneer"), data.schedule)
    # Names of partners, themes and groups recur from one initiative to the next; one a
    # line, so none breaks across two as a list run together would.
    for title, lines in (
        (words("Voor wie"), data.target_groups),
        (words("Thema's"), data.themes),
        (words("Gesteund door"), data.partners),
    ):
        if lines:
            story.append(
                ly.SectionHeading(title, size=st.SIZE_BODY, space_before=6 if story else 0)
            )
            # At the lead's size like where and when: what a resident looks for first.
            entry = ly.entry(sheet.lead)
            story.extend(Paragraph(text(line), entry, shared=True) for line in lines)
    return story


def facts_panel(content: list[Flowable]) -> Flowable:
    return ly.panel(content, SIDE_WIDTH, padding=PADDING)


def _labelled(label: str, value: str) -> str:
    """A fixed label in bold before the user's own text."""
    return f"<b>{text(label)}</b> {text(value)}"


def joining(data: HandoutData) -> list[Flowable]:
    """How to join in and whom the initiative is looking for, at body size: the
    invitation's column is seven wide, the measure of body text."""
    style = st.stylesheet().body
    story: list[Flowable] = list(ly.paragraphs(data.how_to_join, style))
    roles = _roles(data)
    if roles:
        story.append(ly.SectionHeading(words("Wie zoeken we?"), size=st.SIZE_BODY, space_before=6))
        story.extend(ly.bullet(text(role), style) for role in roles)
    if story:
        story.insert(0, ly.SectionHeading(words("Doe mee"), size=st.SIZE_TITLE, space_before=0))
    return story


def contact(data: HandoutData, width: float) -> list[Flowable]:
    """Whom to ask, and the website as a code to scan with its short address; the
    municipality when the initiative gave no way to reach it."""
    entry = ly.entry(st.stylesheet().body)
    # One name a line under its label: a name never breaks across two, and a list of
    # them is not a paragraph squeezed into the narrow column.
    lines = [f"<b>{text(words('Kartrekkers:'))}</b>"] if data.contact_names else []
    lines += [text(name) for name in data.contact_names]
    if data.contact_phone:
        lines.append(_labelled(words("Telefoon:"), data.contact_phone))
    if data.contact_email:
        lines.append(_labelled(words("E-mail:"), data.contact_email))
    story: list[Flowable] = [ly.SectionHeading(words("Contact"), space_before=0)]
    story.extend(Paragraph(line, entry) for line in lines)
    if data.website:
        story += [Spacer(1, 6), *_website(data.website, width)]
    if len(story) == 1:
        story.append(
            Paragraph(text(words("Vraag bij de gemeente naar de contactgegevens.")), entry)
        )
    return story


@st.derived_style
def _address_style(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(
        f"{style.name}-address", parent=style, fontName=st.FONT_BOLD, textColor=st.HEADING
    )


def _website(url: str, width: float) -> list[Flowable]:
    """The code beside the words that say what it is, the address to type under both: at
    the lead's size when it fits the width, else at body size (an address is never
    broken)."""
    sheet = st.stylesheet()
    # The code's quiet zone (light, like the box) hangs into the margin and the gap, so
    # its dark square stands on the column's edge and close to its words.
    modules, _ = qr_runs(url)
    quiet = QR_SIZE * QUIET / (modules + 2 * QUIET)
    column = QR_SIZE - 2 * quiet + 8.0
    code = ly.Table(
        [
            [
                QrCode(url, QR_SIZE),
                # Two short lines broken by hand: the column beside the code is too
                # narrow for running text.
                Paragraph(
                    f"<b>{text(words('Meer weten?'))}</b><br/>"
                    f"{text(words('Scan de code of ga naar'))}",
                    sheet.body,
                ),
            ]
        ],
        colWidths=[column, width - column],
    )
    code.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (0, 0), -quiet),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    address = short_address(url)
    style = _address_style(sheet.lead)
    if stringWidth(address, st.FONT_BOLD, style.fontSize) > width:
        style = _address_style(sheet.body)
    lines = _address_lines(address, style.fontSize, width)
    return [code, Spacer(1, 3), Paragraph("<br/>".join(text(line) for line in lines), style)]


def _address_lines(address: str, size: float, width: float) -> list[str]:
    """The address in lines that fit ``width``, each broken after a "/" as a reader
    types it on; a part too long for a line keeps a line of its own, unbroken."""
    lines = [""]
    for part in address.replace("/", "/\n").split("\n"):
        if lines[-1] and stringWidth(lines[-1] + part, st.FONT_BOLD, size) > width:
            lines.append("")
        lines[-1] += part
    return [line for line in lines if line]


def invitation(data: HandoutData) -> ly.Table:
    """The invitation: how to join on the left, whom to contact on the
    right, on a warm box across the page whose two cells stand on the story and side
    columns; only the contact, as a card of seven columns, when there is nothing to join."""
    join = joining(data)
    if join:
        cells: list[object] = [join, "", contact(data, SIDE_WIDTH - 2 * PADDING)]
        widths = [MAIN_WIDTH, st.GRID_GUTTER, SIDE_WIDTH]
    else:
        # Under the story column it follows, as wide: its sentence stands on one line.
        cells, widths = [contact(data, MAIN_WIDTH - 2 * PADDING)], [MAIN_WIDTH]
    table = ly.Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), st.TINT_WARM),
                ("LINEABOVE", (0, 0), (-1, 0), 2, st.ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
            ]
        )
    )
    if join:
        table.setStyle(TableStyle([("LEFTPADDING", (1, 0), (1, 0), 0)]))
    return table
