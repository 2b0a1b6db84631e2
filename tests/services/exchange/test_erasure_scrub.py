"""After an exchange, no byte of an erased person is left in any database file: not in a
row, nor in the search index's segments, free pages or the write-ahead log (issue 18,
point 6), whichever way their values reached the file before the erasure did."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import ANONYMOUS_NAME, Engagement, Person
from flevodesk.services.erasure import erase_person
from flevodesk.services.exchange import open_conflicts, set_same_organisation
from flevodesk.services.exchange.service import export_payload, import_payload
from flevodesk.store.database import Database
from tests.services.exchange.sites import make_site, without_secure_delete
from tests.services.exchange.test_merge import add_initiative, add_volunteer, edit, person

pytestmark = pytest.mark.sqlite_only  # the promise is about the bytes of a database file

#: The erased person's values, each distinctive enough to be found in raw bytes.
FIRST, EMAIL, PLACE, OTHER_PLACE = (
    "Wilhelmientje",
    "wilhelmientje@example.nl",
    "Kwartelkoog",
    "Gruttopolder",
)


# Each test runs with this machine's SQLite and as one that leaves freed bytes in the file.
@pytest.fixture(params=["sqlite-default", "secure-delete-off"])
def sites(request: pytest.FixtureRequest, reference_template: Path, tmp_path: Path):
    made = [make_site(reference_template, tmp_path, n) for n in ("makelaar", "laptop", "derde")]
    for db in made:
        if request.param == "secure-delete-off":
            without_secure_delete(db)
        for other in ("makelaar", "laptop", "derde"):
            set_same_organisation(db, other, True)  # the e-mail travels as well
    yield made
    for db in made:
        db.dispose()


def send(source: Database, target: Database, peer: str) -> None:
    import_payload(target, export_payload(source, peer=peer))


def _file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return (path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).lower()


def traces(db: Database) -> list[str]:
    """The erased values still in the file and its write-ahead log, as the last import
    left them and once every connection closed (lower case: the search index folds)."""
    path = Path(str(db.path))
    found = [_file_bytes(path)]
    db.dispose()
    found.append(_file_bytes(path))
    values = (FIRST, EMAIL, PLACE, OTHER_PLACE)
    return sorted({v for v in values for data in found if v.lower().encode() in data})


def person_id(db: Database, uuid: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Person.id).where(Person.uuid == uuid))
    assert found is not None
    return int(found)


def delete(db: Database, uuid: str) -> None:
    with db.write() as session:
        session.delete(session.scalar(select(Person).where(Person.uuid == uuid)))


def test_a_person_deleted_here_before_their_erasure_arrives_leaves_no_word_in_the_index(sites):
    # Found by the state machine: the delete left the person's words in the search
    # index (FTS5 keeps them beside a delete marker until its segments are merged), and
    # an erasure for a person without a row here did not merge them.
    makelaar, laptop, _ = sites
    vol = add_volunteer(makelaar, add_initiative(makelaar, "Repair Café Dronten"), FIRST, EMAIL)
    edit(makelaar, vol, place=PLACE)
    send(makelaar, laptop, "laptop")
    delete(makelaar, vol)
    erase_person(laptop, person_id(laptop, vol))
    send(laptop, makelaar, "makelaar")
    assert traces(makelaar) == [] and traces(laptop) == []


def test_a_person_deleted_by_a_package_before_their_erasure_arrives_leaves_no_trace(sites):
    makelaar, laptop, derde = sites
    vol = add_volunteer(makelaar, add_initiative(makelaar, "Repair Café Dronten"), FIRST, EMAIL)
    edit(makelaar, vol, place=PLACE)
    send(makelaar, laptop, "laptop")
    send(makelaar, derde, "derde")
    delete(derde, vol)
    send(derde, makelaar, "makelaar")
    assert person(makelaar, vol) is None
    erase_person(laptop, person_id(laptop, vol))
    send(laptop, makelaar, "makelaar")
    send(laptop, derde, "derde")
    assert traces(makelaar) == [] and traces(derde) == [] and traces(laptop) == []


def test_both_values_of_a_conflict_about_an_erased_person_are_dropped(sites):
    makelaar, laptop, _ = sites
    vol = add_volunteer(makelaar, add_initiative(makelaar, "Repair Café Dronten"), FIRST, EMAIL)
    send(makelaar, laptop, "laptop")
    edit(makelaar, vol, place=PLACE)
    edit(laptop, vol, place=OTHER_PLACE)
    send(makelaar, laptop, "laptop")
    send(laptop, makelaar, "makelaar")
    assert open_conflicts(makelaar) and open_conflicts(laptop)
    erase_person(laptop, person_id(laptop, vol))  # here, and received by the makelaar
    send(laptop, makelaar, "makelaar")
    assert open_conflicts(makelaar) == [] and open_conflicts(laptop) == []
    assert traces(makelaar) == [] and traces(laptop) == []


def test_an_edit_kept_beside_a_delete_is_dropped_when_the_person_is_erased(sites):
    makelaar, laptop, derde = sites
    vol = add_volunteer(makelaar, add_initiative(makelaar, "Repair Café Dronten"), FIRST, EMAIL)
    send(makelaar, laptop, "laptop")
    send(makelaar, derde, "derde")
    delete(makelaar, vol)
    edit(laptop, vol, place=PLACE)
    send(laptop, makelaar, "makelaar")  # the edit is kept as a "delete" conflict
    assert [c.theirs for c in open_conflicts(makelaar)] == [PLACE]
    erase_person(derde, person_id(derde, vol))
    send(derde, makelaar, "makelaar")
    send(derde, laptop, "laptop")
    assert open_conflicts(makelaar) == []
    assert traces(makelaar) == [] and traces(laptop) == []


def test_values_of_an_erased_person_arriving_after_the_erasure_are_never_stored(sites):
    makelaar, laptop, derde = sites
    vol = add_volunteer(makelaar, add_initiative(makelaar, "Repair Café Dronten"), FIRST, EMAIL)
    send(makelaar, laptop, "laptop")
    edit(makelaar, vol, place=PLACE)  # travels to derde only after laptop's erasure
    erase_person(laptop, person_id(laptop, vol))
    send(laptop, derde, "derde")
    send(makelaar, derde, "derde")
    assert person(derde, vol) is not None and person(derde, vol).anonymised_on is not None
    send(laptop, makelaar, "makelaar")
    assert traces(derde) == [] and traces(makelaar) == [] and traces(laptop) == []


def test_an_erased_person_first_arriving_from_a_peer_unaware_of_the_erasure_stays_erased(sites):
    # Erasures reach every peer, records only those sharing their initiative: the
    # erasure can come before the person does, from a peer that has not heard of it.
    makelaar, laptop, derde = sites
    here = add_initiative(makelaar, "Repair Café Dronten")
    add_initiative(makelaar, "Buurttuin Almere")
    vol = add_volunteer(makelaar, here, FIRST, EMAIL)
    send(makelaar, laptop, "laptop")
    import_payload(derde, export_payload(makelaar, peer="derde", initiatives=["Buurttuin Almere"]))
    with laptop.write() as session:
        found = session.scalar(select(Person).where(Person.uuid == vol))
        garden = session.scalar(select(Initiative).where(Initiative.name == "Buurttuin Almere"))
        session.add(Engagement(person=found, initiative=garden, since=date(2026, 2, 1)))
    erase_person(makelaar, person_id(makelaar, vol))
    send(makelaar, derde, "derde")
    assert person(derde, vol) is None
    send(laptop, derde, "derde")
    arrived = person(derde, vol)
    assert arrived is not None and arrived.first_name == ANONYMOUS_NAME
    assert arrived.anonymised_on is not None and arrived.email is None
    assert traces(derde) == []
