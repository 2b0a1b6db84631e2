"""Random and hostile text never crashes a validator: it is cleaned or refused in Dutch."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import parse_money
from flevodesk.domain.people import clean_availability
from flevodesk.domain.text import _fold_unicode, fold, search_text
from flevodesk.domain.validation import (
    clean_email,
    clean_phone,
    clean_postcode,
    clean_text,
)

hostile = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "'; DROP TABLE persons; --",
            '=HYPERLINK("x")',
            "\x00",
            "+31",
            "0" * 400,
            "€€€",
            "1.2.3,4,5",
            "@@",
            "06-",
            "()",
            "\u202e06",
        ]
    ),
)
TEXT_VALIDATORS = [
    clean_email,
    clean_phone,
    clean_postcode,
    clean_availability,
    lambda f, v: clean_text(f, v, required=True, max_length=20),
    lambda f, v: parse_money(f, v),
]

RUNS = 300


@settings(max_examples=RUNS, deadline=None)
@given(value=hostile, which=st.integers(0, len(TEXT_VALIDATORS) - 1))
def test_validators_clean_or_refuse_with_the_field_named(value, which):
    try:
        result = TEXT_VALIDATORS[which]("veld", value)
    except ValidationError as error:
        assert error.field == "veld" and error.message
        return
    assert result is None or isinstance(result, str | Decimal)


@settings(max_examples=RUNS, deadline=None)
@given(value=st.text(max_size=40))
def test_cleaned_values_are_stable(value):
    for clean in (clean_phone, clean_postcode, clean_email):
        try:
            once = clean("veld", value)
        except ValidationError:
            continue
        assert clean("veld", once) == once


@settings(max_examples=RUNS, deadline=None)
@given(value=st.text(max_size=60))
def test_folding_never_fails_and_is_idempotent(value):
    folded = fold(value)
    assert fold(folded) == folded
    assert isinstance(search_text(value, None, value), str)


@settings(max_examples=RUNS, deadline=None)
@given(value=st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_the_ascii_shortcut_folds_exactly_as_the_full_way(value):
    # Stored sort keys and the search index were folded the full way; they must still match.
    assert fold(value) == _fold_unicode(value)
