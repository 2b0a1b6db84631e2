"""A package applied table by table, read ahead and inserted in batches (record_batches):
the same outcome as record by record, on SQLite and (``--on-postgres``) on the server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from flevodesk.domain.exchange import Peer
from flevodesk.domain.exchange_clocks import read_clocks
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Person
from flevodesk.services.exchange import open_conflicts, set_same_organisation
from flevodesk.services.exchange.service import export_payload, import_payload
from flevodesk.store.database import Database
from tests.services.exchange.sites import make_site
from tests.services.exchange.test_merge import add_initiative, add_volunteer, edit, person

#: More than one read-ahead statement's worth (500) of records.
MANY = 1_100


@pytest.fixture
def laptop(reference_template: Path, tmp_path: Path) -> Iterator[Database]:
    made = make_site(reference_template, tmp_path, "laptop")
    yield made
    made.dispose()


def _count(db: Database, model: type, *where: object) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_more_records_than_one_read_ahead_arrive_whole_and_twice_equals_once(db, laptop):
    from flevodesk.services.importing.storing import bulk_insert

    with laptop.write() as session:
        rows = [
            {"first_name": f"Vrijwilliger{n}", "last_name": "Bulk", "status": "actief"}
            for n in range(MANY)
        ]
        bulk_insert(session, Person.__table__, rows)
    set_same_organisation(laptop, "server", True)  # every field goes, contact details too
    payload = export_payload(laptop, peer="server")
    first = import_payload(db, payload)
    assert first.applied >= MANY
    with laptop.read() as session:
        sent = {u: n for u, n in session.execute(select(Person.uuid, Person.first_name))}
        sent_clocks = read_clocks(session.connection(), "persons", list(sent))
    with db.read() as session:
        query = select(Person.uuid, Person.first_name).where(Person.last_name == "Bulk")
        arrived = {u: n for u, n in session.execute(query)}
        arrived_clocks = read_clocks(session.connection(), "persons", list(arrived))
    assert arrived == {u: n for u, n in sent.items() if n.startswith("Vrijwilliger")}
    assert {u: arrived_clocks[u] for u in arrived} == {u: sent_clocks[u] for u in arrived}
    again = import_payload(db, payload)
    assert again.applied == 0 and again.conflicts == 0
    assert _count(db, Person, Person.last_name == "Bulk") == MANY


def test_an_address_moved_to_a_new_volunteer_arrives_without_a_false_duplicate(db, laptop):
    ini = add_initiative(laptop, "Repair Café Dronten")
    anna = add_volunteer(laptop, ini, "Anna", "info@repaircafe.nl")
    set_same_organisation(laptop, "server", True)
    import_payload(db, export_payload(laptop, peer="server"))
    # The shared address goes to the new coordinator; Anna gets her own.
    edit(laptop, anna, email="anna@example.nl")
    bram = add_volunteer(laptop, ini, "Bram", "info@repaircafe.nl")
    result = import_payload(db, export_payload(laptop, peer="server"))
    assert result.duplicates_proposed == 0
    assert not [c for c in open_conflicts(db) if c.field == "email"]
    assert person(db, anna).email == "anna@example.nl"
    assert person(db, bram).email == "info@repaircafe.nl"


def test_a_name_taken_here_twice_still_arrives_as_a_duplicate_proposal(db, laptop):
    # The laptop's new initiative takes a name in use here, and so does the name the
    # merge first gives it instead (with the sender's name): never a refused package.
    ini = add_initiative(laptop, "Buurtmoestuin")
    anna = add_volunteer(laptop, ini, "Anna")
    add_initiative(db, "Buurtmoestuin")
    add_initiative(db, "Buurtmoestuin (laptop)")
    result = import_payload(db, export_payload(laptop, peer="server"))
    assert result.duplicates_proposed == 1
    with db.read() as session:
        arrived = session.scalar(select(Initiative.name).where(Initiative.uuid == ini))
    assert arrived == "Buurtmoestuin (laptop 2)"
    assert person(db, anna) is not None


def test_a_package_that_fails_halfway_leaves_nothing_behind(db, laptop, monkeypatch):
    from flevodesk.services.exchange import record_batches

    ini = add_initiative(laptop, "Buurtmoestuin")
    add_volunteer(laptop, ini, "Anna")
    add_volunteer(laptop, ini, "Bram")
    payload = export_payload(laptop, peer="server")
    flush = record_batches.TableBatch.flush

    def failing(batch: record_batches.TableBatch) -> None:
        # The volunteers and the initiative are in by now; their engagements fail (as a
        # full disk or a lost server would).
        if batch.table.name == "engagements" and batch.waiting:
            raise OSError(28, "No space left on device")
        flush(batch)

    monkeypatch.setattr(record_batches.TableBatch, "flush", failing)
    before = (_count(db, Person), _count(db, Initiative), _count(db, Peer))
    with pytest.raises(OSError):
        import_payload(db, payload)
    assert (_count(db, Person), _count(db, Initiative), _count(db, Peer)) == before
    with db.read() as session:
        assert not read_clocks(
            session.connection(), "persons", [str(u) for u in payload_persons(payload)]
        )
    monkeypatch.setattr(record_batches.TableBatch, "flush", flush)
    assert import_payload(db, payload).applied > 0  # and it can be read in again whole


def payload_persons(payload: dict) -> list[str]:
    return [r["u"] for r in payload["records"] if r["t"] == "persons"]
