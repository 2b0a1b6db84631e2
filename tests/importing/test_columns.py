"""Header recognition and the editable mapping."""

from __future__ import annotations

import pytest

from flevodesk.services.importing.columns import Field, recognise, recognise_columns


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Voornaam", Field.FIRST_NAME),
        ("Tussenvoegsel", Field.TUSSENVOEGSEL),
        ("Tussenv.", Field.TUSSENVOEGSEL),
        ("Achternaam", Field.LAST_NAME),
        ("Naam", Field.FULL_NAME),
        ("E-mail", Field.EMAIL),
        ("E-mailadres", Field.EMAIL),
        ("e-mail adres", Field.EMAIL),
        ("Email address", Field.EMAIL),
        ("Telefoon", Field.PHONE),
        ("Mobiel", Field.PHONE),
        ("Tel.nr.", Field.PHONE),
        ("Phone", Field.PHONE),
        ("Postcode", Field.POSTCODE),
        ("Woonplaats", Field.PLACE),
        ("Geboortedatum", Field.BIRTH_DATE),
        ("Rol", Field.ROLE),
        ("Initiatief", Field.INITIATIVE),
        ("Beschikbaarheid", Field.AVAILABILITY),
        ("Vaardigheden", Field.SKILLS),
        ("VOG-datum", Field.VOG_DATE),
        ("VOG", Field.VOG_DATE),
        ("Toestemming", Field.CONSENT),
        ("First name", Field.FIRST_NAME),
        ("Last Name", Field.LAST_NAME),
        ("Startdatum", Field.SINCE),
        ("Onbekend", None),
    ],
)
def test_usual_headers_are_recognised(header, field):
    assert recognise(header) == field


def test_a_field_named_twice_goes_to_the_first_column():
    mapping = recognise_columns(["Telefoon", "Mobiel", "Naam"])
    assert mapping.fields == (Field.PHONE, None, Field.FULL_NAME)
    assert mapping.problems() == []


def test_changing_the_mapping_moves_a_field():
    mapping = recognise_columns(["Telefoon", "Mobiel", "Naam"]).with_field(1, Field.PHONE)
    assert mapping.fields == (None, Field.PHONE, Field.FULL_NAME)
    assert mapping.header_of(Field.PHONE) == "Mobiel"
    assert mapping.header_of(Field.EMAIL) == "E-mail"


def test_a_mapping_without_a_name_is_refused():
    mapping = recognise_columns(["Voornaam", "E-mail"])
    assert mapping.problems()
    assert not mapping.with_field(1, Field.LAST_NAME).problems()
