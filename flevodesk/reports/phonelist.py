"""The volunteers' phone and availability list of one initiative.

Only what a kartrekker needs to ring round: name, role, phone and dagdelen. No address,
postcode, birth year or e-mail is printed: the list ends up on fridges and notice boards.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import PhoneListData, PhoneListRow
from flevodesk.reports.formatting import dagdelen, long_date, text


def _availability(row: PhoneListRow) -> str:
    """The dagdelen, then the remark beside them in italics ("om de week")."""
    parts = [text(dagdelen(row.availability))] if row.availability else []
    if row.availability_note:
        parts.append(f"<i>{text(row.availability_note)}</i>")
    return " · ".join(parts) or "–"


def render_phonelist(data: PhoneListData, out: ly.Output) -> None:
    """Write the phone and availability list; long lists run over numbered pages.

    Args:
        data: the active volunteers of one initiative.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    doc = ly.ReportDocument(
        out,
        title=f"Telefoonlijst {data.initiative}",
        footer=(
            f"Vertrouwelijk: alleen voor de vrijwilligers van {data.initiative}. "
            f"Stand {long_date(data.printed_on)}; gooi oudere lijsten weg."
        ),
        templates=ly.flowing_templates(),
    )
    rows: list[list[Any]] = [
        [
            Paragraph(label, sheet.header_cell)
            for label in ("Naam", "Rol", "Telefoon", "Beschikbaar (dagdelen)")
        ]
    ]
    for row in data.rows:
        rows.append(
            [
                Paragraph(text(row.name), sheet.cell_bold),
                Paragraph(text(row.role), sheet.cell),
                Paragraph(text(row.phone or "–"), sheet.cell),
                Paragraph(_availability(row), sheet.small),
            ]
        )
    widths = [ly.BODY_WIDTH * share for share in (0.30, 0.15, 0.17)]
    widths.append(ly.BODY_WIDTH - sum(widths))
    table = ly.Table(rows, colWidths=widths, repeatRows=1)
    style = ly.grid_style()
    style.add("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, st.TINT])
    table.setStyle(style)
    count = len(data.rows)
    story: list[Flowable] = [
        ly.RunningTitle(f"Telefoonlijst {data.initiative}"),
        ly.Band(
            "Telefoonlijst vrijwilligers",
            data.initiative,
            f"{count} actieve vrijwilliger{'s' if count != 1 else ''}",
        ),
        FrameBreak(),
        table,
    ]
    if not data.rows:
        story += [
            Spacer(1, 8),
            Paragraph("Er zijn nu geen actieve vrijwilligers bij dit initiatief.", sheet.body),
        ]
    if data.without_consent:
        story += [
            Spacer(1, 8),
            Paragraph(left_out_text(data.without_consent), ly.prose(sheet.body)),
        ]
    doc.build_story(story)


def left_out_text(count: int) -> str:
    """The line that says the list is not everyone, and why."""
    if count == 1:
        return (
            "1 vrijwilliger staat niet op deze lijst omdat die geen toestemming gaf voor "
            "het delen van contactgegevens."
        )
    return (
        f"{count} vrijwilligers staan niet op deze lijst omdat zij geen toestemming gaven "
        "voor het delen van contactgegevens."
    )
