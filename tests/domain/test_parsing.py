"""Typed text becomes a value in one place: amounts, dates, whole numbers and hours, each
refused with one error type that names the field and says in Dutch what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import (
    parse_date,
    parse_date_cell,
    parse_duration,
    parse_hours,
    parse_int,
    parse_money,
)
from flevodesk.services.persons import HoursService


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07-03-2026", date(2026, 3, 7)),
        ("7-3-26", date(2026, 3, 7)),
        (" 7/3/2026 ", date(2026, 3, 7)),
        ("7.3.2026", date(2026, 3, 7)),
        ("", None),
        ("   ", None),
    ],
)
def test_a_form_date_is_day_month_year(text, expected):
    assert parse_date("deadline", text) == expected


@pytest.mark.parametrize("text", ["31-02-2026", "2026-03-07", "morgen", "7-3"])
def test_a_form_date_that_is_none_names_the_field_and_the_format(text):
    with pytest.raises(ValidationError) as refused:
        parse_date("deadline", text)
    assert (refused.value.field, refused.value.message) == (
        "deadline",
        "is geen datum (dd-mm-jjjj)",
    )


@pytest.mark.parametrize(
    ("hours", "minutes", "expected"),
    [("2", "30", (2, 30)), ("", "45", (0, 45)), ("3", "", (3, 0)), (" 1 ", "05", (1, 5))],
)
def test_hours_and_minutes_as_typed_in_two_boxes(hours, minutes, expected):
    assert parse_hours("minutes", hours, minutes) == expected


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("1,5", 90),
        ("1.5", 90),
        ("1:30", 90),
        ("90 min", 90),
        ("90 minuten", 90),
        ("2 uur", 120),
        ("2u", 120),
        ("1 uur 30", 90),
        ("1u30", 90),
        ("1 uur en 15 minuten", 75),
        ("0,25", 15),
        ("1,33", 80),
        ("  3  UUR ", 180),
    ],
)
def test_time_is_read_as_people_write_it(typed, minutes):
    assert parse_duration("minutes", typed) == minutes
    assert parse_hours("minutes", typed) == divmod(minutes, 60)


@pytest.mark.parametrize(
    ("hours", "minutes", "expected"),
    [("1", "60", (2, 0)), ("1", "75", (2, 15)), ("", "150", (2, 30)), ("0:90", "", (1, 30))],
)
def test_minutes_over_sixty_carry_over_into_hours(hours, minutes, expected):
    assert parse_hours("minutes", hours, minutes) == expected


@pytest.mark.parametrize(
    ("hours", "minutes", "message"),
    [
        ("-1", "0", "uren en minuten kunnen niet negatief zijn"),
        ("1", "-5", "uren en minuten kunnen niet negatief zijn"),
        ("twee", "", "'twee' is geen tijdsduur (schrijf bijvoorbeeld 1,5 of 1:30 of 90 min)"),
        ("1:", "", "'1:' is geen tijdsduur (schrijf bijvoorbeeld 1,5 of 1:30 of 90 min)"),
        ("1", "half", "is geen geheel getal"),
    ],
)
def test_wrong_hours_are_refused_with_the_services_own_words(db, hours, minutes, message):
    with pytest.raises(ValidationError) as typed:
        parse_hours("minutes", hours, minutes)
    assert (typed.value.field, typed.value.message) == ("minutes", message)
    if "negatief" in message:
        # The command line and the form book through the service: the same rule, the same
        # sentence, before anything is stored.
        with pytest.raises(ValidationError) as booked:
            HoursService(db).log(1, 1, date(2026, 3, 7), int(hours), int(minutes))
        assert (booked.value.field, booked.value.message) == ("minutes", message)


def test_the_service_still_refuses_minutes_it_was_handed_uncarried(db):
    with pytest.raises(ValidationError) as booked:
        HoursService(db).log(1, 1, date(2026, 3, 7), 1, 60)
    assert booked.value.message == "minuten moeten onder de 60 blijven"


PARSERS: list[tuple[Callable[[str, str], object], str]] = [
    (parse_money, "veel"),
    (parse_date, "gisteren"),
    (lambda field, text: parse_date_cell(text, field), "gisteren"),
    (parse_int, "tien"),
    (lambda field, text: parse_hours(field, text, ""), "tien"),
    (parse_duration, "een uurtje"),
]


@pytest.mark.parametrize(("parser", "text"), PARSERS)
def test_every_parser_refuses_with_one_error_type_naming_the_field(parser, text):
    with pytest.raises(ValidationError) as refused:
        parser("the_field", text)
    assert refused.value.field == "the_field" and refused.value.message


def test_money_reads_dutch_notation_without_losing_a_cent():
    assert parse_money("amount", "€ 1.234,56") == Decimal("1234.56")
    assert parse_money("amount", "12.500") == Decimal("12500.00")
    assert parse_money("amount", "0,1") == Decimal("0.10")
    assert parse_money("amount", "") is None
