"""Turn one cell into a typed value: phone numbers, years, roles, yes/no (dates are read
by :func:`flevodesk.domain.parsing.parse_date_cell`).

Each parser takes the raw cell (text from CSV; text, number or date from xlsx) and raises
:class:`ValidationError` with a Dutch reason, so the importer can report every cell.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from flevodesk.domain.enums import ConsentMethod, PersonStatus, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import Message, message
from flevodesk.domain.parsing import parse_date_cell, text_of
from flevodesk.domain.text import fold
from flevodesk.domain.validation import clean_phone


def parse_phone(cell: object, field: str) -> str | None:
    """A phone number in the project's one form; a number cell that lost its 0 is restored."""
    typed = text_of(cell)
    # "+31 (0)6 ..." is common on letterheads; the (0) is not dialled from abroad.
    text = typed.replace("(0)", "")
    try:
        return clean_phone(field, text)
    except ValidationError as exc:
        # Quote what the user typed, not the number with its (0) taken out.
        said = exc.translatable
        values = {name: typed if value == text else value for name, value in said.values.items()}
        raise ValidationError(field, Message(said.template, values)) from None


def parse_year(cell: object, field: str) -> int | None:
    """A four-digit year from a number or text cell."""
    text = text_of(cell)
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text):
        raise ValidationError(field, message("'{typed}' is geen jaartal", typed=text))
    return int(text)


_YES = {"ja", "j", "yes", "y", "x", "waar", "true", "1", "akkoord", "gegeven"}
_NO = {"nee", "n", "no", "onwaar", "false", "0", "-"}


def parse_consent(cell: object, field: str, today: date) -> date | None:
    """The date consent was given: a date, or "ja" for consent given (dated ``today``)."""
    if isinstance(cell, date | datetime):
        return parse_date_cell(cell, field)
    text = fold(text_of(cell))
    if not text or text in _NO:
        return None
    if text in _YES:
        return today
    return parse_date_cell(cell, field)


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
        raise ValidationError(
            field,
            message("'{typed}' is geen rol (kies uit {names})", typed=text_of(cell), names=names),
        )
    return role


def parse_status(cell: object, field: str) -> PersonStatus | None:
    """A person's status by its value or label (actief, inactief, gestopt)."""
    text = fold(text_of(cell))
    if not text:
        return None
    for status in PersonStatus:
        if text in {status.value, fold(status.label)}:
            return status
    raise ValidationError(
        field, message("'{typed}' is geen status (actief, inactief, gestopt)", typed=text_of(cell))
    )


def parse_consent_method(cell: object, field: str) -> ConsentMethod | None:
    """How consent was given: formulier, e-mail or mondeling."""
    text = fold(text_of(cell)).replace(" ", "")
    if not text:
        return None
    for method in ConsentMethod:
        if text in {method.value, method.value.replace("-", ""), fold(method.label)}:
            return method
    raise ValidationError(
        field,
        message("'{typed}' is geen manier (formulier, e-mail, mondeling)", typed=text_of(cell)),
    )
