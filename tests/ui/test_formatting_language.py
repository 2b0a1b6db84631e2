"""Tables and forms write dates, money and hours as the reader's language does."""

from datetime import date
from decimal import Decimal

import pytest

from flevodesk.domain.parsing import parse_date, parse_money
from flevodesk.ui.formatting import format_date, format_minutes, format_money, format_value
from tests.english import english, english_catalogue, english_installed  # noqa: F401

AMOUNTS = [Decimal("0.00"), Decimal("7.05"), Decimal("1234.50"), Decimal("1234567.89")]


@pytest.mark.usefixtures("english_installed")
def test_dutch_by_default():
    assert format_date(date(2026, 12, 1)) == "01-12-2026"
    assert format_money(Decimal("1234.5")) == "€\u00a01.234,50"
    assert format_money(Decimal("-17.5")) == "\u2212€\u00a017,50"
    assert format_value(Decimal("1234.5")) == "€\u00a01.234,50"
    assert format_minutes(185) == "3:05"


@pytest.mark.usefixtures("english")
def test_english_dates_and_money():
    assert format_date(date(2026, 12, 1)) == "01/12/2026"
    assert format_money(Decimal("1234.5")) == "€1,234.50"
    assert format_money(Decimal("-17.5")) == "\u2212€17.50"
    assert format_value(date(2026, 3, 4)) == "04/03/2026"
    assert format_minutes(185) == "3:05"


@pytest.mark.parametrize("language", ["english_installed", "english"])
def test_a_form_reads_back_the_date_and_amount_it_shows(language, request):
    """A money or date field is filled with this text and saved through the domain's
    parsing; in either language the value must come back unchanged."""
    request.getfixturevalue(language)
    for amount in AMOUNTS:
        assert parse_money("amount", format_money(amount, symbol=False)) == amount
    assert parse_date("day", format_date(date(2026, 12, 1))) == date(2026, 12, 1)
