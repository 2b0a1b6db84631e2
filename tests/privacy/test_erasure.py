"""Erasure: the person becomes anonymous statistics, and the old values leave the file."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, select

from flevodesk.domain.people import HoursEntry, Person
from flevodesk.domain.privacy import Consent, PersonChange, VogRecord
from flevodesk.services.erasure import ANONYMISED, erase_person
from flevodesk.services.errors import ServiceError
from flevodesk.services.merging import merge_persons
from flevodesk.services.persons import PersonService
from tests.privacy.conftest import add_person

SECRETS = ("ayse.yilmaz@voorbeeld.nl", "06-24681357", "0624681357", "Ayşe", "Yılmazvries")


def _found_in_files(db_path, values):
    """Which values occur, in any case or folded form, in the database file or its WAL."""
    blobs = [p.read_bytes().lower() for p in db_path.parent.glob(db_path.name + "*")]
    needles = {v: {v.lower().encode(), v.casefold().encode()} for v in values}
    needles["Ayşe"].add(b"ayse")
    needles["Yılmazvries"].add(b"yilmazvries")
    return {v for v, forms in needles.items() for blob in blobs for form in forms if form in blob}


def test_after_erasure_no_byte_of_the_person_is_left_in_the_file(db, db_path, ayse):
    # A merge whose undo snapshot holds the person's values, and a change in the log.
    twin = add_person(db, "ayse.oud@voorbeeld.nl", first_name="Ayşe", last_name="Yılmazvries")
    merge_persons(db, ayse, twin)
    service = PersonService(db)
    person = service.get(ayse)
    service.update(ayse, person.version, {"place": "Almere"})
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(PersonChange)) >= 1
    assert _found_in_files(db_path, SECRETS) == set(SECRETS)  # the search below can find them

    result = erase_person(db, ayse)
    db.dispose()  # the program closes the database

    assert _found_in_files(db_path, SECRETS) == set()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
    conn.close()
    assert result.person_id == ayse
    assert "geanonimiseerd" in result.message()


def test_hours_and_engagements_stay_as_anonymous_statistics(db, ayse):
    erase_person(db, ayse, today=date(2026, 11, 28))
    with db.read() as session:
        person = session.get(Person, ayse)
        assert (person.first_name, person.email, person.phone, person.notes) == (
            "Geanonimiseerd",
            None,
            None,
            None,
        )
        assert person.anonymised_on == date(2026, 11, 28)
        assert person.birth_year is None and person.address is None
        assert len(person.engagements) == 1
        assert session.scalar(select(func.sum(HoursEntry.minutes))) == 90
        for model in (Consent, VogRecord):
            assert session.scalar(select(func.count()).select_from(model)) == 0
        fields = [c.field for c in person.changes]
        assert fields[-1] == ANONYMISED
    with pytest.raises(ServiceError, match="al geanonimiseerd"):
        erase_person(db, ayse)


def test_erasure_names_the_backups_that_still_hold_the_data(db, db_path, ayse, monkeypatch):
    from flevodesk.services import backups

    backups.backup_database(db)
    result = erase_person(db, ayse)
    assert len(result.backups) == 1
    assert "1 oudere reservekopie" in result.message()
