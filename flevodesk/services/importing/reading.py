"""Read a spreadsheet file into rows of cells, whatever Excel or a person made of it.

CSV files are decoded and split without asking the user (see :mod:`.encodings` for how the
encoding is found). A first line ``sep=;`` (Excel's own hint) names the delimiter; else it
is the one of ``;``, ``,`` or tab that splits the header line most often. Every text cell
loses NUL and other control characters, which no one types and which break lists and
exports; where that happened is kept so the import can say so.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from flevodesk.domain.messages import Message, message, verbatim
from flevodesk.services.errors import ServiceError
from flevodesk.services.importing.csv_records import iter_records
from flevodesk.services.importing.encodings import (
    decode_chunks,
    detect_encoding,
    encoding_label,
    head_of,
)
from flevodesk.services.importing.xlsx_reading import xlsx_rows
from flevodesk.store.os_errors import describe_message

#: A cell as it comes from the file: text from CSV, typed values from an xlsx sheet.
Cell = object
#: (row number, cells) as a reader gives them, empty rows and the header included.
RawRows = Iterator[tuple[int, Sequence[Cell]]]

#: How much of a file is read at a time.
CHUNK_BYTES = 1 << 20

_DELIMITERS = (";", ",", "\t")
_DELIMITER_LABELS = {";": message("puntkomma (;)"), ",": message("komma (,)"), "\t": message("tab")}
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


class _HowRead:
    encoding: str
    delimiter: str

    def how_read(self) -> Message:
        """One sentence on the encoding and delimiter found, for the user to check."""
        if self.encoding == "xlsx":
            return message("Gelezen als Excel-werkmap (.xlsx).")
        delimiter = _DELIMITER_LABELS.get(self.delimiter) or verbatim(repr(self.delimiter))
        return message(
            "Gelezen als {encoding}, kolommen gescheiden door {delimiter}.",
            encoding=encoding_label(self.encoding),
            delimiter=delimiter,
        )


#: A batch of data rows, with (line, column index) of its cells that lost control characters.
Batch = tuple[list[SourceRow], frozenset[tuple[int, int]]]


@dataclass(frozen=True)
class Table(_HowRead):
    """A file's header and its non-empty data rows, with how the file was read.

    ``cleaned`` holds (line, column index) of the cells that lost control characters.
    """

    headers: list[str]
    rows: list[SourceRow]
    encoding: str = ""
    delimiter: str = ""
    cleaned: frozenset[tuple[int, int]] = field(default_factory=frozenset)

    @property
    def count(self) -> int:
        return len(self.rows)

    def batches(self, size: int) -> Iterator[Batch]:
        """The data rows ``size`` at a time, as :meth:`StreamedTable.batches` gives them."""
        for start in range(0, len(self.rows), size):
            yield self.rows[start : start + size], self.cleaned


@dataclass(frozen=True)
class StreamedTable(_HowRead):
    """A file checked and counted whole but not held in memory: its rows are read again,
    batch by batch, when :meth:`batches` is iterated."""

    headers: list[str]
    count: int
    encoding: str
    delimiter: str
    path: Path
    raw_rows: Callable[[], RawRows]

    def batches(self, size: int) -> Iterator[Batch]:
        """The non-empty data rows, ``size`` at a time.

        Raises:
            ServiceError: when the file cannot be read again (naming it).
        """
        with _file_errors(self.path):
            rows = _clean_rows(self.raw_rows())
            next(rows, None)  # the header
            while True:
                batch = list(itertools.islice(rows, size))
                if not batch:
                    return
                cleaned = frozenset(c for _, cells in batch for c in cells)
                yield [row for row, _ in batch], cleaned


def read_table(path: Path) -> Table:
    """Read a ``.csv`` or ``.xlsx`` file whole; the first non-empty row is the header.

    Raises:
        ServiceError: for another kind of file, an unreadable file or one without a header,
            or a row that cannot be read safely (naming the row).
    """
    return _whole(open_table(path))


def _whole(streamed: StreamedTable) -> Table:
    """The streamed table read into memory whole."""
    rows: list[SourceRow] = []
    cleaned: set[tuple[int, int]] = set()
    for batch, batch_cleaned in streamed.batches(1000):
        rows.extend(batch)
        cleaned |= batch_cleaned
    return Table(streamed.headers, rows, streamed.encoding, streamed.delimiter, frozenset(cleaned))


def open_table(path: Path) -> StreamedTable:
    """Check a ``.csv`` or ``.xlsx`` file through once and count its rows, without keeping
    them: a file of any size takes the memory of one chunk.

    Raises:
        ServiceError: as :func:`read_table`.
    """
    suffix = path.suffix.lower()
    with _file_errors(path):
        if suffix in {".xlsx", ".xlsm"}:
            return _streamed(path, lambda: xlsx_rows(path), "xlsx", "")
        if suffix in {".csv", ".txt", ".tsv"}:
            encoding, delimiter, raw_rows = _csv_source(lambda: _chunks_of(path))
            return _streamed(path, raw_rows, encoding, delimiter)
    raise ServiceError(message("{file}: kies een .csv- of .xlsx-bestand.", file=path.name))


@contextmanager
def _file_errors(path: Path) -> Iterator[None]:
    """Name the file in a refusal, and say in Dutch why it could not be read."""
    try:
        yield
    except OSError as exc:
        raise ServiceError(describe_message(exc, "lezen", path.name)) from exc
    except ServiceError as exc:
        if path.name in exc.message:
            raise
        raise ServiceError(
            message("{file}: {reason}", file=path.name, reason=exc.translatable)
        ) from exc


def _chunks_of(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while chunk := file.read(CHUNK_BYTES):
            yield chunk


def _streamed(
    path: Path, raw_rows: Callable[[], RawRows], encoding: str, delimiter: str
) -> StreamedTable:
    rows = _clean_rows(raw_rows())
    first = next(rows, None)
    if first is None:
        raise ServiceError(message("Het bestand is leeg: er staat geen kopregel in."))
    header = [_header_text(c) for c in first[0].cells]
    while header and not header[-1]:
        header.pop()
    count = sum(1 for _ in rows)
    return StreamedTable(header, count, encoding, delimiter, path, raw_rows)


def _clean_rows(rows: RawRows) -> Iterator[tuple[SourceRow, list[tuple[int, int]]]]:
    """The non-empty rows with control characters removed, and where that happened."""
    for line, cells in rows:
        cleaned: list[tuple[int, int]] = []
        clean = [_clean_cell(line, i, c, cleaned) for i, c in enumerate(cells)]
        if not _is_empty(clean):
            yield SourceRow(line, clean), cleaned


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
    encoding, delimiter, raw_rows = _csv_source(lambda: iter([data]))
    return _whole(_streamed(Path("-"), raw_rows, encoding, delimiter))


def _csv_source(chunks: Callable[[], Iterator[bytes]]) -> tuple[str, str, Callable[[], RawRows]]:
    """The encoding and delimiter of the CSV file whose bytes ``chunks`` gives (each call
    from the start), and a reader of its records, checked once here."""
    offset = 1 if _has_sep_line(head_of(chunks(), 24, b"")[0]) else 0
    encoding = detect_encoding(chunks(), line_offset=offset)
    text = decode_chunks(chunks(), encoding, offset)
    head, _rest = _first_line(text)
    sep = _SEP_LINE.match(head)
    delimiter = sep.group(1) if sep is not None else ""
    if not delimiter:
        first = next((line for line in head.splitlines() if line.strip()), "")
        delimiter = sniff_delimiter(first)

    def raw_rows() -> RawRows:
        text = decode_chunks(chunks(), encoding, offset)
        head, text = _first_line(text)
        sep = _SEP_LINE.match(head)
        if sep is not None:
            # Excel hides this line and starts counting rows after it; so do we.
            head = head[sep.end() :]
        records = iter_records(itertools.chain([head], text), delimiter)
        return ((n, [_unneutralise(c) for c in r]) for n, r in enumerate(records, start=1))

    return encoding, delimiter, raw_rows


def _first_line(text: Iterator[str]) -> tuple[str, Iterator[str]]:
    """The text's start, up to at least its first line break (or 64 KB), and the rest:
    what the ``sep=`` line and the delimiter are read from."""
    head, rest = head_of(text, 1, "")
    while "\n" not in head and len(head) < 65_536 and (more := next(rest, None)) is not None:
        head += more
    return head, rest


def _has_sep_line(data: bytes) -> bool:
    """Whether the file starts with Excel's ``sep=`` line, looked at before decoding so
    that messages about undecodable lines can count rows as Excel does."""
    codec = "utf-16-le" if data[:2] == b"\xff\xfe" else "utf-16-be"
    if data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        codec = "latin-1"  # enough for the ASCII of "sep=;"
    head = data[:24].removeprefix(b"\xef\xbb\xbf").decode(codec, "replace").lstrip("\ufeff")
    return _SEP_LINE.match(head) is not None


def _clean_cell(line: int, column: int, cell: Cell, cleaned: list[tuple[int, int]]) -> Cell:
    if not isinstance(cell, str):
        return cell
    if "\r" in cell:
        cell = cell.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(cell):
        cleaned.append((line, column))
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
