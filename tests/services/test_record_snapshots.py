"""Undo and redo at the service level: a record's graph comes back whole, with its ids."""

from datetime import date

import pytest

from flevodesk.domain.enums import ConsentPurpose, Role
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Person
from flevodesk.services import row_restore
from flevodesk.services.errors import Conflict, NotFound
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.lookups import Lookups
from flevodesk.services.persons import EngagementService, HoursService, PersonService
from flevodesk.services.privacy import ConsentService
from flevodesk.services.record_snapshots import describe, run_and_record


def _dronten(db):
    return next(m.id for m in Lookups(db).municipalities() if m.label == "Dronten")


@pytest.fixture
def volunteer(db):
    """Anna with an engagement at Repair Café Dronten, two hour lines and a consent."""
    initiative = InitiativeService(db).create(
        {"name": "Repair Café Dronten", "municipality_id": _dronten(db)}
    )
    person = PersonService(db).create({"first_name": "Anna", "last_name": "de Vries"})
    EngagementService(db).start(person.id, initiative.id, Role.VRIJWILLIGER, date(2026, 1, 5))
    HoursService(db).log(person.id, initiative.id, date(2026, 2, 1), 2, 30, "Koffie")
    HoursService(db).log(person.id, initiative.id, date(2026, 2, 8), 1, 0, "Opruimen")
    ConsentService(db).give(person.id, ConsentPurpose.CONTACT, date(2026, 1, 5), "formulier")
    return PersonService(db).get(person.id), initiative


def _graph_of(person):
    return (
        person.first_name,
        sorted(e.id for e in person.engagements),
        sorted((h.id, h.minutes) for h in person.hours),
        sorted(c.id for c in person.consents),
    )


def test_a_deleted_person_comes_back_with_engagements_hours_and_consent_and_their_ids(
    db, volunteer
):
    person, _initiative = volunteer
    service = PersonService(db)
    whole = _graph_of(service.get(person.id))
    assert len(whole[1]) == 1 and len(whole[2]) == 2 and len(whole[3]) == 1

    _none, changes = run_and_record(db, Person, person.id, lambda: service.delete(person.id))
    with pytest.raises(NotFound):
        service.get(person.id)
    assert {c.table for c in changes} >= {"persons", "engagements", "hours_entries", "consents"}

    changes = row_restore.undo(db, changes)
    assert _graph_of(service.get(person.id)) == whole

    row_restore.redo(db, changes)
    with pytest.raises(NotFound):
        service.get(person.id)


def test_a_field_edit_is_undone_and_redone_with_the_version_check(db, volunteer):
    person, _initiative = volunteer
    service = PersonService(db)
    saved, changes = run_and_record(
        db,
        Person,
        person.id,
        lambda: service.update(person.id, person.version, {"first_name": "Ans"}),
    )
    assert saved.first_name == "Ans"
    assert describe(changes) == "wijzigen van vrijwilliger"
    changes = row_restore.undo(db, changes)
    undone = service.get(person.id)
    assert undone.first_name == "Anna" and undone.version > saved.version
    changes = row_restore.redo(db, changes)
    assert service.get(person.id).first_name == "Ans"

    # Changed by someone since: the undo is refused and nothing is written.
    current = service.get(person.id)
    service.update(person.id, current.version, {"last_name": "Jansen"})
    with pytest.raises(Conflict, match=r"vrijwilliger nummer .* is intussen gewijzigd"):
        row_restore.undo(db, changes)
    after = service.get(person.id)
    assert (after.first_name, after.last_name) == ("Ans", "Jansen")


def test_hours_booked_are_taken_back(db, volunteer):
    person, initiative = volunteer
    hours = HoursService(db)
    _entry, changes = run_and_record(
        db,
        Person,
        person.id,
        lambda: hours.log(person.id, initiative.id, date(2026, 3, 1), 4, 0, "Markt"),
    )
    assert describe(changes) == "toevoegen van urenregel"
    assert len(PersonService(db).get(person.id).hours) == 3
    row_restore.undo(db, changes)
    assert len(PersonService(db).get(person.id).hours) == 2


def test_a_restore_whose_id_was_taken_since_is_refused_whole(db, volunteer):
    _person, initiative = volunteer
    service = InitiativeService(db)
    _none, changes = run_and_record(
        db, Initiative, initiative.id, lambda: service.delete(initiative.id)
    )
    # Another record took the id meanwhile (SQLite hands out the highest id again).
    taken = service.create({"name": "Taalcafé", "municipality_id": _dronten(db)})
    assert taken.id == initiative.id
    with pytest.raises(Conflict, match=r"initiatief nummer .* is intussen weer in gebruik"):
        row_restore.undo(db, changes)
    assert service.get(taken.id).name == "Taalcafé"
    assert PersonService(db).get(_person.id).engagements == ()
