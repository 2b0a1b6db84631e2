"""Read a spreadsheet file into rows of cells, whatever Excel or a person made of it.

CSV files are decoded and split without asking the user (see :mod:`.encodings` for how the
encoding is found). A first line ``sep=;`` (Excel's own hint) names the delimiter; else it
is the one of ``;``, ``,`` or tab that splits the header line most often. Every text cell
loses NUL and other control characters, which no one types and which break lists and
exports; where that happened is kept so the import can say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from flevodesk.services.errors import ServiceError
from flevodesk.services.importing.csv_records import split_records
from flevodesk.services.importing.encodings import decode, encoding_label
from flevodesk.services.importing.xlsx_reading import xlsx_rows
from flevodesk.store.os_errors import describe

#: A cell as it comes from the file: text from CSV, typed values from an xlsx sheet.
Cell = object

_DELIMITERS = (";", ",", "\t")
_DELIMITER_LABELS = {";": "puntkomma (;)", ",": "komma (,)", "\t": "tab"}
_NEUTRALISED_PREFIXES = ("'=", "'+", "'-", "'@")
_SEP_LINE = re.compile(r"sep=(.)\r?\n?", re.IGNORECASE)
# C0 and C1 control characters other than tab and line breaks, and the invisible marks that
# arrive with pasted text (a byte order mark mid-file, zero-width space, direction overrides).
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


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
    """A file's header and its non-empty data rows, with how the file was read.

    ``cleaned`` holds (line, column index) of the cells that lost control characters.
    """

    headers: list[str]
    rows: list[SourceRow]
    encoding: str = ""
    delimiter: str = ""
    cleaned: frozenset[tuple[int, int]] = field(default_factory=frozenset)

    def how_read(self) -> str:
        """One Dutch sentence on the encoding and delimiter found, for the user to check."""
        if self.encoding == "xlsx":
            return "Gelezen als Excel-werkmap (.xlsx)."
        delimiter = _DELIMITER_LABELS.get(self.delimiter, repr(self.delimiter))
        return f"Gelezen als {encoding_label(self.encoding)}, kolommen gescheiden door {delimiter}."


def read_table(path: Path) -> Table:
    """Read a ``.csv`` or ``.xlsx`` file; the first non-empty row is the header.

    Raises:
        ServiceError: for another kind of file, an unreadable file or one without a header,
            or a row that cannot be read safely (naming the row).
    """
    suffix = path.suffix.lower()
    try:
        if suffix in {".xlsx", ".xlsm"}:
            return _from_rows(xlsx_rows(path), "xlsx", "")
        if suffix in {".csv", ".txt", ".tsv"}:
            return read_csv_bytes(path.read_bytes())
    except OSError as exc:
        raise ServiceError(describe(exc, "lezen", path.name)) from exc
    except ServiceError as exc:
        if path.name in exc.message:
            raise
        raise ServiceError(f"{path.name}: {exc.message}") from exc
    raise ServiceError(f"{path.name}: kies een .csv- of .xlsx-bestand.")


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that splits the header line into the most columns (``;`` on a tie)."""
    counts = {d: _count_outside_quotes(header_line, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def read_csv_bytes(data: bytes) -> Table:
    """Decode and split CSV bytes (see the module docstring for what is detected).

    Raises:
        ServiceError: when the file holds no header row or a row cannot be read safely.
    """
    text, encoding = decode(data, line_offset=1 if _has_sep_line(data) else 0)
    sep = _SEP_LINE.match(text)
    if sep is not None:
        # Excel hides this line and starts counting rows after it; so do we.
        delimiter, text = sep.group(1), text[sep.end() :]
    else:
        first = next((line for line in text.splitlines() if line.strip()), "")
        delimiter = sniff_delimiter(first)
    records = split_records(text, delimiter)
    rows = ((n, [_unneutralise(c) for c in r]) for n, r in enumerate(records, start=1))
    return _from_rows(rows, encoding, delimiter)


def _has_sep_line(data: bytes) -> bool:
    """Whether the file starts with Excel's ``sep=`` line, looked at before decoding so
    that messages about undecodable lines can count rows as Excel does."""
    codec = "utf-16-le" if data[:2] == b"\xff\xfe" else "utf-16-be"
    if data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        codec = "latin-1"  # enough for the ASCII of "sep=;"
    head = data[:24].removeprefix(b"\xef\xbb\xbf").decode(codec, "replace").lstrip("\ufeff")
    return _SEP_LINE.match(head) is not None


def _from_rows(rows: Iterable[tuple[int, Sequence[Cell]]], encoding: str, delimiter: str) -> Table:
    cleaned: set[tuple[int, int]] = set()
    header: list[str] | None = None
    data: list[SourceRow] = []
    for line, cells in rows:
        clean = [_clean_cell(line, i, c, cleaned) for i, c in enumerate(cells)]
        if _is_empty(clean):
            continue
        if header is None:
            header = [_header_text(c) for c in clean]
        else:
            data.append(SourceRow(line, clean))
    if header is None:
        raise ServiceError("Het bestand is leeg: er staat geen kopregel in.")
    while header and not header[-1]:
        header.pop()
    return Table(header, data, encoding, delimiter, frozenset(cleaned))


def _clean_cell(line: int, column: int, cell: Cell, cleaned: set[tuple[int, int]]) -> Cell:
    if not isinstance(cell, str):
        return cell
    if "\r" in cell:
        cell = cell.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(cell):
        cleaned.add((line, column))
        cell = _CONTROL.sub("", cell)
    return cell


def _header_text(cell: Cell) -> str:
    return "" if cell is None else " ".join(str(cell).split())


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
