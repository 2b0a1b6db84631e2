"""The verantwoording of one funding application: money, reach, story and dates.

Laid out for the funder who reads it: three amounts first, the budget against what was
spent per line, then what the money reached, then the story in the initiative's own
words, with the dates, payments and obligations alongside.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer, TableStyle

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import CostLineItem, FundingReportData, ObligationItem
from flevodesk.reports.formatting import euro, hours_minutes, long_date, number, printed_date, text


def _cost_table(lines: tuple[CostLineItem, ...], width: float, booked: bool) -> ly.Table:
    """Budget lines against actual costs, with the difference and a total row; without
    booked costs the budget alone (zeros in a Besteed column would contradict the
    amount the report gives)."""
    sheet = st.stylesheet()
    zero = Decimal("0.00")
    headings = ("Post", "Soort", "Begroot", "Besteed", "Verschil")
    rows: list[list[Any]] = [
        ly.header_cells(headings if booked else headings[:3], numeric=3 if booked else 1)
    ]
    for line in lines:
        budget = euro(line.budgeted) if line.budgeted is not None else "niet begroot"
        cells = [
            Paragraph(text(line.description), sheet.cell),
            Paragraph(text(line.cost_type), sheet.cell),
            Paragraph(budget, sheet.cell_right),
        ]
        if booked:
            difference = "" if line.budgeted is None else euro(line.budgeted - line.spent)
            cells += [
                Paragraph(euro(line.spent), sheet.cell_right),
                Paragraph(difference, sheet.cell_right),
            ]
        rows.append(cells)
    budgeted = sum((line.budgeted or zero for line in lines), zero)
    spent = sum((line.spent for line in lines), zero)
    totals: list[Any] = [
        Paragraph("Totaal", sheet.cell_bold),
        "",
        Paragraph(f"<b>{euro(budgeted)}</b>", sheet.cell_right),
    ]
    if booked:
        totals += [
            Paragraph(f"<b>{euro(spent)}</b>", sheet.cell_right),
            Paragraph(f"<b>{euro(budgeted - spent)}</b>", sheet.cell_right),
        ]
    rows.append(totals)
    money = 70.0
    # As wide as its longest kind of cost, so "Vrijwilligersvergoeding" never breaks
    # inside the word; the description takes the rest and wraps at spaces.
    kinds = max(
        (stringWidth(line.cost_type, st.FONT, sheet.cell.fontSize) for line in lines), default=0
    )
    widths = [0.0, min(max(kinds + 12, 80.0), 150.0), money, *((money, money) if booked else ())]
    widths[0] = width - sum(widths)
    table = ly.Table(rows, colWidths=widths, repeatRows=1)
    style = ly.grid_style()
    ly.set_off_totals(style, len(rows))
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


def _spent(data: FundingReportData, booked: bool) -> Decimal | None:
    """What was spent, from one source: the booked costs when there are any (the table's
    total, so the tile and the table never disagree), else the amount in the report; then
    the table shows the budget alone."""
    if booked:
        return sum((line.spent for line in data.cost_lines), Decimal("0.00"))
    return data.report_costs


def _booked(data: FundingReportData) -> bool:
    """Whether costs were booked against the budget (or beside it), not only budgeted."""
    return any(line.spent or line.budgeted is None for line in data.cost_lines)


def _late(due: date | None, done: date | None, today: date) -> bool:
    return due is not None and done is None and due < today


def _due(due: date | None, done: date | None, today: date) -> str:
    """The date, marked when it passed with nothing done."""
    shown = printed_date(due)
    return f"{shown} – te laat" if _late(due, done, today) else shown


def _overdue_notes(data: FundingReportData) -> list[Flowable]:
    """A warning above everything when the verantwoording or an obligation is overdue."""
    late: list[str] = []
    if _late(data.accountability_due, data.reported_on, data.printed_on):
        late.append(
            f"De verantwoording had uiterlijk {printed_date(data.accountability_due)} "
            "bij de financier moeten zijn."
        )
    late += [
        f"{o.what}: had uiterlijk {printed_date(o.due)} gedaan moeten zijn."
        for o in data.obligations
        if _late(o.due, o.done_on, data.printed_on)
    ]
    if not late:
        return []
    sheet = st.stylesheet()
    lines = [Paragraph(f"<b>Te laat.</b> {text(late[0])}", sheet.body)]
    lines += [Paragraph(text(line), sheet.body) for line in late[1:]]
    return [ly.panel(lines, ly.BODY_WIDTH, background=st.TINT_WARM), Spacer(1, 8)]


def _obligation_state(item: ObligationItem, today: date) -> str:
    due = f"uiterlijk {printed_date(item.due)}" if item.due else "geen datum"
    done = f"gedaan {printed_date(item.done_on)}" if item.done_on else "open"
    late = " – te laat" if _late(item.due, item.done_on, today) else ""
    return f"{due} · {done}{late}"


def _hours_note(data: FundingReportData) -> str:
    if data.hours_from is None or data.hours_until is None:
        return "geen periode: de aanvraag is nog niet ingediend"
    people = (
        f" · {data.hours_people} vrijwilliger{'s' if data.hours_people != 1 else ''}"
        " met geboekte uren"
    )
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
    booked = _booked(data)
    spent = _spent(data, booked)
    unspent = ""
    if data.amount_granted is not None and spent is not None:
        rest = data.amount_granted - spent
        unspent = (
            f"niet besteed: {euro(rest)}"
            if rest >= 0
            else f"meer besteed dan toegekend: {euro(-rest)}"
        )
    money = ly.figure_tiles(
        [
            ("Aangevraagd", euro(data.amount_requested), ""),
            ("Toegekend", euro(data.amount_granted), ""),
            ("Besteed", euro(spent), unspent),
        ],
        width,
    )
    reach = ly.figure_tiles(
        [
            ("Mensen bereikt", number(data.people_reached), ""),
            ("Activiteiten", number(data.activities), ""),
            ("Vrijwilligers", number(data.volunteers), "volgens het verslag"),
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
            ("Gericht op", data.domain),
        )
        if value
    ]
    particulars.append(("Status", data.status))
    dates = [
        ("Indienen uiterlijk", _due(data.deadline, data.submitted_on, data.printed_on)),
        ("Ingediend", printed_date(data.submitted_on)),
        ("Besluit", printed_date(data.decided_on)),
        (
            "Verantwoorden uiterlijk",
            _due(data.accountability_due, data.reported_on, data.printed_on),
        ),
        ("Verantwoord op", printed_date(data.reported_on)),
    ]
    left: list[Flowable] = [
        ly.SectionHeading("Aanvraag", space_before=0),
        ly.facts(particulars, half),
    ]
    right: list[Flowable] = [
        ly.SectionHeading("Datums", space_before=0),
        ly.facts(dates, half, label_share=0.5),
    ]
    if payments := _payments(data):
        right += [
            ly.SectionHeading("Betalingen", space_before=12),
            ly.facts(payments, half, label_share=0.5),
        ]
    # Beside the short facts, where the page has room, rather than alone on a page 2.
    right += [
        ly.SectionHeading("Ondertekening", space_before=12),
        Paragraph("Naar waarheid ingevuld; de uitgaven zijn met bonnen aan te tonen.", sheet.small),
        ly.signature_block(("Namens het initiatief",), half),
    ]
    if data.obligations:
        left += [
            ly.SectionHeading("Verplichtingen", space_before=12),
            ly.facts(
                [(o.what, _obligation_state(o, data.printed_on)) for o in data.obligations],
                half,
                0.45,
            ),
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
    told = ly.paragraphs(data.story, sheet.body)
    # Two columns of six: lines of running text's length, on half the pages one column
    # of seven would take.
    story_part += (
        [ly.two_columns(told)]
        if told
        else [Paragraph("<i>Nog geen verhaal vastgelegd.</i>", sheet.body)]
    )
    if data.rejection_reason:
        story_part += [
            ly.SectionHeading("Reden van afwijzing"),
            *ly.paragraphs(data.rejection_reason, ly.prose(sheet.body)),
        ]
    content: list[Flowable] = _overdue_notes(data)
    content += [
        ly.SectionHeading("Geld", space_before=0),
        money,
        Spacer(1, 6),
    ]
    if data.cost_lines:
        content += [
            ly.SectionHeading("Begroting en uitgaven" if booked else "Begroting"),
            _cost_table(data.cost_lines, width, booked),
            Spacer(1, 6),
        ]
    content += [
        ly.SectionHeading("Bereikt"),
        reach,
        Spacer(1, 14),
        columns,
        *story_part,
    ]
    subtitle = " · ".join(dict.fromkeys(part for part in (data.funder, data.scheme) if part))
    story: list[Flowable] = [
        ly.Band(f"Verantwoording {data.initiative}", subtitle, f"Status: {data.status}"),
        FrameBreak(),
        *content,
    ]
    doc.build_story(story)
