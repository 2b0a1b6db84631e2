"""The verantwoording of one funding application: money, reach, story and dates.

Laid out for the funder who reads it: three amounts first, then what the money reached,
then the story in the initiative's own words, with the dates and particulars alongside.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer, TableStyle

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import FundingReportData
from flevodesk.reports.formatting import euro, hours_minutes, long_date, number, short_date, text


def _tiles(values: list[tuple[str, str, str]], width: float, background: Any = st.TINT) -> ly.Table:
    """Key figures as big numbers over small labels, side by side."""
    sheet = st.stylesheet()
    figure = ParagraphStyle(
        "figure",
        parent=sheet.body,
        fontName=st.FONT_BOLD,
        fontSize=15,
        leading=19,
        textColor=st.HEADING,
    )
    gap = 8.0
    tile_width = (width - gap * (len(values) - 1)) / len(values)
    cells: list[Any] = []
    widths: list[float] = []
    for index, (label, value, note) in enumerate(values):
        if index:
            cells.append("")
            widths.append(gap)
        content = [Paragraph(text(label), sheet.tiny), Paragraph(text(value), figure)]
        if note:
            content.append(Paragraph(text(note), sheet.tiny))
        cells.append(content)
        widths.append(tile_width)
    table = ly.Table([cells], colWidths=widths)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    for index in range(0, len(cells), 2):
        commands.append(("BACKGROUND", (index, 0), (index, 0), background))
        commands.append(("LINEABOVE", (index, 0), (index, 0), 2, st.ACCENT))
    table.setStyle(TableStyle(commands))
    return table


def _facts(rows: list[tuple[str, str]], width: float, label_share: float = 0.42) -> ly.Table:
    sheet = st.stylesheet()
    table = ly.Table(
        [
            [Paragraph(text(label), sheet.cell_bold), Paragraph(text(value), sheet.cell)]
            for label, value in rows
        ],
        colWidths=[width * label_share, width * (1 - label_share)],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, st.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _hours_note(data: FundingReportData) -> str:
    if data.hours_from is None or data.hours_until is None:
        return "geen periode: de aanvraag is nog niet ingediend"
    people = f" · {data.hours_people} vrijwilliger{'s' if data.hours_people != 1 else ''}"
    return f"{short_date(data.hours_from)} t/m {short_date(data.hours_until)}{people}"


def render_funding_report(data: FundingReportData, out: ly.Output) -> None:
    """Write the verantwoording of one funding application on one A4 page.

    Args:
        data: the application with what was reported and the hours logged.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    body = ly.frame("body", ly.MARGIN, ly.BODY_BOTTOM, ly.BODY_WIDTH, ly.BODY_TOP - ly.BODY_BOTTOM)
    doc = ly.ReportDocument(
        out,
        title=f"Verantwoording {data.initiative}",
        footer=f"FlevoDesk · verantwoording · gedrukt op {long_date(data.printed_on)}",
        templates=[ly.template("funding", [ly.band_frame(), body])],
    )
    width = ly.BODY_WIDTH
    unspent = ""
    if data.amount_granted is not None and data.report_costs is not None:
        rest = data.amount_granted - data.report_costs
        unspent = (
            f"niet besteed: {euro(rest)}"
            if rest >= 0
            else f"meer besteed dan toegekend: {euro(-rest)}"
        )
    money = _tiles(
        [
            ("Aangevraagd", euro(data.amount_requested), ""),
            ("Toegekend", euro(data.amount_granted), ""),
            ("Besteed", euro(data.report_costs), unspent),
        ],
        width,
    )
    reach = _tiles(
        [
            ("Mensen bereikt", number(data.people_reached), ""),
            ("Activiteiten", number(data.activities), ""),
            ("Vrijwilligers", number(data.volunteers), ""),
            ("Uren vrijwilligerswerk", hours_minutes(data.hours_minutes), _hours_note(data)),
        ],
        width,
        background=st.TINT_WARM,
    )
    side = width * 0.36
    main = width - side - ly.GAP * 1.5
    particulars = [
        ("Initiatief", data.initiative),
        ("Gemeente", data.municipality),
        ("Financier", data.funder),
    ]
    particulars += [
        (label, value)
        for label, value in (
            ("Regeling", data.scheme),
            ("Titel", data.title),
            ("Domein", data.domain),
        )
        if value
    ]
    particulars.append(("Status", data.status))
    dates = [
        ("Deadline", short_date(data.deadline)),
        ("Ingediend", short_date(data.submitted_on)),
        ("Besluit", short_date(data.decided_on)),
        ("Verantwoorden vóór", short_date(data.accountability_due)),
        ("Verantwoord op", short_date(data.reported_on)),
    ]
    right: list[Flowable] = [
        ly.SectionHeading("Aanvraag", space_before=0),
        _facts(particulars, side),
        ly.SectionHeading("Data", space_before=12),
        _facts(dates, side, label_share=0.62),
    ]
    left: list[Flowable] = [ly.SectionHeading("Het verhaal", space_before=0)]
    left += ly.paragraphs(data.story, sheet.body) or [
        Paragraph("<i>Nog geen verhaal vastgelegd.</i>", sheet.body)
    ]
    if data.rejection_reason:
        left += [
            ly.SectionHeading("Reden van afwijzing"),
            *ly.paragraphs(data.rejection_reason, sheet.body),
        ]
    columns = ly.Table([[left, "", right]], colWidths=[main, ly.GAP * 1.5, side])
    columns.setStyle(
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
    content: list[Flowable] = [
        ly.SectionHeading("Geld", space_before=0),
        money,
        Spacer(1, 6),
        ly.SectionHeading("Bereikt"),
        reach,
        Spacer(1, 14),
        columns,
    ]
    subtitle = " · ".join(part for part in (data.funder, data.scheme) if part)
    story: list[Flowable] = [
        ly.Band(f"Verantwoording {data.initiative}", subtitle, f"Status: {data.status}"),
        FrameBreak(),
        ly.fit(body, content),
    ]
    doc.build_story(story)
