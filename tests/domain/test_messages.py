"""Messages: a Dutch template and typed values, filled as each language writes them."""

from datetime import date
from decimal import Decimal

import pytest

from flevodesk.domain.errors import ValidationError, ValidationErrors
from flevodesk.domain.messages import (
    Capitalised,
    DayOfYear,
    Hours,
    Money,
    Number,
    ShortDate,
    message,
    verbatim,
)
from flevodesk.language import Language


def test_values_are_written_as_dutch_and_english_readers_write_them():
    said = message(
        "{day}|{short}|{amount}|{refund}|{count}|{time}|{window}",
        day=date(2026, 12, 1),
        short=ShortDate(date(2026, 12, 1)),
        amount=Money(Decimal("1234.56")),
        refund=Money(Decimal("-17.50")),
        count=Number(12500),
        time=Hours(185),
        window=DayOfYear("09-01"),
    )
    assert str(said) == (
        "1 december 2026|01-12-2026|€ 1.234,56|\u2212€ 17,50|12.500|3:05|1 september"
    )
    assert said.text(Language.ENGLISH) == (
        "1 December 2026|01/12/2026|€1,234.56|\u2212€17.50|12,500|3:05|1 September"
    )


def test_the_translation_is_filled_with_the_values_in_its_own_order():
    said = message(
        "{noun} is op {day} gewijzigd.",
        noun=Capitalised(message("de vrijwilliger")),
        day=date(2026, 3, 4),
    )
    english = {
        "{noun} is op {day} gewijzigd.": "On {day}, {noun} was changed.",
        "de vrijwilliger": "the volunteer",
    }
    assert str(said) == "De vrijwilliger is op 4 maart 2026 gewijzigd."
    assert said.text(Language.ENGLISH, lambda context, text: english.get(text, text)) == (
        "On 4 March 2026, The volunteer was changed."
    )


def test_a_template_and_its_values_must_match_where_the_message_is_made():
    with pytest.raises(ValueError, match="names"):
        message("Regel {line} is fout", lijn=3)
    with pytest.raises(ValueError, match="names"):
        message("Regel is fout", line=3)


def test_a_sentence_from_elsewhere_is_shown_as_it_is_braces_and_all():
    assert verbatim("Map {oud} is vol").text(Language.ENGLISH, lambda c, t: "kapot") == (
        "Map {oud} is vol"
    )


def test_errors_keep_their_dutch_message_beside_the_translatable_one():
    error = ValidationError("email", message("'{typed}' is geen geldig e-mailadres", typed="x@"))
    both = ValidationErrors([error, ValidationError("name", message("is verplicht"))])
    assert error.message == "'x@' is geen geldig e-mailadres"
    assert both.message == error.message and both.translatable == error.translatable
    assert str(both) == "email: 'x@' is geen geldig e-mailadres; name: is verplicht"
