"""Two or three databases exchanging payloads: identities, merge per field, conflicts."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from flevodesk.domain.enums import ConsentPurpose
from flevodesk.domain.exchange import Tombstone
from flevodesk.domain.exchange_clocks import read_clocks, written_by
from flevodesk.domain.exchange_tracking import site_row
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Engagement, Person
from flevodesk.domain.privacy import Consent
from flevodesk.services.exchange import open_conflicts, resolve_conflict, set_same_organisation
from flevodesk.services.exchange.service import export_payload, import_payload
from flevodesk.store.database import Database
from tests.services.exchange.sites import make_site


def send(source: Database, target: Database, peer: str, initiatives=()):
    payload = export_payload(source, peer=peer, initiatives=initiatives)
    return import_payload(target, payload)


def add_initiative(db: Database, name: str) -> str:
    with db.write() as session:
        town = session.scalars(select(Municipality).order_by(Municipality.name)).first()
        initiative = Initiative(name=name, municipality=town)
        session.add(initiative)
        session.flush()
        return str(initiative.uuid)


def add_volunteer(db: Database, initiative: str, first: str, email: str | None = None) -> str:
    with db.write() as session:
        ini = session.scalar(select(Initiative).where(Initiative.uuid == initiative))
        person = Person(first_name=first, last_name="Jansen", email=email)
        session.add(person)
        session.add(Engagement(person=person, initiative=ini, since=date(2026, 1, 5)))
        session.flush()
        return str(person.uuid)


def person(db: Database, uuid: str) -> Person | None:
    with db.read() as session:
        return session.scalar(select(Person).where(Person.uuid == uuid))


def edit(db: Database, uuid: str, **values) -> None:
    with db.write() as session:
        found = session.scalar(select(Person).where(Person.uuid == uuid))
        for key, value in values.items():
            setattr(found, key, value)


def person_clocks(db: Database, uuid: str) -> dict[str, tuple]:
    with db.read() as session:
        return read_clocks(session.connection(), "persons", [uuid])[uuid]


def test_every_changed_field_gets_a_clock_above_all_known(sites):
    a = sites[0]
    ini = add_initiative(a, "Repair Café Dronten")
    vol = add_volunteer(a, ini, "Anna")
    clocks = person_clocks(a, vol)
    first = clocks["first_name"][0]
    assert {"first_name", "last_name", "email", "status"} <= set(clocks)
    edit(a, vol, place="Dronten")
    after = person_clocks(a, vol)
    place, name = after["place"], after["first_name"]
    assert place[0] > first and name[0] == first
    assert (place[2], place[3]) == (first, clocks["place"][1])


def test_the_records_a_peer_wrote_are_known_by_its_site(sites):
    a, b, _ = sites
    ini = add_initiative(a, "Repair Café Dronten")
    add_initiative(a, "Taalcafé Lelystad")
    send(a, b, "laptop")
    with b.read() as session:
        b_site = site_row(session.connection()).site_uuid
    assert written_by_on(a, b_site) == set()
    with b.write() as session:
        found = session.scalar(select(Initiative).where(Initiative.uuid == ini))
        found.goal = "Minder weggooien"
    send(b, a, "makelaar")
    assert written_by_on(a, b_site) == {ini}


def written_by_on(db: Database, site: str) -> set[str]:
    with db.read() as session:
        return written_by(session.connection(), "initiatives", site)


def test_a_new_volunteer_on_two_laptops_never_collides_and_both_arrive(sites):
    a, b, _ = sites
    ini = add_initiative(a, "Repair Café Dronten")
    send(a, b, "laptop", ["Repair Café Dronten"])
    one = add_volunteer(a, ini, "Anna")
    two = add_volunteer(b, ini, "Bert")
    send(a, b, "laptop")
    send(b, a, "makelaar")
    for db in (a, b):
        assert person(db, one).first_name == "Anna" and person(db, two).first_name == "Bert"


def test_concurrent_edits_converge_and_keep_the_loser_as_a_conflict(sites):
    a, b, _ = sites
    ini = add_initiative(a, "Repair Café Dronten")
    vol = add_volunteer(a, ini, "Anna")
    send(a, b, "laptop")
    edit(a, vol, place="Dronten")
    edit(b, vol, place="Biddinghuizen")
    send(a, b, "laptop")
    send(b, a, "makelaar")
    assert person(a, vol).place == person(b, vol).place
    loser = {"Dronten", "Biddinghuizen"} - {person(a, vol).place}
    for db in (a, b):
        [conflict] = open_conflicts(db)
        assert {conflict.ours, conflict.theirs} == {"Dronten", "Biddinghuizen"}
        assert conflict.field_label == "Woonplaats" and conflict.record_label == "Anna Jansen"
    # The choice is an edit that travels and closes the conflict on the other side too.
    [conflict] = open_conflicts(a)
    resolve_conflict(a, conflict.id, keep_theirs=conflict.theirs in loser)
    send(a, b, "laptop")
    assert person(a, vol).place == person(b, vol).place == loser.pop()
    assert open_conflicts(a) == [] and open_conflicts(b) == []


def test_a_delete_beats_a_concurrent_edit_which_is_kept(sites):
    a, b, _ = sites
    ini = add_initiative(a, "Repair Café Dronten")
    vol = add_volunteer(a, ini, "Anna")
    send(a, b, "laptop")
    with a.write() as session:
        session.delete(session.scalar(select(Person).where(Person.uuid == vol)))
    edit(b, vol, place="Dronten")
    send(a, b, "laptop")
    send(b, a, "makelaar")
    assert person(a, vol) is None and person(b, vol) is None
    # The laptop, where the edit met the delete, keeps it for a person to restore.
    assert any(c.field == "place" and c.ours == "Dronten" for c in open_conflicts(b))
    for db in (a, b):
        with db.read() as session:
            assert session.get(Tombstone, ("persons", vol)) is not None


def test_twice_equals_once_and_nothing_comes_back_as_new(sites):
    a, b, _ = sites
    ini = add_initiative(a, "Repair Café Dronten")
    add_volunteer(a, ini, "Anna")
    payload = export_payload(a, peer="laptop")
    first = import_payload(b, payload)
    again = import_payload(b, payload)
    assert first.applied > 0 and again.applied == 0 and again.already_seen
    back = export_payload(b, peer="makelaar")
    own = payload["sender"]["site"]
    assert not [f for r in back["records"] for f in r["f"].values() if f[2] == own]
    assert import_payload(a, back).applied == 0


def test_the_same_email_on_two_new_persons_becomes_a_duplicate_proposal(sites):
    a, b, _ = sites
    ini = add_initiative(a, "Repair Café Dronten")
    set_same_organisation(a, "laptop", True)
    send(a, b, "laptop")
    add_volunteer(a, ini, "Anna", "anna@example.nl")
    add_volunteer(b, ini, "Anne", "anna@example.nl")
    result = send(a, b, "laptop")
    assert result.duplicates_proposed == 1
    assert any(c.record_kind == "Vrijwilliger" and c.field == "email" for c in open_conflicts(b))
    # Nothing refused: both persons are there, the newcomer without the address for now.
    with b.read() as session:
        assert (
            len(
                session.scalars(select(Person).where(Person.first_name.in_(["Anna", "Anne"]))).all()
            )
            == 2
        )


def test_contact_details_leave_only_with_a_sharing_consent_or_within_the_organisation(sites):
    a, b, c = sites
    ini = add_initiative(a, "Repair Café Dronten")
    anna = add_volunteer(a, ini, "Anna", "anna@example.nl")
    bert = add_volunteer(a, ini, "Bert", "bert@example.nl")
    with a.write() as session:
        found = session.scalar(select(Person).where(Person.uuid == bert))
        session.add(
            Consent(
                person=found, purpose=ConsentPurpose.DELEN_MET_PARTNERS, given_on=date(2026, 1, 1)
            )
        )
    send(a, b, "laptop")
    assert person(b, anna).email is None and person(b, bert).email == "bert@example.nl"
    set_same_organisation(a, "collega", True)
    send(a, c, "collega")
    assert person(c, anna).email == "anna@example.nl"


def test_a_package_for_one_initiative_carries_only_that_initiative(sites):
    a, b, _ = sites
    one = add_initiative(a, "Repair Café Dronten")
    other = add_initiative(a, "Buurttuin Almere")
    add_volunteer(a, one, "Anna")
    hidden = add_volunteer(a, other, "Bert")
    send(a, b, "laptop", ["Repair Café Dronten"])
    with b.read() as session:
        names = set(session.scalars(select(Initiative.name)))
    assert names == {"Repair Café Dronten"} and person(b, hidden) is None


def test_a_database_on_either_engine_exchanges_with_a_laptop(db, reference_template, tmp_path):
    # With --on-postgres ``db`` is on the server: the tracking and merge run there too.
    laptop = make_site(reference_template, tmp_path, "laptop-pg")
    try:
        ini = add_initiative(db, "Repair Café Dronten")
        vol = add_volunteer(db, ini, "Anna")
        send(db, laptop, "laptop")
        edit(db, vol, place="Dronten")
        edit(laptop, vol, place="Swifterbant", notes="fietsen")
        send(laptop, db, "server")
        send(db, laptop, "laptop")
        ours, theirs = person(db, vol), person(laptop, vol)
        assert (ours.place, ours.notes) == (theirs.place, theirs.notes)
        assert ours.notes == "fietsen"
        assert any(c.field == "place" for c in open_conflicts(db) + open_conflicts(laptop))
    finally:
        laptop.dispose()


def test_a_package_of_a_newer_schema_is_refused_with_one_dutch_line(sites, tmp_path):
    from flevodesk.services.errors import ServiceError
    from flevodesk.services.exchange import import_package
    from flevodesk.services.exchange.package import seal

    a, b, _ = sites
    add_initiative(a, "Repair Café Dronten")
    payload = export_payload(a, peer="laptop")
    header = {"schema": "9999", "sender": payload["sender"], "package_number": 1}
    path = tmp_path / "nieuwer.flevopakket"
    path.write_bytes(seal(header, json.dumps(payload).encode(), "correct paard batterij"))
    with pytest.raises(ServiceError, match="nieuwere FlevoDesk") as refused:
        import_package(b, path, "correct paard batterij")
    assert "\n" not in refused.value.message
    with b.read() as session:
        assert (
            session.scalar(select(Initiative).where(Initiative.name == "Repair Café Dronten"))
            is None
        )


def test_rows_the_importer_wrote_without_the_orm_travel_too(sites):
    from flevodesk.services.importing.storing import bulk_insert

    a, b, _ = sites
    with a.write() as session:
        rows = [
            {"first_name": f"Bulk{n}", "last_name": "Import", "status": "actief", "version": 1}
            for n in range(3)
        ]
        bulk_insert(session, Person.__table__, rows)
    with a.read() as session:
        uuids = set(session.scalars(select(Person.uuid).where(Person.last_name == "Import")))
    assert len(uuids) == 3 and None not in uuids  # one identity per row, not per batch
    send(a, b, "laptop")
    with b.read() as session:
        assert (
            set(session.scalars(select(Person.uuid).where(Person.last_name == "Import"))) == uuids
        )
