"""How a printout writes dates, money and numbers in its language, and safe paragraph markup.

The names of months and days are written out here rather than taken from the locale:
a laptop set to English must still print "zaterdag 5 december 2026". A printout in
another language (:mod:`flevodesk.reports.wording`) takes the month and day names from its
translation file and its digits, thousands and money from :data:`NUMBER_STYLES`:

=========  ======================  =============================
           Dutch (the source)      English (en-GB)
=========  ======================  =============================
date       1 december 2026         1 December 2026
weekday    zaterdag 5 december     Saturday 5 December 2026
money      € 1.234,56 / −€ 17,50   €1,234.56 / −€17.50
count      12.500                  12,500
time       10.00–12.00             10:00–12:00
=========  ======================  =============================

British conventions: day before month without a comma, the euro sign against the amount
and the minus before the sign (as UK banks print a debit), the 24-hour clock with a colon
(read everywhere; "10.00" is British too, but a reader of another language takes it for
a decimal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from flevodesk.domain.dutch import MONTHS, WEEKDAYS, dagdelen, hours_minutes
from flevodesk.language import SOURCE, Language
from flevodesk.reports.wording import language, words

#: Binds what must not be split over two lines: "€" to its amount, "van der" to "Berg".
NBSP = "\u00a0"

__all__ = [
    "MONTHS",
    "NBSP",
    "NUMBER_STYLES",
    "WEEKDAYS",
    "NumberStyle",
    "clock",
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
    "time_span",
    "typographic",
    "whole_euros",
]

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[(.+?)\]")


@dataclass(frozen=True)
class NumberStyle:
    """How a language writes numbers and euros."""

    thousands: str
    decimal: str
    #: The euro sign's place: ``{amount}`` is the number, bound to the sign by a no-break
    #: space where the language puts one.
    money: str
    #: Between hours and minutes of a clock time.
    clock: str


#: One line per language of the printouts; a language without one writes as Dutch does.
NUMBER_STYLES = {
    Language.DUTCH: NumberStyle(
        thousands=".", decimal=",", money="€" + NBSP + "{amount}", clock="."
    ),
    Language.ENGLISH: NumberStyle(thousands=",", decimal=".", money="€{amount}", clock=":"),
}


def _style() -> NumberStyle:
    return NUMBER_STYLES.get(language(), NUMBER_STYLES[SOURCE])


def _grouped(whole: int, thousands: str) -> str:
    return f"{whole:,}".replace(",", thousands)


def euro(amount: Decimal | None, empty: str = "–") -> str:
    """``€ 1.234,56`` as printed (``€1,234.56`` in English): rounded half up to cents on the
    Decimal itself, the sign a true minus before the euro, "€" bound to the amount."""
    if amount is None:
        return empty
    style = _style()
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{abs(cents):.2f}".partition(".")
    written = style.money.format(
        amount=f"{_grouped(int(whole), style.thousands)}{style.decimal}{fraction}"
    )
    return "\u2212" + written if cents < 0 else written


def whole_euros(amount: Decimal) -> str:
    """``€ 12.500`` (``€12,500``): whole euros, rounded half up, for a label beside a bar."""
    whole = int(amount.quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    written = _style().money.format(amount=_grouped(abs(whole), _style().thousands))
    return "\u2212" + written if whole < 0 else written


def number(value: int | None, empty: str = "–") -> str:
    """An integer with the language's thousands separator (``12.500``, ``12,500``)."""
    return empty if value is None else _grouped(value, _style().thousands)


def _month(index: int) -> str:
    # Each name a literal, so the collector for lupdate finds all twelve.
    return (
        words("januari"),
        words("februari"),
        words("maart"),
        words("april"),
        words("mei"),
        words("juni"),
        words("juli"),
        words("augustus"),
        words("september"),
        words("oktober"),
        words("november"),
        words("december"),
    )[index]


def _weekday(index: int) -> str:
    return (
        words("maandag"),
        words("dinsdag"),
        words("woensdag"),
        words("donderdag"),
        words("vrijdag"),
        words("zaterdag"),
        words("zondag"),
    )[index]


def long_date(day: date, *, weekday: bool = False) -> str:
    """``5 december 2026`` (``5 December 2026``), with ``weekday=True`` ``zaterdag 5
    december 2026``: the order is the translation's (``{day} {month} {year}``)."""
    written = words("{day} {month} {year}").format(
        day=day.day, month=_month(day.month - 1), year=day.year
    )
    if not weekday:
        return written
    return words("{weekday} {date}").format(weekday=_weekday(day.weekday()), date=written)


def printed_date(day: date | None, empty: str = "–") -> str:
    """``1 december 2026``: the one way every printout writes a date; ``empty`` for none."""
    return long_date(day) if day is not None else empty


def clock(moment: time) -> str:
    """``10.00`` (``10:00``): a time of day on the 24-hour clock."""
    return f"{moment.hour}{_style().clock}{moment.minute:02d}"


def time_span(start: time, end: time) -> str:
    """``10.00–12.00`` (``10:00–12:00``): from one time to another, an en dash between."""
    return f"{clock(start)}\u2013{clock(end)}"


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


# A span of clock times as users type it: "10:00-12:00", "10.00 - 12.00 uur".
_TIME_SPAN = re.compile(
    r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\s*[-\u2013]\s*([01]?\d|2[0-3])[:.]([0-5]\d)"
    r"(?:\s*uur\b|\b)"
)


def _time_span(match: re.Match[str]) -> str:
    start = time(int(match.group(1)), int(match.group(2)))
    end = time(int(match.group(3)), int(match.group(4)))
    return time_span(start, end) + (f"{NBSP}uur" if language() == SOURCE else "")


def typographic(value: str) -> str:
    """``"Samen" en Şükrü's 's avonds, 10:00-12:00`` as a typesetter writes it: “Samen”
    en Şükrü’s ’s avonds, 10.00–12.00 uur (in English 10:00–12:00); e-mail and web
    addresses stay exactly as typed."""
    quoted = "'" in value or '"' in value
    timed = ("." in value or ":" in value) and _TIME_SPAN.search(value) is not None
    if not quoted and not timed:
        return value
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    shaped = _ADDRESS.sub(hold, value)
    if timed:
        shaped = _TIME_SPAN.sub(_time_span, shaped)
    for pattern, replacement in _QUOTES if quoted else ():
        shaped = pattern.sub(replacement, shaped)
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m.group(1))], shaped)


def emphasis(value: str) -> str:
    """Paragraph markup for text whose key words the seed marks as ``**bold**``."""
    return _BOLD.sub(r"<b>\1</b>", text(value))


def linked(value: str, url: str | None) -> str:
    """Paragraph markup for a "verder interessant" sentence whose link words are ``[words]``.

    With a URL the link words are bold in the link colour and clickable, and the page prints
    the address beside them; without one they are only bold, so paper does not promise a
    link it cannot give.
    """
    safe = text(value)
    if url:
        href = escape(url, {'"': "&quot;"})
        return _LINK.sub(
            rf'<link href="{href}"><font color="#0B6E99"><b>\1</b></font></link>', safe
        )
    return _LINK.sub(r"<b>\1</b>", safe)


def plain_link_text(value: str) -> str:
    """The sentence as a reader sees it, without the link brackets."""
    return _LINK.sub(r"\1", value)
