"""Export what a table shows (its filter and sort applied) to CSV or XLSX.

The CSV is written the way Dutch Excel opens it without a wizard: UTF-8 with a byte order
mark, ``;`` between cells, no ``sep=`` line (that makes Excel ignore the BOM). Text that
Excel would run as a formula is neutralised with a leading quote in CSV and stored as plain
text in XLSX.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from flevodesk.domain.enums import LabeledEnum
from flevodesk.services.export_log import note_export
from flevodesk.services.files import write_file_whole, write_through
from flevodesk.services.listing import Listing, ListQuery, fetch_page
from flevodesk.services.persons import PersonListing
from flevodesk.store.database import Database

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot hold; openpyxl refuses to write them.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def neutralise(text: str) -> str:
    """Prefix a quote to text a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def display_text(value: Any) -> str:
    """A value as Dutch text: 3-4-1961, 1234,56, ja/nee, an enum's label."""
    if value is None:
        return ""
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    return str(value)


def export_table(
    db: Database, listing: Listing, query: ListQuery, path: Path, fmt: ExportFormat | str
) -> int:
    """Write every row ``query`` matches (not only the visible page) to ``path``.

    Returns:
        The number of rows written.

    The file is written atomically: an earlier ``path`` stays as it was when writing fails.
    A table of persons is noted, so an erasure can name the file later.

    Raises:
        ServiceError: when the file cannot be written (one Dutch sentence).
    """
    fmt = ExportFormat(fmt)
    page = fetch_page(db, listing, replace(query, offset=0, limit=None))
    headers = [c.header for c in listing.columns]
    rows = [[row.values[c.key] for c in listing.columns] for row in page.rows]
    if isinstance(listing, PersonListing):
        note_export(db, f"tabel {listing.plural}", path)
    if fmt is ExportFormat.CSV:
        write_through(path, lambda temp: write_csv(temp, headers, rows))
    else:
        write_xlsx(path, headers, rows, title=listing.plural.capitalize() or "Export")
    return len(rows)


def write_csv(path: Path, headers: list[str], rows: list[list[Any]]) -> None:
    """Write rows as Dutch Excel reads them (see the module docstring).

    ``path`` is opened directly: :func:`export_table` hands it a temporary file through
    :func:`write_through`, which is what makes the export atomic.
    """
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([neutralise(v) if _is_text(v) else display_text(v) for v in row])


def write_xlsx(path: Path, headers: list[str], rows: list[list[Any]], title: str) -> None:
    """Write rows to one sheet with real date and number cells and a bold, frozen header.

    The workbook is saved into memory and reaches the disk whole (see
    :func:`write_file_whole`), so a full disk never leaves half a zip file behind.

    Raises:
        ServiceError: when the file cannot be written; an earlier ``path`` is then unchanged.
    """
    # Imported here: only an export needs openpyxl, start-up should not load it.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([_fill(WriteOnlyCell(sheet), value) for value in row])
    write_file_whole(path, workbook.save)


def _is_text(value: Any) -> bool:
    # Enums of this project are str subclasses, but are shown by their label.
    return isinstance(value, str) and not isinstance(value, Enum)


def _fill(cell: Any, value: Any) -> Any:
    """Give ``cell`` the value as its own type: text stays text, dates and money are typed."""
    if _is_text(value):
        cell.value = _ILLEGAL_XML.sub("", value)
        # Text stays text: openpyxl would store "=..." as a formula.
        cell.data_type = "s"
    elif isinstance(value, bool | Enum) or value is None:
        cell.value = display_text(value) or None
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = "dd-mm-yyyy hh:mm"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = "dd-mm-yyyy"
    elif isinstance(value, Decimal):
        cell.value = value
        cell.number_format = "#,##0.00"
    else:
        cell.value = value
    return cell
