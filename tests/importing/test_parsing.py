"""Parsing one cell: dates, phone numbers, roles, consent (dagdelen: tests/domain)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from flevodesk.domain.enums import PersonStatus, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import parse_date_cell
from flevodesk.services.importing import parsing


@pytest.mark.parametrize(
    "cell",
    [
        "3-4-1961",
        "03-04-1961",
        "3/4/1961",
        "3.4.1961",
        "1961-04-03",
        "1961-04-03 00:00:00",
        " 03-04-1961 ",
        datetime(1961, 4, 3, 0, 0),
        date(1961, 4, 3),
        22374,  # the Excel serial number of 3 April 1961
    ],
)
def test_date_forms(cell):
    assert parse_date_cell(cell, "vog_date") == date(1961, 4, 3)


def test_two_digit_years_are_not_in_the_future():
    today = date(2026, 11, 28)
    assert parse_date_cell("3-4-61", "f", today) == date(1961, 4, 3)
    assert parse_date_cell("3-4-25", "f", today) == date(2025, 4, 3)


@pytest.mark.parametrize(
    ("cell", "reason"),
    [("31-2-2020", "bestaat niet"), ("morgen", "geen datum"), ("2020/13/01", "geen datum")],
)
def test_wrong_dates(cell, reason):
    with pytest.raises(ValidationError, match=reason):
        parse_date_cell(cell, "f")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("06-12345678", "06-12345678"),
        ("06 1234 5678", "06-12345678"),
        ("0612345678", "06-12345678"),
        ("+31 6 12345678", "06-12345678"),
        ("+31 (0)6 12345678", "06-12345678"),
        ("0031612345678", "06-12345678"),
        ("612345678", "06-12345678"),
        (612345678, "06-12345678"),
        (612345678.0, "06-12345678"),
        ("(0320) 123456", "0320-123456"),
        ("0320-123456", "0320-123456"),
        ("036 123 4567", "036-1234567"),
        ("+32 2 123 45 67", "+3221234567"),
        ("", None),
        (None, None),
    ],
)
def test_phone_forms(cell, expected):
    assert parsing.parse_phone(cell, "phone") == expected


@pytest.mark.parametrize("cell", ["12345", "06-1234567a", "+31 6 1234"])
def test_wrong_phone_numbers(cell):
    with pytest.raises(ValidationError):
        parsing.parse_phone(cell, "phone")


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("Coördinator", Role.COORDINATOR),
        ("coordinator", Role.COORDINATOR),
        ("Kartrekker", Role.KARTREKKER),
        ("penningmeester", Role.BESTUUR),
        ("", None),
    ],
)
def test_roles(cell, role):
    assert parsing.parse_role(cell, "role") == role


def test_unknown_role_names_the_choices():
    with pytest.raises(ValidationError, match="kartrekker"):
        parsing.parse_role("baas", "role")


def test_status_and_year_and_consent():
    assert parsing.parse_status("Inactief", "status") is PersonStatus.INACTIEF
    assert parsing.parse_year(1961.0, "birth_year") == 1961
    today = date(2026, 1, 2)
    assert parsing.parse_consent("ja", "consent", today) == today
    assert parsing.parse_consent("nee", "consent", today) is None
    assert parsing.parse_consent("3-4-2020", "consent", today) == date(2020, 4, 3)
    with pytest.raises(ValidationError):
        parsing.parse_year("zestig", "birth_year")


def test_a_wrong_phone_number_is_quoted_as_typed():
    with pytest.raises(ValidationError, match=r"'\+31 \(0\)6 1234' is geen"):
        parsing.parse_phone("+31 (0)6 1234", "phone")
