from datetime import date
from decimal import Decimal

import pytest

from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import parse_money
from flevodesk.domain.validation import (
    check_date_order,
    clean_birth_year,
    clean_email,
    clean_phone,
    clean_postcode,
    clean_text,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0612345678", "06-12345678"),
        ("06-12345678", "06-12345678"),
        ("06 1234 5678", "06-12345678"),
        ("+31 6 12345678", "06-12345678"),
        ("+31(0)6-12345678", "06-12345678"),
        ("0031612345678", "06-12345678"),
        ("612345678", "06-12345678"),  # Excel dropped the leading zero
        ("0320-123456", "0320-123456"),
        ("(0320) 12 34 56", "0320-123456"),
        ("036 123 4567", "036-1234567"),
        ("020-1234567", "020-1234567"),
        ("0527 123456", "0527-123456"),
        ("+49 30 1234567", "+49301234567"),
        ("", None),
        (None, None),
    ],
)
def test_phone_numbers_in_every_usual_dutch_form(raw, expected):
    assert clean_phone("phone", raw) == expected


@pytest.mark.parametrize("raw", ["12345", "06-1234", "bel me", "06123456789", "1234567890"])
def test_impossible_phone_numbers_are_refused_with_the_field(raw):
    with pytest.raises(ValidationError) as caught:
        clean_phone("phone", raw)
    assert caught.value.field == "phone"
    assert "telefoonnummer" in caught.value.message or "nummer" in caught.value.message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("8224ab", "8224 AB"), ("8224 AB", "8224 AB"), (" 1315 xz ", "1315 XZ"), ("", None)],
)
def test_postcodes_are_normalised(raw, expected):
    assert clean_postcode("postcode", raw) == expected


@pytest.mark.parametrize("raw", ["0224 AB", "822 AB", "8224 A", "8224 SS", "ABCD 12"])
def test_invalid_postcodes_are_refused(raw):
    with pytest.raises(ValidationError, match="postcode"):
        clean_postcode("postcode", raw)


def test_email_is_lower_cased_and_checked():
    assert clean_email("email", " Anja@Example.NL ") == "anja@example.nl"
    assert clean_email("email", "") is None
    for bad in ("anja", "anja@", "anja@example", "a b@example.nl", "a@@example.nl"):
        with pytest.raises(ValidationError) as caught:
            clean_email("email", bad)
        assert caught.value.field == "email"
        assert "e-mailadres" in caught.value.message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.234,56", Decimal("1234.56")),
        ("€ 300", Decimal("300.00")),
        ("1234.5", Decimal("1234.50")),
        ("2.500", Decimal("2500.00")),
        (Decimal("0.10"), Decimal("0.10")),
        (7, Decimal("7.00")),
    ],
)
def test_money_accepts_dutch_notation_as_decimal(raw, expected):
    assert parse_money("amount", raw) == expected


def test_money_refuses_negative_sub_cent_text_and_float():
    with pytest.raises(ValidationError, match="negatief"):
        parse_money("amount", Decimal("-1"))
    with pytest.raises(ValidationError, match="decimalen"):
        parse_money("amount", Decimal("1.005"))
    with pytest.raises(ValidationError, match="geen bedrag"):
        parse_money("amount", "veel")
    with pytest.raises(ValidationError, match="verplicht"):
        parse_money("amount", "", required=True)
    with pytest.raises(TypeError):
        parse_money("amount", 1.5)  # type: ignore[arg-type]


def test_text_is_stripped_required_and_bounded():
    assert clean_text("name", "  Moestuin  ") == "Moestuin"
    assert clean_text("name", "   ") is None
    with pytest.raises(ValidationError, match="verplicht"):
        clean_text("name", " ", required=True)
    with pytest.raises(ValidationError, match="te lang"):
        clean_text("name", "x" * 11, max_length=10)


def test_dates_must_be_in_order():
    check_date_order("start", date(2026, 1, 1), "end", date(2026, 1, 1))
    check_date_order("start", None, "end", date(2020, 1, 1))
    with pytest.raises(ValidationError) as caught:
        check_date_order("start", date(2026, 1, 2), "end", date(2026, 1, 1))
    assert caught.value.field == "end"


def test_birth_year_is_plausible():
    assert clean_birth_year("birth_year", 1961, today=date(2026, 1, 1)) == 1961
    for bad in (1899, 2027):
        with pytest.raises(ValidationError):
            clean_birth_year("birth_year", bad, today=date(2026, 1, 1))
