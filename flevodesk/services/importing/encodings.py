"""Which character encoding a text file is in, decided per file and never guessed per line.

A byte order mark settles it (UTF-8, or UTF-16 LE/BE as Excel's "Unicode-tekst" writes).
Without one, a file that is valid UTF-8 throughout is UTF-8, and one whose accented lines
are none of them UTF-8 is Windows-1252 (Dutch Excel's "CSV (gescheiden door
lijstscheidingsteken)"). A file with both kinds of lines was stitched together from two
sources: decoding it either way would store mojibake ("ZoÃ«") in some names, so it is
refused, naming the first line that differs from the file's majority.
"""

from __future__ import annotations

import codecs
import itertools
from collections.abc import Iterable, Iterator
from typing import TypeVar

from flevodesk.domain.messages import Message, message, verbatim
from flevodesk.services.errors import ServiceError

T = TypeVar("T", bytes, str)

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_LABELS = {
    "utf-8": message("UTF-8"),
    "utf-8-sig": message("UTF-8 met BOM"),
    "cp1252": message("Windows-1252"),
    "utf-16-le": message("UTF-16 LE (Unicode-tekst)"),
    "utf-16-be": message("UTF-16 BE"),
    "xlsx": message("Excel-werkmap (.xlsx)"),
}


def encoding_label(encoding: str) -> Message:
    """The readable name of an encoding as :func:`decode` names it."""
    return _LABELS.get(encoding) or verbatim(encoding)


def decode(data: bytes, line_offset: int = 0) -> tuple[str, str]:
    """The text of ``data`` and the name of its encoding (see the module docstring).

    ``line_offset`` is subtracted from the line numbers in messages (a ``sep=`` line that
    Excel does not show).

    Raises:
        ServiceError: naming the first line that is not valid in the file's encoding.
    """
    encoding = detect_encoding([data], line_offset)
    return "".join(decode_chunks([data], encoding, line_offset)), encoding


def detect_encoding(chunks: Iterable[bytes], line_offset: int = 0) -> str:
    """The encoding of the file whose bytes ``chunks`` are, read once and never held whole.

    Raises:
        ServiceError: naming the first line that is not valid in the file's encoding, or the
            first line of the minority in a file that mixes UTF-8 and Windows-1252.
    """
    lines = _LineKinds()
    first, source = head_of(chunks, 4, b"")
    for bom, codec in _BOMS:
        if first.startswith(bom):
            # Decoding strictly once is the check; the text itself is read again later.
            for _text in decode_chunks(itertools.chain([first], source), codec, line_offset):
                pass
            return codec
    for chunk in itertools.chain([first], source):
        lines.add(chunk)
    utf8_lines, other_lines = lines.finish()
    if not other_lines[1]:
        return "utf-8"
    if utf8_lines[1]:
        # Both kinds: name the first line of the minority, the one that looks out of place.
        if utf8_lines[1] >= other_lines[1]:
            raise ServiceError(
                message(
                    "Regel {line} is geen UTF-8-tekst, de rest van het bestand wel: het "
                    "bestand mengt twee tekencoderingen. Sla het opnieuw op als 'CSV UTF-8' "
                    "en importeer het dan.",
                    line=other_lines[0] - line_offset,
                )
            )
        raise ServiceError(
            message(
                "Regel {line} is UTF-8-tekst, de rest van het bestand Windows-1252: het "
                "bestand mengt twee tekencoderingen. Sla het opnieuw op als 'CSV UTF-8' en "
                "importeer het dan.",
                line=utf8_lines[0] - line_offset,
            )
        )
    return "cp1252"


def decode_chunks(chunks: Iterable[bytes], encoding: str, line_offset: int = 0) -> Iterator[str]:
    """The text of ``chunks`` in ``encoding`` (as :func:`detect_encoding` named it), piece by
    piece; a byte order mark at the start is dropped.

    Raises:
        ServiceError: naming the first line that is not valid in the encoding.
    """
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    bom = next((b for b, c in _BOMS if c == encoding), b"")
    decoder = codecs.getincrementaldecoder(codec)()
    lines_before = 0
    head, rest = head_of(chunks, len(bom), b"")
    for piece in itertools.chain([head.removeprefix(bom)], rest, [None]):
        final = piece is None
        chunk = b"" if piece is None else piece
        pending = decoder.getstate()[0]
        try:
            text = decoder.decode(chunk, final=final)
        except UnicodeDecodeError as exc:
            before = (pending + chunk)[: exc.start].decode(codec, errors="replace")
            line = lines_before + before.count("\n") + 1 - line_offset
            raise ServiceError(
                message(
                    "Regel {line} bevat tekens die in {encoding} niet bestaan: het bestand is "
                    "beschadigd of in een andere codering opgeslagen.",
                    line=line,
                    encoding=encoding_label(encoding),
                )
            ) from None
        lines_before += text.count("\n")
        if text:
            yield text


def head_of(chunks: Iterable[T], size: int, empty: T) -> tuple[T, Iterator[T]]:
    """The first chunks of ``chunks`` joined until they hold ``size`` items (or all there
    is), and the chunks after them: a byte order mark or ``sep=`` line may span chunks."""
    source = iter(chunks)
    parts = list(itertools.islice(source, 1))
    if not parts:
        return empty, source
    held = len(parts[0])
    while held < size and (more := next(source, None)) is not None:
        parts.append(more)
        held += len(more)
    return parts[0][:0].join(parts), source


class _LineKinds:
    """Per line with non-ASCII bytes, whether it is valid UTF-8: the first line and the
    number of lines of each kind, fed chunk by chunk."""

    def __init__(self) -> None:
        self.number = 0
        self.rest = b""
        self.utf8 = [0, 0]
        self.other = [0, 0]

    def add(self, chunk: bytes) -> None:
        data = self.rest + chunk
        if data.isascii():
            self.number += data.count(b"\n")
            self.rest = data[data.rfind(b"\n") + 1 :]
            return
        lines = data.split(b"\n")
        self.rest = lines.pop()
        for line in lines:
            self._line(line)

    def finish(self) -> tuple[list[int], list[int]]:
        """([first line, count] of the UTF-8 lines, the same of the others); 0 for none."""
        self._line(self.rest)
        self.rest = b""
        return self.utf8, self.other

    def _line(self, line: bytes) -> None:
        self.number += 1
        if line.isascii():
            return
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            kind = self.other
        else:
            kind = self.utf8
        kind[0] = kind[0] or self.number
        kind[1] += 1
