"""The urenverklaring: one volunteer's hours over a period, for a kartrekker to sign."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepTogether,
    Paragraph,
    Spacer,
)

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import HoursRow, HoursStatementData
from flevodesk.reports.formatting import hours_minutes, long_date, printed_date, text


def _by_initiative(data: HoursStatementData) -> list[tuple[str | None, list[HoursRow]]]:
    """The entries per initiative, each group with its name for a subtotal; one group
    without a name when all hours were for one initiative (the total says it all)."""
    groups: dict[str, list[HoursRow]] = {}
    for row in data.rows:
        groups.setdefault(row.initiative, []).append(row)
    if len(groups) < 2:
        return [(None, list(data.rows))]
    return [(name, groups[name]) for name in sorted(groups, key=str.casefold)]


def render_hours_statement(data: HoursStatementData, out: ly.Output) -> None:
    """Write an urenverklaring: every entry of the period, per initiative with a subtotal
    when there are several, the total and signature lines.

    Args:
        data: the volunteer's hours between two dates.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    doc = ly.ReportDocument(
        out,
        title=f"Urenverklaring {data.person}",
        footer=f"FlevoDesk · urenverklaring · gedrukt op {long_date(data.printed_on)}",
        templates=ly.flowing_templates(),
    )
    period = f"{long_date(data.start)} tot en met {long_date(data.end)}"
    groups = _by_initiative(data)
    # All hours for one initiative: it is named once above the table, not on every row.
    only = data.rows[0].initiative if data.rows and groups[0][0] is None else None
    intro: list[Flowable] = [
        Paragraph(f"<b>Vrijwilliger:</b> {text(data.person)}", ly.prose(sheet.lead)),
        Paragraph(f"<b>Periode:</b> {text(period)}", ly.prose(sheet.body)),
    ]
    if only is not None:
        intro.append(Paragraph(f"<b>Initiatief:</b> {text(only)}", ly.prose(sheet.body)))
    rows: list[list[Any]] = [ly.header_cells(("Datum", "Initiatief", "Activiteit", "Uren"), 1)]
    subtotals: list[int] = []  # table rows that carry a subtotal, to set them apart
    for initiative, entries in groups:
        for row in entries:
            rows.append(
                [
                    Paragraph(printed_date(row.day), sheet.cell),
                    Paragraph(text(row.initiative), sheet.cell),
                    Paragraph(text(row.activity or "–"), sheet.cell),
                    Paragraph(hours_minutes(row.minutes), sheet.cell_right),
                ]
            )
        if initiative is not None:
            subtotals.append(len(rows))
            minutes = sum(row.minutes for row in entries)
            rows.append(
                [
                    Paragraph(f"Subtotaal {text(initiative)}", sheet.cell_bold),
                    "",
                    "",
                    Paragraph(f"<b>{hours_minutes(minutes)}</b>", sheet.cell_right),
                ]
            )
    if not data.rows:
        rows.append([Paragraph("Geen uren vastgelegd in deze periode.", sheet.cell), "", "", ""])
    rows.append(
        [
            Paragraph("Totaal", sheet.cell_bold),
            "",
            "",
            Paragraph(f"<b>{hours_minutes(data.total_minutes)}</b>", sheet.cell_right),
        ]
    )
    widths = [96.0, ly.BODY_WIDTH * 0.3, 0.0, 52.0]
    widths[2] = ly.BODY_WIDTH - sum(widths)
    if only is not None:
        rows = [row[:1] + row[2:] for row in rows]
        widths = [widths[0], widths[1] + widths[2], widths[3]]
    table = ly.Table(rows, colWidths=widths, repeatRows=1)
    style = ly.grid_style()
    # The last entry, and its subtotal, go with the total to a new page.
    ly.set_off_totals(style, len(rows), kept=2 if subtotals else 1)
    if not data.rows:
        style.add("SPAN", (0, 1), (-1, 1))
    for at in subtotals:
        style.add("SPAN", (0, at), (2, at))
        style.add("LINEABOVE", (0, at), (-1, at), 0.6, st.RULE)
    table.setStyle(style)
    closing: list[Flowable] = [
        Paragraph(
            "Er zijn in deze periode geen uren vastgelegd; er is niets te ondertekenen.",
            ly.prose(sheet.body),
        )
    ]
    statement = Paragraph(
        f"Ondergetekende verklaart dat {text(data.person)} in deze periode de hierboven "
        f"genoemde uren als vrijwilliger heeft besteed, in totaal "
        f"<b>{hours_minutes(data.total_minutes)}</b> uur.",
        ly.prose(sheet.body),
    )
    doc.build_story(
        [
            ly.RunningTitle(f"Urenverklaring {data.person}"),
            ly.Band("Urenverklaring", data.person),
            FrameBreak(),
            *intro,
            Spacer(1, ly.GAP),
            table,
            Spacer(1, 16),
            *(
                closing
                if not data.rows
                else [
                    KeepTogether(
                        [
                            statement,
                            Spacer(1, 6),
                            ly.signature_block(
                                ("Voor akkoord, kartrekker", "Vrijwilliger"), ly.BODY_WIDTH
                            ),
                        ]
                    )
                ]
            ),
        ]
    )
