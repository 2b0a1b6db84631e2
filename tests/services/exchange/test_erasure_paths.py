"""The less common ways an erased person's values can sit in a database file when the
erasure arrives or is made, each tried on purpose (issue 18, point 6): a duplicate
proposal naming them, the undo snapshot of a merge they were folded into, an old package
delivered after the erasure, an undo of their delete after the erasure came in, a
full search index with their words on split pages, and an incoming erasure whose scrub
another program's reader held up."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import select

from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.merges import PersonMerge
from flevodesk.domain.people import Engagement, Person
from flevodesk.services import row_restore, scrubbing
from flevodesk.services.erasure import erase_person
from flevodesk.services.errors import Conflict
from flevodesk.services.exchange import open_conflicts
from flevodesk.services.exchange.service import export_payload, import_payload
from flevodesk.services.merging import merge_persons
from flevodesk.services.persons import PersonService
from flevodesk.services.record_snapshots import run_and_record
from flevodesk.services.setup import open_database
from flevodesk.store.database import Database
from tests.services.exchange.test_erasure_scrub import (
    EMAIL,
    FIRST,
    PLACE,
    delete,
    person_id,
    send,
    sites,
    traces,
)
from tests.services.exchange.test_merge import add_initiative, add_volunteer, edit, person

pytestmark = pytest.mark.sqlite_only  # the promise is about the bytes of a database file

__all__ = ["sites"]  # the fixture, with secure_delete on and off


def merges(db: Database) -> list[PersonMerge]:
    with db.read() as session:
        return list(session.scalars(select(PersonMerge)))


def volunteer_sent(makelaar: Database, *to: tuple[Database, str], place: str | None = None) -> str:
    """The erased-to-be volunteer, made on the makelaar and sent to the sites ``to``."""
    vol = add_volunteer(makelaar, add_initiative(makelaar, "Repair Café Dronten"), FIRST, EMAIL)
    if place is not None:
        edit(makelaar, vol, place=place)
    for target, name in to:
        send(makelaar, target, name)
    return vol


def test_a_duplicate_proposal_naming_a_person_erased_here_goes_with_them(sites):
    # Two laptops add the same address for two new persons: the package's one is stored
    # without it and proposed as a duplicate of ours, the proposal holding the address.
    makelaar, laptop, _ = sites
    ini = add_initiative(makelaar, "Repair Café Dronten")
    send(makelaar, laptop, "laptop")
    ours = add_volunteer(makelaar, ini, FIRST, EMAIL)
    add_volunteer(laptop, ini, "Annegien", EMAIL)
    send(laptop, makelaar, "makelaar")
    assert [c.field for c in open_conflicts(makelaar)] == ["email"]
    erase_person(makelaar, person_id(makelaar, ours))
    assert open_conflicts(makelaar) == []
    assert traces(makelaar) == []


def test_a_duplicate_proposal_naming_a_person_erased_elsewhere_goes_when_that_arrives(sites):
    makelaar, laptop, derde = sites
    ini = add_initiative(makelaar, "Repair Café Dronten")
    send(makelaar, laptop, "laptop")
    ours = add_volunteer(makelaar, ini, FIRST, EMAIL)
    send(makelaar, derde, "derde")
    add_volunteer(laptop, ini, "Annegien", EMAIL)
    send(laptop, makelaar, "makelaar")
    assert [c.field for c in open_conflicts(makelaar)] == ["email"]
    erase_person(derde, person_id(derde, ours))
    send(derde, makelaar, "makelaar")
    assert open_conflicts(makelaar) == []
    assert traces(makelaar) == [] and traces(derde) == []


def test_the_undo_of_a_merge_a_person_erased_elsewhere_was_folded_into_goes(sites):
    # The merged person's row is gone here, kept whole in the merge's undo snapshot:
    # an erasure arriving for them finds no row to anonymise, but the snapshot is theirs.
    makelaar, laptop, _ = sites
    ini = add_initiative(makelaar, "Repair Café Dronten")
    twin = add_volunteer(makelaar, ini, FIRST, EMAIL)
    edit(makelaar, twin, place=PLACE)
    kept = add_volunteer(makelaar, ini, "Annegien", "annegien@example.nl")
    edit(makelaar, kept, place="Lelystad")
    send(makelaar, laptop, "laptop")
    merge_persons(makelaar, person_id(makelaar, kept), person_id(makelaar, twin))
    assert person(makelaar, twin) is None and len(merges(makelaar)) == 1
    erase_person(laptop, person_id(laptop, twin))
    send(laptop, makelaar, "makelaar")
    assert merges(makelaar) == []
    assert person(makelaar, kept) is not None
    assert traces(makelaar) == [] and traces(laptop) == []


def test_the_merges_of_a_person_erased_here_go_with_them(sites):
    makelaar, _, _ = sites
    ini = add_initiative(makelaar, "Repair Café Dronten")
    twin = add_volunteer(makelaar, ini, "Annegien", "annegien@example.nl")
    kept = add_volunteer(makelaar, ini, FIRST, EMAIL)
    merge_persons(makelaar, person_id(makelaar, kept), person_id(makelaar, twin))
    erase_person(makelaar, person_id(makelaar, kept))
    assert merges(makelaar) == []
    assert traces(makelaar) == []


def test_an_old_package_delivered_after_the_erasure_to_a_site_that_deleted_the_person(sites):
    # Lost and found post: the package was made before the erasure and holds an edit the
    # deleter had not seen, which would otherwise be kept as a "delete" conflict.
    makelaar, laptop, derde = sites
    vol = volunteer_sent(makelaar, (laptop, "laptop"), (derde, "derde"))
    edit(laptop, vol, place=PLACE)
    old = export_payload(laptop, peer="derde")
    delete(derde, vol)
    erase_person(laptop, person_id(laptop, vol))
    send(laptop, derde, "derde")
    import_payload(derde, old)
    assert open_conflicts(derde) == []
    assert traces(derde) == []


def test_an_undo_of_a_delete_made_before_the_erasure_arrived_is_refused_without_a_trace(sites):
    makelaar, laptop, _ = sites
    vol = volunteer_sent(makelaar, (laptop, "laptop"), place=PLACE)
    pid = person_id(laptop, vol)
    _none, changes = run_and_record(laptop, Person, pid, lambda: PersonService(laptop).delete(pid))
    erase_person(makelaar, person_id(makelaar, vol))
    send(makelaar, laptop, "laptop")
    with pytest.raises(Conflict):
        row_restore.undo(laptop, changes)
    assert person(laptop, vol) is None
    assert traces(laptop) == []


def test_an_erased_person_among_many_leaves_nothing_on_split_pages(sites):
    # Enough persons for the e-mail index and the search index to span many pages, so
    # that deleting and rewriting cells moves others between pages (a split page keeps
    # copies of moved cells in its unused space unless they are zeroed or rewritten).
    makelaar, laptop, _ = sites
    ini = add_initiative(makelaar, "Repair Café Dronten")
    with makelaar.write() as session:
        initiative = session.scalar(select(Initiative).where(Initiative.uuid == ini))
        for n in range(250):
            first, email = (FIRST, EMAIL) if n == 125 else (f"Vrijwilliger{n:03d}", None)
            found = Person(
                first_name=first,
                last_name="Jansen",
                email=email or f"{first.lower()}@example.nl",
                place=PLACE if n == 125 else "Dronten",
            )
            session.add(Engagement(person=found, initiative=initiative, since=date(2026, 1, 5)))
    vol = person_uuid(makelaar, EMAIL)
    send(makelaar, laptop, "laptop")
    with laptop.write() as session:
        for found in session.scalars(select(Person).where(Person.place == "Dronten")):
            if found.id % 3 == 0:
                found.place = "Urk"
    erase_person(laptop, person_id(laptop, vol))
    send(laptop, makelaar, "makelaar")
    assert traces(makelaar) == [] and traces(laptop) == []


def test_an_erasure_arriving_beside_a_reader_is_told_and_finished_at_the_next_opening(
    sites, monkeypatch
):
    # Another program reading the laptop's file keeps the checkpoint from overwriting the
    # old pages: the import's scrub stays pending and the next opening finishes it.
    makelaar, laptop, _ = sites
    monkeypatch.setattr(scrubbing, "ERASE_WAIT_S", 0.3)
    vol = volunteer_sent(makelaar, (laptop, "laptop"), place=PLACE)
    erase_person(makelaar, person_id(makelaar, vol))
    reader = sqlite3.connect(str(laptop.path), isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM persons").fetchone()
        result = import_payload(laptop, export_payload(makelaar, peer="laptop"))
        assert scrubbing.is_pending(laptop)
        assert traces(laptop) != []  # what "pending" means: still in the file
        # And the import says so, instead of reporting an erasure it has not finished.
        assert result.scrub_pending is scrubbing.PENDING_MESSAGE
    finally:
        reader.close()
    opened = open_database(str(laptop.path))
    try:
        assert not scrubbing.is_pending(opened.db)
        assert person(opened.db, vol).anonymised_on is not None
    finally:
        opened.db.dispose()
    assert traces(opened.db) == []


def person_uuid(db: Database, email: str) -> str:
    with db.read() as session:
        found = session.scalar(select(Person.uuid).where(Person.email == email))
    assert found is not None
    return str(found)
