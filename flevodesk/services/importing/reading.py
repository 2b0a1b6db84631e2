"""Read a spreadsheet file into rows of cells, whatever Excel or a person made of it.

CSV files are decoded and split without asking the user: a byte order mark means UTF-8,
text that decodes as UTF-8 is UTF-8, anything else is Windows-1252 (what Dutch Excel writes
for "CSV (gescheiden door lijstscheidingsteken)"). The delimiter is the one of ``;``, ``,``
or tab that splits the header line most often.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from flevodesk.services.errors import ServiceError

#: A cell as it comes from the file: text from CSV, typed values from an xlsx sheet.
Cell = object

_DELIMITERS = (";", ",", "\t")
_NEUTRALISED_PREFIXES = ("'=", "'+", "'-", "'@")


@dataclass(frozen=True)
class SourceRow:
    """One data row: ``line`` is the row number Excel shows (the header is row 1)."""

    line: int
    cells: Sequence[Cell]

    def cell(self, index: int) -> Cell:
        """The cell in column ``index`` (0-based), ``None`` beyond the row's end."""
        return self.cells[index] if index < len(self.cells) else None


@dataclass(frozen=True)
class Table:
    """A file's header and its non-empty data rows, with how the file was read."""

    headers: list[str]
    rows: list[SourceRow]
    encoding: str = ""
    delimiter: str = ""


def read_table(path: Path) -> Table:
    """Read a ``.csv`` or ``.xlsx`` file; the first non-empty row is the header.

    Raises:
        ServiceError: for another kind of file, an unreadable file or one without a header.
    """
    suffix = path.suffix.lower()
    try:
        if suffix in {".xlsx", ".xlsm"}:
            return _read_xlsx(path)
        if suffix in {".csv", ".txt"}:
            return read_csv_bytes(path.read_bytes())
    except OSError as exc:
        raise ServiceError(f"{path.name} kan niet worden gelezen: {exc.strerror}.") from exc
    raise ServiceError(f"{path.name}: kies een .csv- of .xlsx-bestand.")


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was found to be in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Windows-1252 leaves five bytes undefined; map them rather than fail on one stray.
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that splits the header line into the most columns (``;`` on a tie)."""
    counts = {d: _count_outside_quotes(header_line, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def read_csv_bytes(data: bytes) -> Table:
    """Decode and split CSV bytes (see the module docstring for what is detected).

    Raises:
        ServiceError: when the file holds no header row.
    """
    text, encoding = decode(data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    # A quoted cell may span lines, but Excel shows it as one row: count records, not lines.
    records = [(number, record) for number, record in enumerate(reader, start=1)]
    rows = [SourceRow(n, [_unneutralise(c) for c in r]) for n, r in records]
    return _split_header(rows, encoding, delimiter)


def _read_xlsx(path: Path) -> Table:
    # Imported here: opening a CSV should not pay for loading openpyxl.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise ServiceError(f"{path.name} is geen leesbaar Excel-bestand.") from exc
    except Exception as exc:  # zipfile.BadZipFile and friends from a damaged file
        raise ServiceError(f"{path.name} is geen leesbaar Excel-bestand ({exc}).") from exc
    try:
        sheet = workbook.worksheets[0]
        # Some programs write a wrong <dimension>; without it every row is read.
        sheet.reset_dimensions()
        rows = [
            SourceRow(number, list(values))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()
    return _split_header(rows, "xlsx", "")


def _split_header(rows: list[SourceRow], encoding: str, delimiter: str) -> Table:
    filled = [row for row in rows if not _is_empty(row.cells)]
    if not filled:
        raise ServiceError("Het bestand is leeg: er staat geen kopregel in.")
    header, *data = filled
    headers = [_header_text(c) for c in header.cells]
    while headers and not headers[-1]:
        headers.pop()
    return Table(headers, data, encoding, delimiter)


def _header_text(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def _is_empty(cells: Sequence[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _unneutralise(cell: str) -> str:
    # Our own CSV export prefixes a quote to cells Excel would run as a formula.
    return cell[1:] if cell.startswith(_NEUTRALISED_PREFIXES) else cell


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count
