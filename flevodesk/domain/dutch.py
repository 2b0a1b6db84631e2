"""How Dutch readers write dates, money, numbers and durations.

Month and day names are written out rather than taken from the locale: a laptop set to
English must still show "zaterdag 5 december 2026". No Qt, no reportlab, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

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


def day_month(month_day: str) -> str:
    """``1 september`` from a month-day pair written ``09-01``."""
    month, day = (int(part) for part in month_day.split("-"))
    return f"{day} {MONTHS[month - 1]}"


def count_of(number: int, one: str, more: str) -> str:
    """``1 reservekopie``, ``0 reservekopieën``, ``2 reservekopieën``: Dutch takes the
    plural for every number but one."""
    return f"{number} {one if number == 1 else more}"


def dagdelen(values: Iterable[str]) -> str:
    """``ma ochtend, middag · za avond`` from dagdeel values like ``ma-ochtend``.

    Grouping by day keeps a week of availability on one short line of a phone list.
    """
    by_day: dict[str, list[str]] = {}
    for value in values:
        day, _, part = value.partition("-")
        by_day.setdefault(day, []).append(part)
    # A value without a dagdeel ("flexibel") is shown as it is.
    return " · ".join(
        f"{day} {', '.join(parts)}" if any(parts) else day for day, parts in by_day.items()
    )
