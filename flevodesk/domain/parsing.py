"""Typed text into values: amounts, dates, whole numbers and hours as Dutch users write
them, in a form, on the command line or in a spreadsheet cell.

The one place where text becomes a typed value. Every function raises
:class:`~flevodesk.domain.errors.ValidationError` naming the field, with a Dutch reason, so
a form shows it beside the right widget and the importer on the right line. No Qt, no
database.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import message

# Day before month, as in the Netherlands; "-", "/" or "." between the parts.
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_EXCEL_EPOCH = date(1899, 12, 30)
_LARGEST_AMOUNT = Decimal("1000000000")
_CENT = Decimal("0.01")


def parse_money(
    field: str, value: Decimal | str | int | None, *, required: bool = False
) -> Decimal | None:
    """A non-negative amount in euros with exactly two decimals; empty gives ``None``.

    Accepts Dutch notation (``1.234,56``, ``€ 300``) as well as ``1234.56``, and an amount
    that is a Decimal already (a model checks its own values with this too). Never via
    float, so no cent is lost.

    Raises:
        ValidationError: for text that is no amount, a negative amount, or sub-cent precision.
        TypeError: for a float, which cannot hold cents exactly.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, message("is verplicht"))
        return None
    if isinstance(value, float):
        raise TypeError("money must never be a float")
    if isinstance(value, str):
        value = _amount(field, value)
    amount = Decimal(value)
    if not amount.is_finite():
        raise ValidationError(field, message("'{typed}' is geen bedrag", typed=str(value)))
    if amount < 0:
        raise ValidationError(field, message("mag niet negatief zijn"))
    # Checked before quantize, which fails on huge exponents instead of answering.
    if amount >= _LARGEST_AMOUNT:
        raise ValidationError(field, message("is onwaarschijnlijk groot"))
    if amount != amount.quantize(_CENT):
        raise ValidationError(field, message("heeft meer dan twee decimalen"))
    return amount.quantize(_CENT)


def _amount(field: str, text: str) -> Decimal:
    """``€ 1.234,56`` or ``1234.56`` as a Decimal: a comma is the decimal sign, and dots
    that group thousands (``12.500``) are no decimal point."""
    cleaned = text.replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            field, message("'{typed}' is geen bedrag", typed=text.strip())
        ) from None


def parse_date(field: str, text: str) -> date | None:
    """A date typed in a form: ``dd-mm-jjjj`` (also ``d-m-jj``, with ``/`` or ``.``);
    empty gives ``None``. A two-digit year is in this century: forms mostly ask for
    deadlines and activities to come.

    Raises:
        ValidationError: naming ``field`` when the text is no date.
    """
    typed = text.strip()
    if not typed:
        return None
    no_date = message("is geen datum (dd-mm-jjjj)")
    match = _DMY.match(typed)
    if not match:
        raise ValidationError(field, no_date)
    day, month, year = (int(part) for part in match.groups())
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, no_date) from None


def parse_date_cell(cell: object, field: str, today: date | None = None) -> date | None:
    """A date from a spreadsheet cell: ``3-4-1961``, ``03-04-1961``, ``3/4/1961``, ISO
    ``1961-04-03`` or a date cell.

    Day comes before month, as in the Netherlands. A two-digit year is taken as the latest
    year that is not in the future (lists hold birth dates and VOGs seen). A bare number
    from xlsx is read as an Excel serial date. The message quotes the cell, so a report of
    many rows says which value was wrong.

    Raises:
        ValidationError: naming ``field`` when the cell is no date.
    """
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if 1 <= cell < 2958466:
            return _EXCEL_EPOCH + timedelta(days=int(cell))
        raise ValidationError(field, message("'{typed}' is geen datum", typed=text_of(cell)))
    text = text_of(cell)
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        return _cell_date(field, text, year, month, day)
    dmy = _DMY.match(text)
    if dmy:
        day, month, year = (int(g) for g in dmy.groups())
        if len(dmy.group(3)) == 2:
            this_year = (today or date.today()).year
            year += 2000 if 2000 + year <= this_year else 1900
        return _cell_date(field, text, year, month, day)
    raise ValidationError(
        field,
        message("'{typed}' is geen datum (schrijf dag-maand-jaar, zoals 3-4-1961)", typed=text),
    )


