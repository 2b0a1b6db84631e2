"""How values read in tables and forms: dates, euros, enum labels, yes/no, each as the
reader's language writes them (:func:`flevodesk.message_text.spoken`; Dutch by default)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from flevodesk.domain.conventions import MINUS, conventions
from flevodesk.language import Language
from flevodesk.message_text import spoken
from flevodesk.ui.texts import tr_text


def format_date(value: date | None) -> str:
    """``dd-mm-jjjj`` in Dutch, ``dd/mm/yyyy`` in English; both parse back in a form."""
    return "" if value is None else conventions(spoken()).short_date(value)


def format_money(value: Decimal | None, *, symbol: bool = True) -> str:
    """ "€ 1.234,56" in Dutch (no-break space), "€1,234.56" in English; never via float.

    Without ``symbol`` it is the text of a money field, which the domain reads back
    (``parse_money``): Dutch "1.234,56", or in English "1234.56" without thousands commas,
    which that reading would take for a decimal comma.
    """
    if value is None:
        return ""
    language = spoken()
    if not symbol:
        if language is Language.ENGLISH:
            return f"{value:.2f}"
        return conventions(language).number(value, places=2).replace(MINUS, "-")
    # A no-break space keeps "€" and the amount on one line when a label wraps.
    return conventions(language).money(value, no_break=True)


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
