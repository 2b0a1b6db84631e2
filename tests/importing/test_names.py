"""Splitting a single "Naam" into first name, tussenvoegsel and last name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flevodesk.services.importing.names import TUSSENVOEGSEL_WORDS, NameParts, split_name


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Anja de Jong-Bakker", NameParts("Anja", "de", "Jong-Bakker")),
        ("Ingrid van 't Hof", NameParts("Ingrid", "van 't", "Hof")),
        ("Jansen, Kees", NameParts("Kees", None, "Jansen")),
        ("Jong, Anja de", NameParts("Anja", "de", "Jong")),
        ("Hof, Ingrid van 't", NameParts("Ingrid", "van 't", "Hof")),
        ("de Jong, Anja", NameParts("Anja", "de", "Jong")),
        ("Kees Jansen", NameParts("Kees", None, "Jansen")),
        ("Jan Peter van der Berg", NameParts("Jan Peter", "van der", "Berg")),
        ("Marie-José van den Broek", NameParts("Marie-José", "van den", "Broek")),
        ("Anja Jansen-de Jong", NameParts("Anja", None, "Jansen-de Jong")),
        ("Şükrü Yılmaz", NameParts("Şükrü", None, "Yılmaz")),
        ("  Zoë   Çelik ", NameParts("Zoë", None, "Çelik")),
        ("Kees", NameParts("Kees", None, "")),
    ],
)
def test_dutch_names_are_split(text, parts):
    assert split_name(text) == parts


words = st.text(alphabet="abcdefghijklmnoprstuvwzëçş", min_size=2, max_size=8).filter(
    lambda w: w not in TUSSENVOEGSEL_WORDS
)


@given(
    first=words,
    tussen=st.sampled_from(["", "de", "van", "van der", "van 't", "in 't"]),
    last=words,
)
def test_split_gives_back_the_written_parts(first, tussen, last):
    first, last = first.capitalize(), last.capitalize()
    text = " ".join(p for p in (first, tussen, last) if p)
    assert split_name(text) == NameParts(first, tussen or None, last)
    sorted_form = f"{last}, {first}" + (f" {tussen}" if tussen else "")
    assert split_name(sorted_form) == NameParts(first, tussen or None, last)
