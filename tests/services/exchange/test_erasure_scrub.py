"""After an exchange, no byte of an erased person is left in any database file: not in a
row, nor in the search index's segments, free pages or the write-ahead log (issue 18,
point 6), whichever way their values reached the file before the erasure did."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from flevodesk.domain.people import Person
from flevodesk.services.erasure import erase_person
from flevodesk.services.exchange import set_same_organisation
from flevodesk.services.exchange.service import export_payload, import_payload
from flevodesk.store.database import Database
from tests.services.exchange.sites import make_site
from tests.services.exchange.test_merge import add_initiative, add_volunteer, edit

pytestmark = pytest.mark.sqlite_only  # the promise is about the bytes of a database file

#: The erased person's values, each distinctive enough to be found in raw bytes.
FIRST, EMAIL, PLACE = "Wilhelmientje", "wilhelmientje@example.nl", "Kwartelkoog"


@pytest.fixture
def sites(reference_template: Path, tmp_path: Path):
    made = [make_site(reference_template, tmp_path, n) for n in ("makelaar", "laptop", "derde")]
    for db in made:
        for other in ("makelaar", "laptop", "derde"):
            set_same_organisation(db, other, True)  # the e-mail travels as well
    yield made
    for db in made:
        db.dispose()


def send(source: Database, target: Database, peer: str) -> None:
    import_payload(target, export_payload(source, peer=peer))


def traces(db: Database) -> list[str]:
    """The erased values still in the file or its log once every connection closed."""
    db.dispose()
    path = Path(str(db.path))
    wal = path.with_name(path.name + "-wal")
    data = (path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).lower()
    return [v for v in (FIRST, EMAIL, PLACE) if v.lower().encode() in data]


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
