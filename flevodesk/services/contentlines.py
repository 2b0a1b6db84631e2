"""Content lines as iCalendar (RFC 5545) and vCard (RFC 2426/6350) write them.

Both formats escape text the same way and fold lines longer than 75 octets, with CRLF
line ends; both the calendar and the contacts export use these helpers.
"""

from __future__ import annotations

from collections.abc import Iterable

_FOLD_OCTETS = 75


def escape(text: str) -> str:
    """Escape backslash, comma, semicolon and new lines in a text value."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split a line into chunks of at most 75 octets, never inside a UTF-8 character."""
    chunks: list[str] = []
    current, size = "", 0
    limit = _FOLD_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append(current)
            # Continuation lines begin with a space, which counts towards their 75 octets.
            current, size, limit = char, width, _FOLD_OCTETS - 1
        else:
            current += char
            size += width
    chunks.append(current)
    return "\r\n ".join(chunks)


def render(lines: Iterable[str]) -> str:
    """Folded content lines joined with CRLF, ending in CRLF."""
    return "".join(fold(line) + "\r\n" for line in lines)
