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
    "typographic",
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
    """Plain text made safe for a reportlab Paragraph, line breaks kept, its straight
    quotes made typographic."""
    return escape(typographic(value or "")).replace("\n", "<br/>")


# Addresses keep their characters: an apostrophe in "o'brien@…" is part of the address.
_ADDRESS = re.compile(r"\S*(?:@|://|www\.)\S*")
_QUOTES = (
    (re.compile(r'"([^"\n]*)"'), "\u201c\\1\u201d"),  # “dubbele”
    (re.compile(r"(?:(?<=\s)|^)'(?=(?:s|t|n)\b)", re.MULTILINE), "\u2019"),  # ’s, ’t, zo’n
    (re.compile(r"(?<=[\w.,;:!?*)\u201d])'"), "\u2019"),  # Şükrü’s, a closing ’
    (re.compile(r"(?:(?<=[\s(\[])|^)'", re.MULTILINE), "\u2018"),  # an opening ‘
    (re.compile(r"'"), "\u2019"),
    (re.compile(r'"'), "\u201d"),
)


def typographic(value: str) -> str:
    """``"Samen" en Şükrü's 's avonds`` as a typesetter writes it: “Samen” en Şükrü’s
    ’s avonds; e-mail and web addresses stay exactly as typed."""
    if "'" not in value and '"' not in value:
        return value
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    shaped = _ADDRESS.sub(hold, value)
    for pattern, replacement in _QUOTES:
        shaped = pattern.sub(replacement, shaped)
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], shaped)


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
