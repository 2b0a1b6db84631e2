"""Financieringsplan en trackrecord: an initiative's budget against every request, and the
funders that financed it before, to send along with a new application."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import FinancingPlanData
from flevodesk.reports.formatting import euro, long_date, text

_MONEY = 84.0


def _money_table(rows: list[list[Any]], widths: list[float], totals: int) -> ly.Table:
    """A grid with the last ``totals`` rows set off as a tinted summary."""
    table = ly.Table(rows, colWidths=widths, repeatRows=1)
    style = ly.grid_style()
    if totals:
        ly.set_off_totals(style, len(rows), totals)
    table.setStyle(style)
    return table


def _plan(data: FinancingPlanData, width: float) -> ly.Table:
    sheet = st.stylesheet()
    rows: list[list[Any]] = [
        ly.header_cells(("Financier", "Regeling", "Status", "Aangevraagd", "Toegekend"), numeric=2)
    ]
    for line in data.lines:
        rows.append(
            [
                Paragraph(text(line.funder), sheet.cell),
                Paragraph(text(line.scheme or "–"), sheet.cell),
                Paragraph(text(line.status), sheet.cell),
                Paragraph(euro(line.requested), sheet.cell_right),
                Paragraph(euro(line.granted), sheet.cell_right),
            ]
        )
    if not data.lines:
        rows.append([Paragraph("Nog geen aanvragen.", sheet.cell), "", "", "", ""])
    gap_label = "Nog niet gedekt" if data.gap is None or data.gap >= 0 else "Meer dan nodig"
    gap_value = euro(abs(data.gap)) if data.gap is not None else "–"
    summary = [
        ("Eigen bijdrage", euro(data.own_contribution)),
        ("Toegekend", euro(data.granted)),
        ("Gedekt (eigen bijdrage en toegekend)", euro(data.covered)),
        ("Nog in behandeling", euro(data.pending)),
        ("Afgewezen", euro(data.rejected)),
        ("Begroting", euro(data.budget_total)),
        (f"{gap_label} als alles in behandeling wordt toegekend", gap_value),
    ]
    for label, value in summary:
        rows.append(
            [
                Paragraph(text(label), sheet.cell_bold),
                "",
                "",
                "",
                Paragraph(value, sheet.cell_right),
            ]
        )
    widths = [0.0, 0.0, 90.0, _MONEY, _MONEY]
    rest = width - sum(widths)
    widths[0], widths[1] = rest * 0.5, rest * 0.5
    table = _money_table(rows, widths, len(summary))
    for offset in range(len(summary), 0, -1):
        table.setStyle([("SPAN", (0, -offset), (3, -offset))])
    return table


def _track_record(data: FinancingPlanData, width: float) -> Flowable:
    sheet = st.stylesheet()
    if not data.track_record:
        return Paragraph("<i>Nog geen eerdere financiering vastgelegd.</i>", sheet.body)
    rows: list[list[Any]] = [
        ly.header_cells(("Jaar", "Financier", "Regeling", "Bedrag"), numeric=1)
    ]
    for item in data.track_record:
        rows.append(
            [
                Paragraph(str(item.year), sheet.cell),
                Paragraph(text(item.funder), sheet.cell),
                Paragraph(text(item.scheme or "–"), sheet.cell),
                Paragraph(euro(item.granted), sheet.cell_right),
            ]
        )
    widths = [44.0, 0.0, 0.0, _MONEY]
    rest = width - sum(widths)
    widths[1], widths[2] = rest * 0.5, rest * 0.5
    return _money_table(rows, widths, 0)


def render_financing_plan(data: FinancingPlanData, out: ly.Output) -> None:
    """Write an initiative's financing plan and track record (one page for most plans).

    Args:
        data: the plan's lines and sums and the earlier grants.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    doc = ly.ReportDocument(
        out,
        title=f"Financieringsplan {data.initiative}",
        footer=f"FlevoDesk · financieringsplan · gedrukt op {long_date(data.printed_on)}",
        templates=ly.flowing_templates(),
    )
    width = ly.BODY_WIDTH
    gap = data.gap
    tiles = ly.figure_tiles(
        [
            ("Begroting", euro(data.budget_total), ""),
            ("Gedekt", euro(data.covered), f"waarvan eigen bijdrage {euro(data.own_contribution)}"),
            ("In behandeling", euro(data.pending), ""),
            (
                "Meer dan nodig" if gap is not None and gap < 0 else "Nog niet gedekt",
                euro(abs(gap)) if gap is not None else "–",
                "als alles in behandeling wordt toegekend",
            ),
        ],
        width,
    )
    story: list[Flowable] = [
        ly.RunningTitle(f"Financieringsplan {data.initiative}"),
        ly.Band(f"Financieringsplan {data.initiative}", data.municipality),
        FrameBreak(),
        ly.SectionHeading("In een oogopslag", space_before=0),
        tiles,
        Spacer(1, 6),
        ly.SectionHeading("Dekkingsplan"),
        _plan(data, width),
    ]
    if data.over_financed > 0:
        story += [
            Spacer(1, 8),
            ly.panel(
                [
                    Paragraph(
                        f"<b>Overgefinancierd:</b> er is {euro(data.over_financed)} meer "
                        "toegekend (met de eigen bijdrage) dan de begroting vraagt.",
                        sheet.body,
                    )
                ],
                width,
                background=st.TINT_WARM,
                border=st.ACCENT,
            ),
        ]
    if data.double_financed:
        story += [
            Spacer(1, 8),
            ly.panel(
                [
                    Paragraph(
                        "<b>Dubbel gevraagd:</b> deze kosten staan op de begroting bij meer "
                        "dan één financier.",
                        sheet.body,
                    ),
                    *[ly.bullet(text(item), sheet.body) for item in data.double_financed],
                ],
                width,
                background=st.TINT_WARM,
                border=st.ACCENT,
            ),
        ]
    story += [
        ly.SectionHeading("Trackrecord: eerder gefinancierd door"),
        _track_record(data, width),
    ]
    doc.build_story(story)
