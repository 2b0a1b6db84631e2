"""The presentielijst: a sign-in sheet with blank rows for one meeting."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import SigninData
from flevodesk.reports.formatting import long_date, text
from flevodesk.reports.wording import words

_ROW_HEIGHT = 27.0
#: The number column's width, wider only where a language's "Nr." needs it.
_NUMBER_WIDTH = 26.0
#: The grid's cell padding left and right (``layout.grid_style``).
_PADDING = 10.0


def render_signin(data: SigninData, out: ly.Output) -> None:
    """Write a presentielijst: the day written out and ``data.rows`` blank rows to sign.

    Twenty rows fill one page; more rows run over onto numbered pages with the header
    row repeated.

    Args:
        data: the initiative, the day and how many rows to print.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    heading = words("Presentielijst")
    titled = words("Presentielijst {initiative}").format(initiative=data.initiative)
    doc = ly.ReportDocument(
        out,
        title=titled,
        running_title=heading,
        footer=words("FlevoDesk · uw gegevens gebruiken we alleen voor deze bijeenkomst"),
        templates=ly.flowing_templates(),
    )
    day_style = ParagraphStyle(
        "day",
        parent=sheet.lead,
        fontName=st.FONT_BOLD,
        fontSize=st.SIZE_HEADING,
        leading=14,
        textColor=st.HEADING,
    )
    place = ", ".join(part for part in (data.location, data.municipality) if part)
    intro: list[Flowable] = [Paragraph(text(long_date(data.day, weekday=True)), day_style)]
    if place:
        intro.append(Paragraph(text(place), ly.prose(sheet.body)))
    number_label = words("Nr.")
    header = [
        Paragraph(label, sheet.header_cell)
        for label in (
            text(number_label),
            text(words("Naam")),
            # 7: st.SIZE_SMALL
            f"{text(words('Telefoon of e-mail'))} <font size=7>{text(words('(optioneel)'))}</font>",
            text(words("Handtekening")),
        )
    ]
    rows: list[list[Any]] = [header]
    rows += [[Paragraph(str(number), sheet.tiny), "", "", ""] for number in range(1, data.rows + 1)]
    cell = sheet.header_cell
    number_width = stringWidth(number_label, cell.fontName, cell.fontSize) + _PADDING + 0.5
    widths = [max(_NUMBER_WIDTH, number_width), ly.BODY_WIDTH * 0.36, ly.BODY_WIDTH * 0.32]
    widths.append(ly.BODY_WIDTH - sum(widths))
    table = ly.Table(
        rows, colWidths=widths, repeatRows=1, rowHeights=[None] + [_ROW_HEIGHT] * data.rows
    )
    style = ly.grid_style()
    style.add("LINEAFTER", (0, 1), (-2, -1), 0.4, st.RULE)
    style.add("VALIGN", (0, 1), (0, -1), "BOTTOM")
    table.setStyle(style)
    doc.build_story(
        [
            ly.RunningTitle(titled),
            ly.Band(heading, data.initiative),
            FrameBreak(),
            *intro,
            Spacer(1, ly.GAP + 4),
            table,
        ]
    )
