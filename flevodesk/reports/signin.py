"""The presentielijst: a sign-in sheet with blank rows for one meeting."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import SigninData
from flevodesk.reports.formatting import long_date, text

_ROW_HEIGHT = 27.0


def render_signin(data: SigninData, out: ly.Output) -> None:
    """Write a presentielijst: the day in Dutch and ``data.rows`` blank rows to sign.

    Twenty rows fill one page; more rows run over onto numbered pages with the header
    row repeated.

    Args:
        data: the initiative, the day and how many rows to print.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    doc = ly.ReportDocument(
        out,
        title=f"Presentielijst {data.initiative}",
        running_title="Presentielijst",
        footer="FlevoDesk · uw gegevens gebruiken we alleen voor deze bijeenkomst",
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
        intro.append(Paragraph(text(place), sheet.body))
    header = [
        Paragraph(label, sheet.header_cell)
        for label in (
            "Nr.",
            "Naam",
            "Telefoon of e-mail <font size=7>(optioneel)</font>",  # 7: st.SIZE_SMALL
            "Handtekening",
        )
    ]
    rows: list[list[Any]] = [header]
    rows += [[Paragraph(str(number), sheet.tiny), "", "", ""] for number in range(1, data.rows + 1)]
    widths = [26.0, ly.BODY_WIDTH * 0.36, ly.BODY_WIDTH * 0.32]
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
            ly.RunningTitle(f"Presentielijst {data.initiative}"),
            ly.Band("Presentielijst", data.initiative),
            FrameBreak(),
            *intro,
            Spacer(1, ly.GAP + 4),
            table,
        ]
    )
