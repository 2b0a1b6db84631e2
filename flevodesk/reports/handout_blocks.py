"""What a handout says, block by block: the story column, the facts beside it and the
invitation to join at the foot of the page.

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
from flevodesk.reports.formatting import long_date, text
from flevodesk.reports.measured import MeasuredParagraph as Paragraph
from flevodesk.reports.qr import QUIET, QrCode, short_address
from flevodesk.reports.qr import runs as qr_runs
from flevodesk.reports.wording import words

#: The story column and the column beside it, on the grid of the stylesheet: seven
#: columns give body text 55-75 characters a line.
MAIN_WIDTH = st.span(7)
SIDE_WIDTH = st.span(5)
SIDE_X = ly.MARGIN + MAIN_WIDTH + st.GRID_GUTTER
#: Inside a tinted box, text keeps this far from its edge.
PADDING = 10.0
#: 25 mm: a phone reads the code from a hand's length, also on a creased sheet.
QR_SIZE = 72.0


def _roles(data: HandoutData) -> list[str]:
    roles = [line.strip(" -•*\t") for line in (data.open_roles or "").splitlines()]
    return [role for role in roles if role]


def main_column(data: HandoutData, size: float = st.SIZE_BODY) -> list[Flowable]:
    """What the initiative is, its aim and its story: the column a resident reads. The
    aim and story stand at ``size``: body size, or the lead's for a column that fits."""
    sheet = st.stylesheet()
    running = sheet.lead if size == st.SIZE_HEADING else sheet.body
    story: list[Flowable] = []
    for title, value, style in (
        (words("Wat is het?"), data.description, sheet.lead),
        (words("Ons doel"), data.goal, running),
        (words("Ons verhaal"), data.story, running),
    ):
        blocks = ly.paragraphs(value, style)
        if blocks:
            story.append(ly.SectionHeading(title, space_before=12 if story else 0))
            story.extend(blocks)
    if not story:
        sentence = words("{name} is een inwonersinitiatief in {municipality}.").format(
            name=data.name, municipality=data.municipality
        )
        story.append(Paragraph(text(sentence), sheet.lead))
    return story


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
    # Names of partners, themes and groups recur from one initiative to the next.
    for title, lines in (
        (words("Voor wie"), [", ".join(data.target_groups)] if data.target_groups else []),
        (words("Thema's"), [", ".join(data.themes)] if data.themes else []),
        (words("Gesteund door"), list(data.partners)),
    ):
        if lines:
            story.append(
                ly.SectionHeading(title, size=st.SIZE_BODY, space_before=6 if story else 0)
            )
            entry = ly.entry(sheet.body)
            story.extend(Paragraph(text(line), entry, shared=True) for line in lines)
    return story


def facts_panel(content: list[Flowable]) -> Flowable:
    return ly.panel(content, SIDE_WIDTH, padding=PADDING)


def _labelled(label: str, value: str) -> str:
    """A fixed label in bold before the user's own text."""
    return f"<b>{text(label)}</b> {text(value)}"


def joining(data: HandoutData, size: float = st.SIZE_BODY) -> list[Flowable]:
    """How to join in and whom the initiative is looking for, at ``size``: body size or
    the lead's."""
    sheet = st.stylesheet()
    style = sheet.lead if size == st.SIZE_HEADING else sheet.body
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
                Paragraph(text(words("Meer weten? Scan de code of ga naar")), sheet.body),
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
    return [code, Spacer(1, 3), Paragraph(text(address), style)]


def invitation(data: HandoutData, size: float = st.SIZE_BODY) -> ly.Table:
    """The foot of the page: how to join on the left (at ``size``), whom to contact on the
    right, on a warm box across the page whose two cells stand on the story and side
    columns; only the contact, under the side column, when there is nothing to join."""
    right = SIDE_WIDTH - 2 * PADDING
    join = joining(data, size)
    cells: list[object] = [join, "", contact(data, right)] if join else [contact(data, right)]
    widths = [MAIN_WIDTH, st.GRID_GUTTER, SIDE_WIDTH] if join else [SIDE_WIDTH]
    table = ly.Table([cells], colWidths=widths, hAlign="RIGHT")
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
