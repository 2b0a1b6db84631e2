"""Dutch ways of writing dates, money and durations, and safe paragraph markup.

The names of months and days are written out here rather than taken from the locale:
a laptop set to English must still print "zaterdag 5 december 2026".
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from flevodesk.domain import dutch
from flevodesk.domain.dutch import MONTHS, WEEKDAYS, dagdelen, hours_minutes, long_date, number

#: Binds what must not be split over two lines: "€" to its amount, "van der" to "Berg".
NBSP = "\u00a0"

__all__ = [
    "MONTHS",
    "NBSP",
    "WEEKDAYS",
    "dagdelen",
    "emphasis",
    "euro",
    "hours_minutes",
    "linked",
    "long_date",
    "number",
    "plain_link_text",
    "printed_date",
    "text",
]

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[(.+?)\]")


def euro(amount: Decimal | None, empty: str = "–") -> str:
    """``€ 1.234,56`` as printed: the sign a true minus, "€" bound to the amount."""
    written = dutch.euro(amount, empty)
    if written.startswith("-"):
        written = "\u2212" + written[1:]
    return written.replace("€ ", "€" + NBSP)


def printed_date(day: date | None, empty: str = "–") -> str:
    """``1 december 2026``: the one way every printout writes a date; ``empty`` for none."""
    return long_date(day) if day is not None else empty


def text(value: str | None) -> str:
    """Plain text made safe for a reportlab Paragraph, line breaks kept."""
    return escape(value or "").replace("\n", "<br/>")


def emphasis(value: str) -> str:
    """Paragraph markup for text whose key words the seed marks as ``**bold**``."""
    return _BOLD.sub(r"<b>\1</b>", text(value))


def linked(value: str, url: str | None) -> str:
    """Paragraph markup for a "verder interessant" sentence whose link words are ``[words]``.

    The link words are bold and coloured on paper; with a URL they are also clickable.
    """
    safe = text(value)
    if url:
        href = escape(url, {'"': "&quot;"})
        return _LINK.sub(
            rf'<link href="{href}"><font color="#0B6E99"><b>\1</b></font></link>', safe
        )
    return _LINK.sub(r'<font color="#0B6E99"><b>\1</b></font>', safe)


def plain_link_text(value: str) -> str:
    """The sentence as a reader sees it, without the link brackets."""
    return _LINK.sub(r"\1", value)
