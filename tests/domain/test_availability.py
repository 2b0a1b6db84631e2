"""Availability read the way people write it, stored as dagdelen; the rest kept as typed."""

from __future__ import annotations

import pytest

from flevodesk.domain.availability import read_availability
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.people import clean_availability

WEEKDAYS = ("ma", "di", "wo", "do", "vr")


def whole(*days):
    return ",".join(f"{d}-{p}" for d in days for p in ("ochtend", "middag", "avond"))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("za", whole("za")),
        ("wo, do", whole("wo", "do")),
        ("ma t/m vr ochtend", ",".join(f"{d}-ochtend" for d in WEEKDAYS)),
        ("Ma T/M Vr ochtend", ",".join(f"{d}-ochtend" for d in WEEKDAYS)),
        ("flexibel", "flexibel"),
        ("In overleg", "flexibel"),
        ("doordeweeks 's avonds", ",".join(f"{d}-avond" for d in WEEKDAYS)),
        ("doordeweeks ’s avonds", ",".join(f"{d}-avond" for d in WEEKDAYS)),
        ("zaterdagmiddag", "za-middag"),
        ("Zaterdagmiddagen", "za-middag"),
        ("zaterdag- en zondagmiddag", "za-middag,zo-middag"),
        ("weekend", whole("za", "zo")),
        ("ma ochtend en wo avond", "ma-ochtend,wo-avond"),
        ("vr-zo", whole("vr", "za", "zo")),
        ("di tot en met do middag", "di-middag,wo-middag,do-middag"),
        ("Maandagochtend; za middag, wo-avond", "ma-ochtend,wo-avond,za-middag"),
        ("flexibel, ma", whole("ma") + ",flexibel"),
        # What the person form and the database already hold reads back unchanged.
        ("ma-ochtend,za-middag", "ma-ochtend,za-middag"),
        ("zo-avond,ma-ochtend,ma-ochtend", "ma-ochtend,zo-avond"),
        (" ", None),
    ],
)
def test_availability_as_people_write_it(typed, stored):
    read = read_availability(typed)
    assert read.stored == stored
    assert read.unread == ()
    assert clean_availability("availability", typed) == stored
    # Stored values are read again on every save: they must come back the same.
    assert clean_availability("availability", stored) == stored


def test_parts_that_cannot_be_read_are_returned_as_typed():
    read = read_availability("Za ochtend / Liefst niet in de zomer; niet op Maandag")
    assert read.stored == "za-ochtend"
    assert read.unread == ("Liefst niet in de zomer", "niet op Maandag")


def test_the_form_refusal_quotes_what_was_typed():
    with pytest.raises(ValidationError, match="'Niet op Za' is geen dagdeel"):
        clean_availability("availability", "ma, Niet op Za")


def test_the_person_form_takes_the_same_words_and_shows_the_stored_form(db):
    from flevodesk.services.persons import PersonService

    service = PersonService(db)
    saved = service.create(
        {"first_name": "Kees", "last_name": "Jansen", "availability": "ma t/m wo avond, flexibel"}
    )
    assert saved.availability == "ma-avond,di-avond,wo-avond,flexibel"
    again = service.update(saved.id, saved.version, {"availability": saved.availability})
    assert again.availability == "ma-avond,di-avond,wo-avond,flexibel"
    with pytest.raises(ValidationError, match="'soms' is geen dagdeel"):
        service.update(again.id, again.version, {"availability": "soms"})
