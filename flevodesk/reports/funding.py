"""The verantwoording of one funding application: money, reach, story and dates.

Laid out for the funder who reads it: three amounts first, the budget against what was
spent per line, then what the money reached, then the story in the initiative's own
words, with the dates, payments and obligations alongside.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer, TableStyle

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import CostLineItem, FundingReportData, ObligationItem
from flevodesk.reports.formatting import euro, hours_minutes, long_date, number, printed_date, text


def _cost_table(lines: tuple[CostLineItem, ...], width: float) -> ly.Table:
    """Budget lines against actual costs, with the difference and a total row."""
    sheet = st.stylesheet()
    zero = Decimal("0.00")
    rows: list[list[Any]] = [
        ly.header_cells(("Post", "Soort", "Begroot", "Besteed", "Verschil"), numeric=3)
    ]
    for line in lines:
        difference = "" if line.budgeted is None else euro(line.budgeted - line.spent)
        rows.append(
            [
                Paragraph(text(line.description), sheet.cell),
                Paragraph(text(line.cost_type), sheet.cell),
                Paragraph(
                    euro(line.budgeted) if line.budgeted is not None else "niet begroot",
                    sheet.cell_right,
                ),
                Paragraph(euro(line.spent), sheet.cell_right),
                Paragraph(difference, sheet.cell_right),
            ]
        )
    budgeted = sum((line.budgeted or zero for line in lines), zero)
    spent = sum((line.spent for line in lines), zero)
    rows.append(
        [
            Paragraph("Totaal", sheet.cell_bold),
            "",
            Paragraph(f"<b>{euro(budgeted)}</b>", sheet.cell_right),
            Paragraph(f"<b>{euro(spent)}</b>", sheet.cell_right),
            Paragraph(f"<b>{euro(budgeted - spent)}</b>", sheet.cell_right),
        ]
    )
    money = 70.0
    # As wide as its longest kind of cost, so "Vrijwilligersvergoeding" never breaks
    # inside the word; the description takes the rest and wraps at spaces.
    kinds = max(
        (stringWidth(line.cost_type, st.FONT, sheet.cell.fontSize) for line in lines), default=0
    )
    widths = [0.0, min(max(kinds + 12, 80.0), 150.0), money, money, money]
    widths[0] = width - sum(widths)
    table = ly.Table(rows, colWidths=widths, repeatRows=1)
    style = ly.grid_style()
    style.add("LINEABOVE", (0, -1), (-1, -1), 1.2, st.HEADING)
    style.add("BACKGROUND", (0, -1), (-1, -1), st.TINT)
    style.add("TOPPADDING", (0, 0), (-1, -1), 2)
    style.add("BOTTOMPADDING", (0, 0), (-1, -1), 2)
    table.setStyle(style)
    return table


def _payments(data: FundingReportData) -> list[tuple[str, str]]:
    if data.received is None:
        return []
    return [
        ("Voorschot ontvangen", euro(data.advance_received)),
        ("Eindbetaling", euro(data.final_payment)),
        ("Terugbetaald", euro(data.repayment)),
        ("Per saldo ontvangen", euro(data.received)),
    ]


def _obligation_state(item: ObligationItem) -> str:
    due = f"uiterlijk {printed_date(item.due)}" if item.due else "geen datum"
    done = f"gedaan {printed_date(item.done_on)}" if item.done_on else "open"
    return f"{due} · {done}"


def _hours_note(data: FundingReportData) -> str:
    if data.hours_from is None or data.hours_until is None:
        return "geen periode: de aanvraag is nog niet ingediend"
    people = f" · {data.hours_people} vrijwilliger{'s' if data.hours_people != 1 else ''}"
    return f"{printed_date(data.hours_from)} t/m {printed_date(data.hours_until)}{people}"


def render_funding_report(data: FundingReportData, out: ly.Output) -> None:
    """Write the verantwoording of one funding application: one A4 page for typical
    data, continued on numbered pages when the budget or the story is longer.

    Args:
        data: the application with what was reported and the hours logged.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    doc = ly.ReportDocument(
        out,
        title=f"Verantwoording {data.initiative}",
        footer=f"FlevoDesk · verantwoording · gedrukt op {long_date(data.printed_on)}",
        running_title=f"Verantwoording {data.initiative}",
        templates=ly.flowing_templates(),
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
    money = ly.figure_tiles(
        [
            ("Aangevraagd", euro(data.amount_requested), ""),
            ("Toegekend", euro(data.amount_granted), ""),
            ("Besteed", euro(data.report_costs), unspent),
        ],
        width,
    )
    reach = ly.figure_tiles(
        [
            ("Mensen bereikt", number(data.people_reached), ""),
            ("Activiteiten", number(data.activities), ""),
            ("Vrijwilligers", number(data.volunteers), ""),
            ("Uren vrijwilligerswerk", hours_minutes(data.hours_minutes), _hours_note(data)),
        ],
        width,
        background=st.TINT_WARM,
    )
    half = (width - ly.GAP * 1.5) / 2
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
        ("Deadline", printed_date(data.deadline)),
        ("Ingediend", printed_date(data.submitted_on)),
        ("Besluit", printed_date(data.decided_on)),
        ("Verantwoorden vóór", printed_date(data.accountability_due)),
        ("Verantwoord op", printed_date(data.reported_on)),
    ]
    left: list[Flowable] = [
        ly.SectionHeading("Aanvraag", space_before=0),
        ly.facts(particulars, half),
    ]
    right: list[Flowable] = [
        ly.SectionHeading("Data", space_before=0),
        ly.facts(dates, half, label_share=0.5),
    ]
    if payments := _payments(data):
        right += [
            ly.SectionHeading("Betalingen", space_before=12),
            ly.facts(payments, half, label_share=0.5),
        ]
    if data.obligations:
        left += [
            ly.SectionHeading("Verplichtingen", space_before=12),
            ly.facts([(o.what, _obligation_state(o)) for o in data.obligations], half, 0.45),
        ]
    # The facts are short and sit side by side; the story below runs over as many pages
    # as it needs, under the running title, rather than shrinking to fit one page.
    columns = ly.Table([[left, "", right]], colWidths=[half, ly.GAP * 1.5, half])
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
    story_part: list[Flowable] = [ly.SectionHeading("Het verhaal")]
    story_part += ly.paragraphs(data.story, sheet.body) or [
        Paragraph("<i>Nog geen verhaal vastgelegd.</i>", sheet.body)
    ]
    if data.rejection_reason:
        story_part += [
            ly.SectionHeading("Reden van afwijzing"),
            *ly.paragraphs(data.rejection_reason, sheet.body),
        ]
    content: list[Flowable] = [
        ly.SectionHeading("Geld", space_before=0),
        money,
        Spacer(1, 6),
    ]
    if data.cost_lines:
        content += [
            ly.SectionHeading("Begroting en uitgaven"),
            _cost_table(data.cost_lines, width),
            Spacer(1, 6),
        ]
    content += [
        ly.SectionHeading("Bereikt"),
        reach,
        Spacer(1, 14),
        columns,
        *story_part,
    ]
    subtitle = " · ".join(part for part in (data.funder, data.scheme) if part)
    story: list[Flowable] = [
        ly.Band(f"Verantwoording {data.initiative}", subtitle, f"Status: {data.status}"),
        FrameBreak(),
        *content,
    ]
    doc.build_story(story)
