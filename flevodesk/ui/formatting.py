"""How values read in tables and forms: Dutch dates, euros, enum labels, yes/no."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from flevodesk.ui.texts import tr_text


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
