"""How each language writes dates, numbers, money and hours.

Month names are written out rather than taken from the computer's locale: a laptop set to
English must still show "5 december 2026" to a Dutch reader, and the reverse. No Qt, so
domain and services can fill a message in Dutch, and the edge in any language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from flevodesk.domain.dutch import MONTHS as DUTCH_MONTHS
from flevodesk.language import Language

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: A real minus sign (U+2212): a hyphen before an amount is easily missed or read as a dash.
MINUS = "\u2212"


@dataclass(frozen=True, slots=True)
class Conventions:
    """One language's way of writing values.

    Attributes:
        months: the month names, January first.
        thousands: the separator between groups of three digits.
        decimal: the separator before the fraction.
        euro: what stands before an amount ("€ " in Dutch, "€" in English).
        short: the strftime pattern of a date in a table or form.
    """

    months: tuple[str, ...]
    thousands: str
    decimal: str
    euro: str
    short: str

    def long_date(self, day: date) -> str:
        """``1 december 2026`` / ``1 December 2026``."""
        return f"{day.day} {self.months[day.month - 1]} {day.year}"

    def short_date(self, day: date) -> str:
        """``01-12-2026`` / ``01/12/2026``."""
        return day.strftime(self.short)

    def day_month(self, month: int, day: int) -> str:
        """``1 september`` / ``1 September``: a day of every year."""
        return f"{day} {self.months[month - 1]}"

    def clock(self, moment: datetime) -> str:
        """``14:05`` in the computer's time zone (both languages write a 24-hour clock)."""
        return f"{moment.astimezone():%H:%M}" if moment.tzinfo else f"{moment:%H:%M}"

    def number(self, value: int | Decimal, places: int | None = None) -> str:
        """``12.500`` / ``12,500``; a Decimal keeps its places unless ``places`` says."""
        if isinstance(value, int):
            return self._grouped(f"{abs(value)}", "", value < 0)
        if places is not None:
            value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        whole, _, fraction = f"{abs(value):f}".partition(".")
        return self._grouped(whole, fraction, value < 0)

    def money(self, amount: Decimal, *, no_break: bool = False, sign: str = MINUS) -> str:
        """``€ 1.234,56`` / ``€1,234.56``; a negative amount ``−€ 17,50`` / ``−€17.50``.

        ``no_break`` keeps "€" and the amount on one line where a label wraps.
        """
        cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        whole, _, fraction = f"{abs(cents):.2f}".partition(".")
        euro = self.euro.replace(" ", "\u00a0") if no_break else self.euro
        return f"{sign if cents < 0 else ''}{euro}{self._grouped(whole, fraction, False)}"

    def hours(self, minutes: int) -> str:
        """``3:05`` for 185 minutes, as time sheets write it in either language."""
        hours, rest = divmod(minutes, 60)
        return f"{hours}:{rest:02d}"

    def _grouped(self, whole: str, fraction: str, negative: bool) -> str:
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        text = self.thousands.join(groups) + (self.decimal + fraction if fraction else "")
        return MINUS + text if negative else text


_CONVENTIONS = {
    Language.DUTCH: Conventions(DUTCH_MONTHS, ".", ",", "€ ", "%d-%m-%Y"),
    Language.ENGLISH: Conventions(ENGLISH_MONTHS, ",", ".", "€", "%d/%m/%Y"),
}


def conventions(language: Language) -> Conventions:
    """How ``language`` writes values."""
    return _CONVENTIONS[language]
