from datetime import date
from decimal import Decimal

import pytest

from flevodesk.reports.formatting import (
    dagdelen,
    emphasis,
    euro,
    hours_minutes,
    linked,
    long_date,
    number,
    short_date,
)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("1234.56"), "€ 1.234,56"),
        (Decimal("0"), "€ 0,00"),
        (Decimal("5"), "€ 5,00"),
        (Decimal("999.99"), "€ 999,99"),
        (Decimal("1000"), "€ 1.000,00"),
        (Decimal("1234567.8"), "€ 1.234.567,80"),
        (Decimal("-1234.5"), "-€ 1.234,50"),
        (Decimal("0.005"), "€ 0,01"),
        (Decimal("2.675"), "€ 2,68"),
        (None, "–"),
    ],
)
def test_euro_is_dutch_and_exact(amount, expected):
    assert euro(amount) == expected


def test_dates_in_dutch_without_locale():
    assert long_date(date(2026, 12, 5), weekday=True) == "zaterdag 5 december 2026"
    assert long_date(date(2027, 3, 1)) == "1 maart 2027"
    assert long_date(date(2026, 11, 30), weekday=True) == "maandag 30 november 2026"
    assert short_date(date(2026, 1, 9)) == "09-01-2026"
    assert short_date(None) == "–"


def test_hours_numbers_and_dagdelen():
    assert hours_minutes(185) == "3:05"
    assert hours_minutes(0) == "0:00"
    assert hours_minutes(6000) == "100:00"
    assert number(12500) == "12.500"
    assert dagdelen(["ma-ochtend", "ma-middag", "za-avond"]) == "ma ochtend, middag · za avond"


def test_markup_is_escaped_before_emphasis_and_links():
    assert emphasis("Het **bereiken** & <b>") == "Het <b>bereiken</b> &amp; &lt;b&gt;"
    assert "<b>Buurtadvies</b>" in linked("[Buurtadvies] biedt", None)
    assert 'href="https://x.nl/?a=1&amp;b=2"' in linked("[hier]", "https://x.nl/?a=1&b=2")


def test_flexible_availability_is_shown_as_a_word():
    assert dagdelen(["za-middag", "flexibel"]) == "za middag · flexibel"
