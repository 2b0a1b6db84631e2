"""Undo and redo at the service level: a record's graph comes back whole, with its ids."""

from datetime import date
from decimal import Decimal

import pytest

from flevodesk.domain.enums import ConsentPurpose, Role
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Person
from flevodesk.services import row_restore
from flevodesk.services.errors import Conflict, NotFound
from flevodesk.services.funding import FundingService
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
    assert str(describe(changes)) == "wijzigen van vrijwilliger"
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
    assert str(describe(changes)) == "toevoegen van urenregel"
    assert len(PersonService(db).get(person.id).hours) == 3
    row_restore.undo(db, changes)
    assert len(PersonService(db).get(person.id).hours) == 2


# SQLite hands a freed highest id out again; a server's sequence never does.
@pytest.mark.sqlite_only
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


def _application(db, initiative_id):
    flever = next(p.id for p in Lookups(db).partners() if p.label == "Flever")
    lines = [
        {"description": "Gereedschap", "amount": Decimal("120.00")},
        {"description": "Koffie en thee", "amount": Decimal("30.00")},
    ]
    return FundingService(db).create(
        {
            "initiative_id": initiative_id,
            "funder_id": flever,
            "amount_requested": Decimal("150.00"),
            "budget_lines": lines,
        }
    )


def test_a_deleted_initiative_comes_back_with_its_applications_and_their_budget_lines(
    db, volunteer
):
    person, initiative = volunteer
    application = _application(db, initiative.id)
    lines = sorted((line.id, line.description) for line in application.budget_lines)
    service = InitiativeService(db)
    _none, changes = run_and_record(
        db, Initiative, initiative.id, lambda: service.delete(initiative.id)
    )
    assert {"budget_lines", "funding_applications", "hours_entries"} <= {c.table for c in changes}
    row_restore.undo(db, changes)
    back = FundingService(db).get(application.id)
    assert sorted((line.id, line.description) for line in back.budget_lines) == lines
    assert len(PersonService(db).get(person.id).hours) == 2


def test_a_save_that_dropped_a_budget_line_is_undone_with_the_line(db, volunteer):
    _person, initiative = volunteer
    application = _application(db, initiative.id)
    kept = application.budget_lines[0]
    service = FundingService(db)
    values = {
        "budget_lines": [{"id": kept.id, "description": kept.description, "amount": kept.amount}]
    }
    saved, changes = run_and_record(
        db,
        FundingApplication,
        application.id,
        lambda: service.update(application.id, application.version, values),
    )
    assert len(saved.budget_lines) == 1
    row_restore.undo(db, changes)
    back = service.get(application.id)
    assert sorted(line.id for line in back.budget_lines) == sorted(
        line.id for line in application.budget_lines
    )


def test_undoing_a_create_is_refused_when_rows_were_added_to_it_since(db, volunteer):
    _person, initiative = volunteer
    service = PersonService(db)
    created, changes = run_and_record(
        db,
        Person,
        None,
        lambda: service.create({"first_name": "Kees", "last_name": "Bos"}),
        lambda details: details.id,
    )
    # Booked by a colleague, not on this undo stack: undoing the create would delete it.
    HoursService(db).log(created.id, initiative.id, date(2026, 3, 1), 1, 0, "Markt")
    with pytest.raises(Conflict, match=r"urenregel nummer \d+ hoort intussen bij vrijwilliger"):
        row_restore.undo(db, changes)
    assert len(service.get(created.id).hours) == 1
