"""Which character encoding a text file is in, decided per file and never guessed per line.

A byte order mark settles it (UTF-8, or UTF-16 LE/BE as Excel's "Unicode-tekst" writes).
Without one, a file that is valid UTF-8 throughout is UTF-8, and one whose accented lines
are none of them UTF-8 is Windows-1252 (Dutch Excel's "CSV (gescheiden door
lijstscheidingsteken)"). A file with both kinds of lines was stitched together from two
sources: decoding it either way would store mojibake ("ZoÃ«") in some names, so it is
refused, naming the first line that differs from the file's majority.
"""

from __future__ import annotations

from flevodesk.services.errors import ServiceError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 met BOM",
    "cp1252": "Windows-1252",
    "utf-16-le": "UTF-16 LE (Unicode-tekst)",
    "utf-16-be": "UTF-16 BE",
    "xlsx": "Excel-werkmap (.xlsx)",
}


def encoding_label(encoding: str) -> str:
    """The Dutch-readable name of an encoding as :func:`decode` names it."""
    return _LABELS.get(encoding, encoding)


def decode(data: bytes, line_offset: int = 0) -> tuple[str, str]:
    """The text of ``data`` and the name of its encoding (see the module docstring).

    ``line_offset`` is subtracted from the line numbers in messages (a ``sep=`` line that
    Excel does not show).

    Raises:
        ServiceError: naming the first line that is not valid in the file's encoding.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, line_offset), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf8_lines, other_lines = _classify_lines(data)
    if utf8_lines:
        # Both kinds: name the first line of the minority, the one that looks out of place.
        if len(utf8_lines) >= len(other_lines):
            line = other_lines[0] - line_offset
            raise ServiceError(
                f"Regel {line} is geen UTF-8-tekst, de rest van het bestand wel: het bestand "
                "mengt twee tekencoderingen. Sla het opnieuw op als 'CSV UTF-8' en importeer "
                "het dan."
            )
        line = utf8_lines[0] - line_offset
        raise ServiceError(
            f"Regel {line} is UTF-8-tekst, de rest van het bestand Windows-1252: het bestand "
            "mengt twee tekencoderingen. Sla het opnieuw op als 'CSV UTF-8' en importeer het dan."
        )
    return _strict(data, "cp1252", line_offset), "cp1252"


def _strict(data: bytes, codec: str, line_offset: int) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode(codec, errors="replace")
        line = before.count("\n") + 1 - line_offset
        raise ServiceError(
            f"Regel {line} bevat tekens die in {encoding_label(codec)} niet bestaan: het "
            "bestand is beschadigd of in een andere codering opgeslagen."
        ) from None


def _classify_lines(data: bytes) -> tuple[list[int], list[int]]:
    """The numbers of the lines with non-ASCII bytes that are, and are not, valid UTF-8."""
    utf8: list[int] = []
    other: list[int] = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            other.append(number)
        else:
            utf8.append(number)
    return utf8, other
