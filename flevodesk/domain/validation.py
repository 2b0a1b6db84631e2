"""Rules for values users type: e-mail, Dutch phone numbers and postcodes, dates.

Each ``clean_*`` function returns the value in its canonical form or raises
:class:`ValidationError` naming the field, so the importer, the forms and the command line
all say the same thing about the same mistake. Text that becomes a number, an amount or a
date is read in :mod:`flevodesk.domain.parsing`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, TypeVar

from flevodesk.domain.errors import ValidationError, ValidationErrors
from flevodesk.domain.messages import Message, Number, message

T = TypeVar("T")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
# Combinations the Dutch postal service never hands out.
_POSTCODE_BANNED_LETTERS = {"SA", "SD", "SS"}


def clean_text(
    field: str, value: str | None, *, required: bool = False, max_length: int = 0
) -> str | None:
    """Strip surrounding white space; empty becomes ``None``.

    Raises:
        ValidationError: when a required value is missing or the text is too long.
    """
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError(field, message("is verplicht"))
        return None
    if max_length and len(text) > max_length:
        raise ValidationError(
            field, message("is te lang (hoogstens {most} tekens)", most=Number(max_length))
        )
    return text


def clean_email(field: str, value: str | None) -> str | None:
    """Lower-case a plausible e-mail address.

    Raises:
        ValidationError: when the address has no single ``@`` or no domain with a dot.
    """
    text = clean_text(field, value, max_length=254)
    if text is None:
        return None
    if not _EMAIL.match(text):
        raise ValidationError(field, message("'{typed}' is geen geldig e-mailadres", typed=text))
    return text.lower()


def clean_phone(field: str, value: str | None) -> str | None:
    """Bring a Dutch phone number into one readable form.

    Accepts the forms people write (``06-12345678``, ``06 1234 5678``, ``+31 6 12345678``,
    ``0031612345678``, ``(0320) 123456``) and a mobile number whose leading zero a
    spreadsheet dropped (``612345678``). Dutch numbers come back as ``06-12345678`` for mobiles
    and ``0320-123456`` style for the rest (area code split off where it is known to be 3 or
    4 digits); foreign numbers keep their ``+`` form without spaces.

    Raises:
        ValidationError: when the digits cannot form a Dutch or international number.
    """
    text = clean_text(field, value, max_length=40)
    if text is None:
        return None
    if re.search(r"[^\d\s()+\-./]", text):
        raise ValidationError(field, message("'{typed}' is geen telefoonnummer", typed=text))
    # "+31 (0)6 ..." repeats the trunk zero in brackets; it is not part of the number.
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.startswith("+"):
        if digits.startswith("31"):
            digits = "0" + digits[2:]
        else:
            if not 8 <= len(digits) <= 15:
                raise ValidationError(field, _not_international(text))
            return "+" + digits
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("00"):
        if not 10 <= len(digits) <= 17:
            raise ValidationError(field, _not_international(text))
        return "+" + digits[2:]
    elif len(digits) == 9 and digits.startswith("6"):
        digits = "0" + digits
    if len(digits) != 10 or not digits.startswith("0"):
        raise ValidationError(
            field, message("'{typed}' is geen Nederlands telefoonnummer (10 cijfers)", typed=text)
        )
    return format_dutch_phone(digits)


def _not_international(text: str) -> Message:
    return message("'{typed}' is geen geldig internationaal nummer", typed=text)


# Area codes of two digits after the 0 (and the nationwide 085/088 ranges); the other
# Dutch fixed lines have three, so the split must be looked up, not counted.
_TWO_DIGIT_AREAS = {
    "10",
    "13",
    "15",
    "20",
    "23",
    "24",
    "26",
    "30",
    "33",
    "35",
    "36",
    "38",
    "40",
    "43",
    "45",
    "46",
    "50",
    "53",
    "55",
    "58",
    "70",
    "71",
    "72",
    "73",
    "74",
    "75",
    "76",
    "77",
    "78",
    "79",
    "85",
    "88",
}


def format_dutch_phone(digits: str) -> str:
    """Format ten digits starting with 0 with the area code split off (``0320-123456``)."""
    if digits.startswith("06"):
        return f"06-{digits[2:]}"
    if digits[1:3] in _TWO_DIGIT_AREAS:
        return f"{digits[:3]}-{digits[3:]}"
    return f"{digits[:4]}-{digits[4:]}"


def clean_postcode(field: str, value: str | None) -> str | None:
    """Return a Dutch postcode as ``1234 AB``.

    Raises:
        ValidationError: when it is not four digits (not starting with 0) and two letters.
    """
    text = clean_text(field, value, max_length=10)
    if text is None:
        return None
    match = _POSTCODE.match(text)
    if not match or match.group(2).upper() in _POSTCODE_BANNED_LETTERS:
        raise ValidationError(
            field, message("'{typed}' is geen geldige postcode (zoals 8224 AB)", typed=text)
        )
    return f"{match.group(1)} {match.group(2).upper()}"


def clean_non_negative(field: str, value: int | None) -> int | None:
    """Accept ``None`` or a whole number of zero or more."""
    if value is None:
        return None
    if value < 0:
        raise ValidationError(field, message("mag niet negatief zijn"))
    return value


def check_date_order(
    first_field: str,
    first: date | None,
    last_field: str,
    last: date | None,
    reason: Message | None = None,
) -> None:
    """Raise on ``last`` when both dates are known and ``last`` comes before ``first``."""
    if first is not None and last is not None and last < first:
        raise ValidationError(last_field, reason or message("ligt vóór de begindatum"))


def clean_birth_year(field: str, value: int | None, today: date | None = None) -> int | None:
    """A birth year between 1900 and this year."""
    if value is None:
        return None
    this_year = (today or date.today()).year
    if not 1900 <= value <= this_year:
        raise ValidationError(field, message("moet tussen 1900 en {year} liggen", year=this_year))
    return value


class Problems:
    """Collects every broken rule of one record, so one save reports them all at once.

    A ``validate()`` runs each rule through :meth:`clean` (or adds its own with
    :meth:`add`) and ends with :meth:`raise_any`. A field keeps its first message only: a
    value that cannot be read is not also reported as missing.
    """

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def clean(self, rule: Callable[..., T], field: str, value: Any, **options: Any) -> T | None:
        """``rule(field, value, **options)``, or ``None`` (the error noted) when it fails."""
        try:
            return rule(field, value, **options)
        except ValidationError as error:
            self.extend([error])
            return None

    def add(self, field: str, reason: Message) -> None:
        self.extend([ValidationError(field, reason)])

    def extend(self, errors: Iterable[ValidationError]) -> None:
        taken = {error.field for error in self.found}
        for error in errors:
            for part in error.each:
                if part.field not in taken:
                    self.found.append(part)
                    taken.add(part.field)

    def raise_any(self) -> None:
        """Raise what was found: one error as itself, several together."""
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise ValidationErrors(self.found)


def date_order_problem(
    values: Mapping[str, Any], first_field: str, last_field: str, reason: Message
) -> list[ValidationError]:
    """The error of :func:`check_date_order` for two fields of ``values`` (none when
    either is missing or unknown)."""
    try:
        check_date_order(
            first_field, values.get(first_field), last_field, values.get(last_field), reason
        )
    except ValidationError as error:
        return [error]
    return []
