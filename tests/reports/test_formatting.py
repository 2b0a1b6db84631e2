from datetime import date, time
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
    printed_date,
    time_span,
    typographic,
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
    # Printed, "€" is bound to its amount and a negative amount has a true minus sign.
    printed = expected.replace("€ ", "€\u00a0").replace("-€", "\u2212€")
    assert euro(amount) == printed


def test_dates_in_dutch_without_locale():
    assert long_date(date(2026, 12, 5), weekday=True) == "zaterdag 5 december 2026"
    assert long_date(date(2027, 3, 1)) == "1 maart 2027"
    assert long_date(date(2026, 11, 30), weekday=True) == "maandag 30 november 2026"
    # One date style on every printout: the day without a leading zero, the month written.
    assert printed_date(date(2026, 1, 9)) == "9 januari 2026"
    assert printed_date(None) == "–"


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


def test_link_words_without_an_address_do_not_look_like_a_link():
    # Paper cannot follow a link that has no address; the colour would promise one.
    assert linked("[Buurtadvies] biedt", None) == "<b>Buurtadvies</b> biedt"
    assert "color" in linked("[Buurtadvies] biedt", "https://buurtadvies.example")


def test_flexible_availability_is_shown_as_a_word():
    assert dagdelen(["za-middag", "flexibel"]) == "za middag · flexibel"


def test_a_narrow_line_breaks_before_the_euro_sign_not_after_it():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from flevodesk.reports import styles as st
    from flevodesk.reports.measured import MeasuredParagraph

    style = st.stylesheet().body
    amount = euro(Decimal("1234.56"))
    # Room for "Besteed €" and for the amount alone, not for both.
    room = max(stringWidth(t, style.fontName, style.fontSize) for t in ("Besteed €", amount)) + 2
    paragraph = MeasuredParagraph(f"Besteed {amount}", style)
    paragraph.wrap(room, 1000)
    lines = [" ".join(words) for _, words in paragraph.blPara.lines]
    assert lines[0] == "Besteed"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ('"Samen" en Şükrü\'s straat', "“Samen” en Şükrü’s straat"),
        ("'s avonds, zo'n tuin, op 't plein", "’s avonds, zo’n tuin, op ’t plein"),
        ("'**Schotten**' tussen domeinen", "‘**Schotten**’ tussen domeinen"),
        ("(zie 'potjes')", "(zie ‘potjes’)"),
        # Addresses stay exactly as typed: the apostrophe is part of them.
        ("o'brien@voorbeeld.nl, www.o'neill.nl", "o'brien@voorbeeld.nl, www.o'neill.nl"),
        ("geen aanhalingstekens", "geen aanhalingstekens"),
    ],
)
def test_straight_quotes_are_typeset_but_addresses_are_not(typed, printed):
    assert typographic(typed) == printed


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Elke zaterdag 10:00-12:00", "Elke zaterdag 10.00\u201312.00\u00a0uur"),
        ("wo 9.30 - 11.45 uur", "wo 9.30\u201311.45\u00a0uur"),
        ("19:00\u201321:30uur", "19.00\u201321.30\u00a0uur"),
        # Not a span of clock times: left as typed.
        ("bel 036-7654321, om 10:00", "bel 036-7654321, om 10:00"),
        ("€ 10.000-12.000", "€ 10.000-12.000"),
        ("www.voorbeeld.nl/10:00-12:00", "www.voorbeeld.nl/10:00-12:00"),
    ],
)
def test_a_typed_span_of_clock_times_is_printed_in_the_house_style(typed, printed):
    """The house style, "10.00–12.00 uur", however the user typed it in a free field."""
    assert typographic(typed) == printed


def test_a_typed_span_of_clock_times_in_english_has_a_colon_and_no_uur(english):
    from flevodesk.reports.wording import worded

    with worded(english):
        assert typographic("Saturdays 10.00 - 12.00 uur") == "Saturdays 10:00\u201312:00"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("17.5"), "€17.50"),
        (Decimal("-17.5"), "\u2212€17.50"),
        (Decimal("1234567.8"), "€1,234,567.80"),
        (Decimal("2.675"), "€2.68"),
        (Decimal("-0.004"), "€0.00"),
        (None, "–"),
    ],
)
def test_euro_in_english_is_british_and_exact(english, amount, expected):
    from flevodesk.reports.wording import worded

    with worded(english):
        assert euro(amount) == expected


def test_dates_numbers_and_times_in_english(english):
    from flevodesk.reports.wording import worded

    with worded(english):
        assert long_date(date(2026, 12, 5), weekday=True) == "Saturday 5 December 2026"
        assert [printed_date(date(2026, m, 1)).split()[1] for m in (1, 5, 10)] == [
            "January",
            "May",
            "October",
        ]
        assert number(12500) == "12,500"
        assert time_span(time(10), time(12, 30)) == "10:00\u201312:30"
    # Outside the printout being worded, Dutch again.
    assert long_date(date(2026, 12, 5)) == "5 december 2026"
    assert time_span(time(10), time(12)) == "10.00\u201312.00"
