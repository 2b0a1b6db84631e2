"""Split CSV text into records, refusing what would silently put one row inside another.

Python's csv module does not fit: it raises a bare error past 131,072 characters in a cell,
and a stray ``"`` at the start of a cell makes it read every following line into that one
cell without complaint. Here a quoted cell that runs over line breaks into lines shaped like
records is refused naming the row where the quote opened, as is a quote never closed, one
closed in the middle of a cell, or a quoted cell holding delimiters in a row short of
columns; a cell is allowed up to :data:`MAX_CELL_CHARS` characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from flevodesk.domain.messages import Message, Number, message
from flevodesk.services.errors import ServiceError

#: The longest cell accepted (characters); a longer one is refused naming row and column.
MAX_CELL_CHARS = 200_000

# The unrolled form runs in C for a whole cell; an alternation would step per character.
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')


def split_records(text: str, delimiter: str) -> list[list[str]]:
    """The records of ``text``; record ``i`` (0-based) is the row Excel shows as ``i + 1``.

    Raises:
        ServiceError: as :func:`iter_records`.
    """
    return list(iter_records([text], delimiter))


def iter_records(chunks: Iterable[str], delimiter: str) -> Iterator[list[str]]:
    """The records of the text ``chunks`` make up, read piece by piece: a record is given
    as soon as the text shows where it ends, so a large file is never held whole.

    An empty line is a record of one empty cell, so row numbers stay those of the file.

    Raises:
        ServiceError: naming the row and column, for a quote that is never closed, closes
            mid-cell, swallows following rows or carries a short row's missing cells, and
            for a cell longer than :data:`MAX_CELL_CHARS`.
    """
    splitter = _Splitter(delimiter)
    source = iter(chunks)
    text, pos, eof = "", 0, False
    while True:
        try:
            found = splitter.record(text, pos, eof)
        except _NeedMore:
            chunk = next(source, None)
            if chunk is None:
                eof = True
            else:
                text, pos = text[pos:] + chunk, 0
            continue
        if found is None:
            return
        record, pos = found
        yield record


class _NeedMore(Exception):
    """The text seen so far ends inside the record: read on and try it again."""


class _Splitter:
    def __init__(self, delimiter: str) -> None:
        self.delimiter = delimiter
        self.unquoted = re.compile(f"[^{re.escape(delimiter)}\r\n]*")
        self.count = 0
        self.header: list[str] = []

    def record(self, text: str, pos: int, eof: bool) -> tuple[list[str], int] | None:
        """The record at ``pos`` and where the next one starts; ``None`` at the end.

        Raises:
            _NeedMore: when ``text`` ends before the record does and ``eof`` is false.
        """
        end, delimiter, header = len(text), self.delimiter, self.header
        if pos >= end:
            if eof:
                return None
            raise _NeedMore
        number = self.count + 1
        row: list[str] = []
        # The quoted cell of the row holding the most delimiters, and how many: see below.
        suspect: int | None = None
        held = 0
        while True:
            if pos < end and text[pos] == '"':
                match = _QUOTED.match(text, pos)
                # A closing quote right at the end of what was read may be half of a "".
                if not eof and (match is None or match.end() >= end or text[match.end()] == '"'):
                    raise _NeedMore
                if match is None:
                    raise ServiceError(
                        message(
                            'Regel {line}, {column}: het aanhalingsteken (") aan het begin van '
                            "de cel wordt nergens gesloten. Verwijder het of sluit het, anders "
                            "komt de rest van het bestand in deze ene cel.",
                            line=number,
                            column=_column(header, len(row)),
                        )
                    )
                value = match.group(1).replace('""', '"')
                pos = match.end()
                if "\n" in value or "\r" in value:
                    _refuse_swallowed_rows(value, delimiter, header, number, len(row))
                if pos < end and text[pos] not in (delimiter, "\r", "\n"):
                    # Excel would glue the rest on; but a quote that closes mid-cell is most
                    # often a stray one pairing with the next cell's quote, moving data
                    # between columns.
                    raise ServiceError(
                        message(
                            'Regel {line}, {column}: na het sluitende aanhalingsteken (") staat '
                            "nog tekst in de cel. Verwijder het losse aanhalingsteken of zet de "
                            "hele cel tussen aanhalingstekens.",
                            line=number,
                            column=_column(header, len(row)),
                        )
                    )
                if value.count(delimiter) > held:
                    suspect, held = len(row), value.count(delimiter)
            else:
                plain = self.unquoted.match(text, pos)
                value = plain.group() if plain is not None else ""
                pos += len(value)
                if pos >= end and not eof:
                    raise _NeedMore
            if len(value) > MAX_CELL_CHARS:
                raise ServiceError(
                    message(
                        "Regel {line}, {column}: de cel is {length} tekens lang; er passen "
                        "hoogstens {most} in.",
                        line=number,
                        column=_column(header, len(row)),
                        length=Number(len(value)),
                        most=Number(MAX_CELL_CHARS),
                    )
                )
            row.append(value)
            if pos < end and text[pos] == delimiter:
                pos += 1
                if pos < end:
                    continue
                if not eof:
                    raise _NeedMore
                row.append("")
            elif pos < end:
                if pos + 1 == end and text[pos] == "\r" and not eof:
                    raise _NeedMore  # the \n of a \r\n may come next
                pos += 2 if text.startswith("\r\n", pos) else 1
            break
        if suspect is not None and len(row) < len(header) and held >= len(header) - len(row) - 1:
            # A quote that opened too early and closed at the next cell's quote holds the
            # row's other cells, delimiters and all, and leaves the row short of about as many
            # columns ("Jansen, Kees" in a short row of a comma file holds only one).
            raise ServiceError(
                message(
                    "Regel {line}, {column}: de cel tussen aanhalingstekens bevat het "
                    "scheidingsteken en de regel heeft maar {found} van de {total} kolommen. "
                    'Staat er een los aanhalingsteken (")?',
                    line=number,
                    column=_column(header, suspect),
                    found=len(row),
                    total=len(header),
                )
            )
        self.count += 1
        if not header and any(cell.strip() for cell in row):
            self.header = row
        return row, pos


def _refuse_swallowed_rows(
    value: str, delimiter: str, header: list[str], number: int, index: int
) -> None:
    """Refuse a quoted cell whose later lines look like rows of their own.

    A note over two lines is normal; a "note" whose second line holds half a row's worth of
    delimiters is almost always the rest of the file behind a stray quote.
    """
    needed = max(1, (len(header) - 1) // 2)
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for offset, line in enumerate(lines[1:], start=1):
        if line.count(delimiter) >= needed:
            raise ServiceError(
                message(
                    'Regel {line}, {column}: het aanhalingsteken (") aan het begin van de cel '
                    "loopt door over {breaks} regeleinde(n), en regel {inner} daarbinnen lijkt "
                    "een eigen rij. Verwijder het losse aanhalingsteken of sluit het op de "
                    "goede plaats.",
                    line=number,
                    column=_column(header, index),
                    breaks=len(lines) - 1,
                    inner=number + offset,
                )
            )


def _column(header: list[str], index: int) -> Message:
    """ "kolom 3 (E-mail)": the position Excel users count and the header they read."""
    name = " ".join(header[index].split()) if index < len(header) else ""
    if name:
        return message("kolom {number} ({name})", number=index + 1, name=name[:40])
    return message("kolom {number}", number=index + 1)