def _cell_date(field: str, text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field, message("'{typed}' bestaat niet als datum", typed=text)
        ) from None


def parse_int(field: str, text: str) -> int | None:
    """A whole number or ``None`` for empty text.

    Raises:
        ValidationError: naming ``field`` when the text is no whole number.
    """
    if not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError(field, message("is geen geheel getal")) from None


def parse_hours(field: str, hours: str, minutes: str = "") -> tuple[int, int]:
    """Time given, typed as hours and minutes in two boxes; an empty box counts as 0.

    The hours box takes time as people write it (:func:`parse_duration`: "1,5", "1:30",
    "90 min", "2 uur"); the minutes box whole minutes. Minutes of 60 or more carry over into
    hours, so "1" and "75" is 2 hours 15.

    Raises:
        ValidationError: naming ``field`` for text that is no time or a negative time.
    """
    extra = parse_int(field, minutes) or 0
    if extra < 0:
        raise ValidationError(field, _NEGATIVE_TIME)
    total = parse_duration(field, hours) + extra
    return total // 60, total % 60


_HOUR_UNIT = r"(?:u|uur|uren|h|hr|hrs|hours?)\.?"
_MINUTE_UNIT = r"(?:m|min|mins|minuut|minuten|minutes?)\.?"
_NUMBER = r"\d+(?:[.,]\d+)?"
_CLOCK = re.compile(r"^(\d+):(\d{1,2})$")
_DECIMAL_HOURS = re.compile(rf"^({_NUMBER})\s*(?:{_HOUR_UNIT})?$")
_MINUTES_ONLY = re.compile(rf"^(\d+)\s*{_MINUTE_UNIT}$")
_HOURS_AND_MINUTES = re.compile(rf"^(\d+)\s*{_HOUR_UNIT}\s*(?:en\s*)?(\d+)\s*(?:{_MINUTE_UNIT})?$")
_NEGATIVE_TIME = message("uren en minuten kunnen niet negatief zijn")


def parse_duration(field: str, text: str) -> int:
    """A time typed as people write it, in whole minutes; empty text is 0.

    A bare number is hours, with a decimal comma or point ("1,5" and "1.5" are 90 minutes);
    "1:30" is hours and minutes; units may follow ("2 uur", "90 min", "1 uur 30", "1u30").
    Minutes over 60 carry over ("0:90" is 90 minutes). A decimal time is rounded to the
    nearest minute.

    Raises:
        ValidationError: naming ``field`` for text that is no time, or a negative time.
    """
    typed = " ".join(text.strip().lower().split())
    if not typed:
        return 0
    if typed.startswith("-"):
        raise ValidationError(field, _NEGATIVE_TIME)
    if clock := _CLOCK.match(typed):
        return int(clock.group(1)) * 60 + int(clock.group(2))
    if decimal := _DECIMAL_HOURS.match(typed):
        hours = Decimal(decimal.group(1).replace(",", "."))
        return int((hours * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if only := _MINUTES_ONLY.match(typed):
        return int(only.group(1))
    if both := _HOURS_AND_MINUTES.match(typed):
        return int(both.group(1)) * 60 + int(both.group(2))
    raise ValidationError(
        field,
        message(
            "'{typed}' is geen tijdsduur (schrijf bijvoorbeeld 1,5 of 1:30 of 90 min)",
            typed=text.strip(),
        ),
    )


def check_hours(field: str, hours: int, minutes: int) -> None:
    """The rules for hours and minutes, however they were entered.

    Raises:
        ValidationError: naming ``field`` for a negative part or minutes of 60 or more.
    """
    if hours < 0 or minutes < 0:
        raise ValidationError(field, _NEGATIVE_TIME)
    if minutes >= 60:
        raise ValidationError(field, message("minuten moeten onder de 60 blijven"))


def text_of(cell: object) -> str:
    """The cell as trimmed text; a whole float from xlsx loses its ``.0``."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


__all__ = [
    "check_hours",
    "parse_date",
    "parse_date_cell",
    "parse_duration",
    "parse_hours",
    "parse_int",
    "parse_money",
    "text_of",
]
