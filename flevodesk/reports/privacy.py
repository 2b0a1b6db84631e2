"""Privacy printouts: the answer to an inzageverzoek (everything stored about one person)
and the verwerkingsregister, a one-page account of what FlevoDesk stores, why and how long.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.data import AccessExportData, RegisterData, Section
from flevodesk.reports.formatting import long_date, text


def render_access_export(data: AccessExportData, out: ly.Output) -> None:
    """Write the inzage-export: the person's record, then one table per kind of data.

    Args:
        data: what :func:`flevodesk.services.privacy_export.access_export` collected.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    title = f"Inzage persoonsgegevens {data.person}"
    doc = ly.ReportDocument(
        out,
        title=title,
        footer=f"FlevoDesk · inzageverzoek · gemaakt op {long_date(data.printed_on)}",
        templates=ly.flowing_templates(),
    )
    story: list[Flowable] = [
        ly.RunningTitle(title),
        ly.Band("Inzage persoonsgegevens", data.person, data.organisation),
        FrameBreak(),
        Paragraph(
            "Dit overzicht bevat alle gegevens die in FlevoDesk over u zijn vastgelegd, "
            "met het wijzigingslogboek. De kopie die erbij hoort (een JSON-bestand, "
            "leesbaar voor computers) bevat dezelfde gegevens, met ook de velden die het "
            "programma voor zichzelf bijhoudt: zoekindex, volgorde, versie en nummer.",
            ly.prose(sheet.body),
        ),
        ly.SectionHeading("Persoonsgegevens"),
        ly.facts(list(data.record), ly.BODY_WIDTH, label_share=0.3)
        if data.record
        else Paragraph("Niets vastgelegd.", sheet.body),
    ]
    for section in data.sections:
        story.append(ly.SectionHeading(section.title))
        story.append(_table(section))
    doc.build_story(story)


def _table(section: Section) -> Flowable:
    sheet = st.stylesheet()
    if not section.rows:
        return Paragraph(text(section.empty), sheet.body)
    numeric = [
        all(_NUMBER.fullmatch(cell) for cell in column if cell) and any(column)
        for column in zip(*section.rows, strict=True)
    ]
    rows: list[list[Any]] = [
        [
            Paragraph(text(h), sheet.header_cell_right if right else sheet.header_cell)
            for h, right in zip(section.headers, numeric, strict=True)
        ]
    ]
    rows += [
        [
            Paragraph(text(cell), sheet.cell_right if right else sheet.cell)
            for cell, right in zip(row, numeric, strict=True)
        ]
        for row in section.rows
    ]
    table = ly.Table(rows, colWidths=_widths(section), repeatRows=1)
    table.setStyle(ly.grid_style())
    return table


#: A cell of a number, an amount or hours ("12", "€ 17,50", "−€ 3,00", "1:30 uur"): its
#: column stands right-aligned, and so does its heading.
_NUMBER = re.compile(r"[−-]?(€\s?)?\d[\d.,:]*(\suur)?")


def _widths(section: Section) -> list[float]:
    """Column widths that never break a word ("Aangevraag|d"): each column gets its longest
    word first; then the columns whose longest text fits in a fair share of the rest get
    all of it, so a date or "0:30 uur" stays on one line, and the columns of long text
    share what is left by how much more each holds."""
    sheet = st.stylesheet()
    padding = 13.0

    def width(value: str, font: str, size: float) -> float:
        return float(stringWidth(value, font, size))

    columns = list(zip(section.headers, *section.rows, strict=True))
    least, wish = [], []
    for header, *cells in columns:
        words = [(w, st.FONT_BOLD, sheet.header_cell.fontSize) for w in header.split()]
        words += [(w, st.FONT, sheet.cell.fontSize) for c in cells for w in c.split()]
        least.append(max(width(*word) for word in words) + padding)
        longest = max(
            [width(header, st.FONT_BOLD, sheet.header_cell.fontSize)]
            + [width(c, st.FONT, sheet.cell.fontSize) for c in cells]
        )
        wish.append(max(longest + padding - least[-1], 0.0))
    spare = ly.BODY_WIDTH - sum(least)
    if spare <= 0:  # more words than a line holds: share the line by need
        return [ly.BODY_WIDTH * w / sum(least) for w in least]
    widths = list(least)
    waiting = set(range(len(least)))
    while waiting:
        share = spare / len(waiting)
        whole = {i for i in waiting if wish[i] <= share}
        if not whole:
            break
        for i in whole:
            widths[i] += wish[i]
            spare -= wish[i]
        waiting -= whole
    # The columns of long text share the rest; when every column fits whole, the room
    # left goes to them all by how much text each holds.
    sharing = waiting or set(range(len(least)))
    total = sum(wish[i] for i in sharing)
    for i in sharing:
        widths[i] += spare * (wish[i] / total if total else 1 / len(sharing))
    return widths


def render_register(data: RegisterData, out: ly.Output) -> None:
    """Write the verwerkingsregister: one page for a typical register, more under a
    running header when it grows (never shrunk).

    Args:
        data: what :func:`flevodesk.services.privacy_export.register_data` collected.
        out: a file path or a binary file object to write the PDF to.
    """
    sheet = st.stylesheet()
    doc = ly.ReportDocument(
        out,
        title="Verwerkingsregister",
        footer=f"FlevoDesk · verwerkingsregister · gedrukt op {long_date(data.printed_on)}",
        templates=ly.flowing_templates(),
    )
    header = [
        Paragraph(text(h), sheet.header_cell)
        for h in ("Gegevens", "Doel", "Grondslag", "Bewaartermijn", "Gedeeld met")
    ]
    rows: list[list[Any]] = [header]
    for row in data.rows:
        rows.append(
            [
                Paragraph(text(cell), sheet.cell)
                for cell in (row.what, row.purpose, row.basis, row.retention, row.shared_with)
            ]
        )
    widths = [0.22, 0.22, 0.18, 0.21, 0.17]
    table = ly.Table(rows, colWidths=[ly.BODY_WIDTH * w for w in widths], repeatRows=1)
    table.setStyle(ly.grid_style())
    who = [
        ("Verwerkingsverantwoordelijke", data.organisation or "(vul in bij Instellingen)"),
        ("Contact", data.contact or "–"),
        ("Vragen over privacy", data.privacy_contact or data.contact or "–"),
    ]
    content: list[Flowable] = [
        ly.facts(who, ly.BODY_WIDTH, label_share=0.36),
        Spacer(1, 6),
        table,
        ly.SectionHeading("Zo beschermen we de gegevens"),
        *[ly.bullet(text(m), ly.prose(sheet.small)) for m in data.measures],
        ly.SectionHeading("Uw rechten"),
        Paragraph(
            "U kunt vragen welke gegevens we van u hebben (inzage), ze laten verbeteren, uw "
            "toestemming intrekken of uw gegevens laten wissen. Neem daarvoor contact op met "
            "de contactpersoon hierboven. U kunt ook een klacht indienen bij de Autoriteit "
            "Persoonsgegevens.",
            ly.prose(sheet.small),
        ),
    ]
    doc.build_story(
        [
            ly.RunningTitle("Verwerkingsregister"),
            ly.Band("Verwerkingsregister", data.organisation or "FlevoDesk"),
            FrameBreak(),
            *content,
        ]
    )
