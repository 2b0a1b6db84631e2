"""Rows written without the ORM (the importer's bulk insert) get their clocks only when an
exchange needs them: a one-initiative export leaves the rest of a large database alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from flevodesk.domain.exchange_clocks import read_clocks
from flevodesk.domain.exchange_tracking import exchanged_tables
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Engagement, Person
from flevodesk.services.importing.storing import bulk_insert
from flevodesk.store.database import Database
from tests.services.exchange.sites import make_site
from tests.services.exchange.test_merge import add_initiative, edit, send


@pytest.fixture
def sites(reference_template: Path, tmp_path: Path):
    made = [make_site(reference_template, tmp_path, n) for n in ("makelaar", "laptop")]
    yield made
    for db in made:
        db.dispose()


def bulk_volunteers(db: Database, initiative: str) -> dict[str, str]:
    """Three imported persons, the first engaged in ``initiative``: first name -> uuid."""
    with db.write() as session:
        rows = [
            {"first_name": f"Bulk{n}", "last_name": "Import", "status": "actief", "version": 1}
            for n in range(3)
        ]
        bulk_insert(session, Person.__table__, rows)
        found = {
            p.first_name: p
            for p in session.scalars(select(Person).where(Person.last_name == "Import"))
        }
        ini = session.scalar(select(Initiative.id).where(Initiative.uuid == initiative))
        engagement = {
            "person_id": found["Bulk0"].id,
            "initiative_id": ini,
            "role": "vrijwilliger",
            "since": date(2026, 1, 5),
            "version": 1,
        }
        bulk_insert(session, Engagement.__table__, [engagement])
        return {name: str(p.uuid) for name, p in found.items()}


def clock_count(db: Database, uuid: str) -> int:
    """How many fields of the record ``uuid`` have a clock."""
    with db.read() as session:
        conn = session.connection()
        return sum(len(read_clocks(conn, t, [uuid]).get(uuid, {})) for t in exchanged_tables())


def test_an_export_of_one_initiative_gives_clocks_only_to_what_it_carries(sites):
    a, b = sites
    ini = add_initiative(a, "Repair Café Dronten")
    add_initiative(a, "Taalcafé Lelystad")
    volunteers = bulk_volunteers(a, ini)
    send(a, b, "laptop", initiatives=["Repair Café Dronten"])
    with b.read() as session:
        arrived = session.scalars(select(Person).where(Person.last_name == "Import")).all()
        assert [(p.first_name, str(p.uuid)) for p in arrived] == [("Bulk0", volunteers["Bulk0"])]
        assert session.scalar(select(func.count()).select_from(Engagement)) == 1
    assert clock_count(a, volunteers["Bulk0"]) > 0
    # Not carried, so still without clocks: a large database does not grow by them.
    assert clock_count(a, volunteers["Bulk1"]) == 0
    assert clock_count(a, volunteers["Bulk2"]) == 0


def test_a_row_without_clocks_edited_once_travels_whole(sites):
    a, b = sites
    ini = add_initiative(a, "Repair Café Dronten")
    volunteers = bulk_volunteers(a, ini)
    edit(a, volunteers["Bulk1"], place="Dronten")
    send(a, b, "alles")
    with b.read() as session:
        arrived = session.scalar(select(Person).where(Person.uuid == volunteers["Bulk1"]))
        assert arrived is not None
        assert (arrived.first_name, arrived.last_name, arrived.place) == (
            "Bulk1",
            "Import",
            "Dronten",
        )


def test_an_import_compares_with_the_implicit_clocks_of_the_rows_it_touches(sites):
    # The same partner (one identity, as partners from before the exchange have) imported
    # in bulk on two sites with another phone number: neither site's value is silently
    # overwritten, the one that loses is kept as a conflict.
    from flevodesk.domain.partners import Partner
    from flevodesk.services.exchange import open_conflicts

    a, b = sites
    shared = "0193a6d2-0000-7000-8000-00000000c0de"
    for db, phone in ((a, "0320-111111"), (b, "0320-222222")):
        with db.write() as session:
            row = {
                "uuid": shared,
                "name": "Dorpsfonds Swifterbant",
                "scope": "gemeente",
                "kind": "overig",
                "phone": phone,
                "version": 1,
            }
            bulk_insert(session, Partner.__table__, [row])
    send(a, b, "laptop")
    conflicts = [c for c in open_conflicts(b) if c.field == "phone"]
    assert {c.ours for c in conflicts} | {c.theirs for c in conflicts} >= {
        "0320-111111",
        "0320-222222",
    }
