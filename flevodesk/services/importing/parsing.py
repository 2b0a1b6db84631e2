"""Turn one cell into a typed value: dates, phone numbers, years, roles, yes/no.

Each parser takes the raw cell (text from CSV; text, number or date from xlsx) and raises
:class:`ValidationError` with a Dutch reason, so the importer can report every cell.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from flevodesk.domain.enums import ConsentMethod, PersonStatus, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.text import fold
from flevodesk.domain.validation import clean_phone

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_EXCEL_EPOCH = date(1899, 12, 30)


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


def parse_date(cell: object, field: str, today: date | None = None) -> date | None:
    """A date from ``3-4-1961``, ``03-04-1961``, ``3/4/1961``, ISO ``1961-04-03`` or a date cell.

    Day comes before month, as in the Netherlands. A two-digit year is taken as the latest
    year that is not in the future. A bare number from xlsx is read as an Excel serial date.
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
        raise ValidationError(field, f"'{text_of(cell)}' is geen datum")
    text = text_of(cell)
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        return _make_date(field, text, year, month, day)
    dmy = _DMY.match(text)
    if dmy:
        day, month, year = (int(g) for g in dmy.groups())
        if len(dmy.group(3)) == 2:
            this_year = (today or date.today()).year
            year += 2000 if 2000 + year <= this_year else 1900
        return _make_date(field, text, year, month, day)
    raise ValidationError(field, f"'{text}' is geen datum (schrijf dag-maand-jaar, zoals 3-4-1961)")


def _make_date(field: str, text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, f"'{text}' bestaat niet als datum") from None


def parse_phone(cell: object, field: str) -> str | None:
    """A phone number in the project's one form; a number cell that lost its 0 is restored."""
    typed = text_of(cell)
    # "+31 (0)6 ..." is common on letterheads; the (0) is not dialled from abroad.
    text = typed.replace("(0)", "")
    try:
        return clean_phone(field, text)
    except ValidationError as exc:
        # Quote what the user typed, not the number with its (0) taken out.
        raise ValidationError(field, exc.message.replace(f"'{text}'", f"'{typed}'")) from None


def parse_year(cell: object, field: str) -> int | None:
    """A four-digit year from a number or text cell."""
    text = text_of(cell)
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text):
        raise ValidationError(field, f"'{text}' is geen jaartal")
    return int(text)


_YES = {"ja", "j", "yes", "y", "x", "waar", "true", "1", "akkoord", "gegeven"}
_NO = {"nee", "n", "no", "onwaar", "false", "0", "-"}


def parse_consent(cell: object, field: str, today: date) -> date | None:
    """The date consent was given: a date, or "ja" for consent given (dated ``today``)."""
    if isinstance(cell, date | datetime):
        return parse_date(cell, field)
    text = fold(text_of(cell))
    if not text or text in _NO:
        return None
    if text in _YES:
        return today
    return parse_date(cell, field)


_ROLE_WORDS: dict[str, Role] = {
    "kartrekker": Role.KARTREKKER,
    "trekker": Role.KARTREKKER,
    "initiatiefnemer": Role.KARTREKKER,
    "vrijwilliger": Role.VRIJWILLIGER,
    "volunteer": Role.VRIJWILLIGER,
    "coordinator": Role.COORDINATOR,
    "bestuur": Role.BESTUUR,
    "bestuurslid": Role.BESTUUR,
    "voorzitter": Role.BESTUUR,
    "secretaris": Role.BESTUUR,
    "penningmeester": Role.BESTUUR,
}


def parse_role(cell: object, field: str) -> Role | None:
    """A role from its Dutch name ("Coördinator", "bestuurslid", "penningmeester", ...)."""
    text = fold(text_of(cell))
    if not text:
        return None
    role = _ROLE_WORDS.get(text)
    if role is None:
        names = ", ".join(r.label.lower() for r in Role)
        raise ValidationError(field, f"'{text_of(cell)}' is geen rol (kies uit {names})")
    return role


def parse_status(cell: object, field: str) -> PersonStatus | None:
    """A person's status by its value or label (actief, inactief, gestopt)."""
    text = fold(text_of(cell))
    if not text:
        return None
    for status in PersonStatus:
        if text in {status.value, fold(status.label)}:
            return status
    raise ValidationError(field, f"'{text_of(cell)}' is geen status (actief, inactief, gestopt)")


def parse_consent_method(cell: object, field: str) -> ConsentMethod | None:
    """How consent was given: formulier, e-mail or mondeling."""
    text = fold(text_of(cell)).replace(" ", "")
    if not text:
        return None
    for method in ConsentMethod:
        if text in {method.value, method.value.replace("-", ""), fold(method.label)}:
            return method
    raise ValidationError(field, f"'{text_of(cell)}' is geen manier (formulier, e-mail, mondeling)")
