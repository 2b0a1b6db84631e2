"""Dutch ways of writing dates, money and durations, and safe paragraph markup.

The names of months and days are written out here rather than taken from the locale:
a laptop set to English must still print "zaterdag 5 december 2026".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[(.+?)\]")


def long_date(day: date, *, weekday: bool = False) -> str:
    """``5 december 2026``, or ``zaterdag 5 december 2026`` with ``weekday=True``."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def short_date(day: date | None, empty: str = "–") -> str:
    """``05-12-2026``, the form Dutch forms and tables use; ``empty`` for no date."""
    return day.strftime("%d-%m-%Y") if day is not None else empty


def euro(amount: Decimal | None, empty: str = "–") -> str:
    """``€ 1.234,56``: Dutch thousands dots and decimal comma, rounded half up to cents.

    Works on the Decimal itself (never via float) so no cent is lost.
    """
    if amount is None:
        return empty
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    whole, _, fraction = f"{abs(cents):.2f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{sign}€ {'.'.join(groups)},{fraction}"


def hours_minutes(minutes: int) -> str:
    """``3:05`` for 185 minutes: hours and zero-padded minutes, as time sheets write it."""
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


def number(value: int | None, empty: str = "–") -> str:
    """An integer with Dutch thousands dots (``12.500``)."""
    return empty if value is None else f"{value:,}".replace(",", ".")


def dagdelen(values: Iterable[str]) -> str:
    """``ma ochtend, middag · za avond`` from dagdeel values like ``ma-ochtend``.

    Grouping by day keeps a week of availability on one short line of a phone list.
    """
    by_day: dict[str, list[str]] = {}
    for value in values:
        day, _, part = value.partition("-")
        by_day.setdefault(day, []).append(part)
    return " · ".join(f"{day} {', '.join(parts)}" for day, parts in by_day.items())


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
