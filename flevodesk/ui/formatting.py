"""How values read in tables and forms: Dutch dates, euros, enum labels, yes/no."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from flevodesk.domain.errors import ValidationError
from flevodesk.ui.texts import tr_text

_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\s*$")


def format_date(value: date | None) -> str:
    """``dd-mm-jjjj``, the form Dutch readers expect."""
    return "" if value is None else value.strftime("%d-%m-%Y")


def format_money(value: Decimal | None, *, symbol: bool = True) -> str:
    """ "€ 1.234,56" (no-break space): thousands with a dot, cents with a comma, no float."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    whole, cents = f"{abs(value):.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    text = f"{sign}{grouped},{cents}"
    # A no-break space keeps "€" and the amount on one line when a label wraps.
    return f"€\u00a0{text}" if symbol else text


def format_minutes(minutes: int | None) -> str:
    """ "12:30" hours and minutes, as time sheets write them."""
    if minutes is None:
        return ""
    return f"{minutes // 60}:{minutes % 60:02d}"


def label_of(member: Enum) -> str:
    """What a user reads for an enum member (a status, role, kind): its Dutch ``label``,
    through the translation, which ``make translations`` feeds every label to."""
    return tr_text(getattr(member, "label", str(member.value)))


def format_value(value: Any) -> str:
    """The text a table cell shows for any value a listing returns."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("formatting", "ja") if value else ""
    if isinstance(value, Enum) and isinstance(getattr(value, "label", None), str):
        return label_of(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_money(value)
    return str(value)


def parse_date(field: str, text: str) -> date | None:
    """Read ``dd-mm-jjjj`` (also ``d-m-jj``, with ``/`` or ``.``); empty gives ``None``.

    Raises:
        ValidationError: naming ``field`` when the text is no date.
    """
    if not text.strip():
        return None
    match = _DATE.match(text)
    message = QCoreApplication.translate("formatting", "is geen datum (dd-mm-jjjj)")
    if not match:
        raise ValidationError(field, message)
    day, month, year = (int(part) for part in match.groups())
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, message) from None


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
        raise ValidationError(
            field, QCoreApplication.translate("formatting", "is geen geheel getal")
        ) from None
