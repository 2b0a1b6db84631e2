"""A merge of two persons, and its undo, travel to the other sites: after the next package
every site holds what the merging site holds, in any order of packages, and an erased
person never comes back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from flevodesk.domain.exchange import Tombstone
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.merges import PersonMerge
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.services.erasure import erase_person
from flevodesk.services.errors import NotFound
from flevodesk.services.exchange import open_conflicts, set_same_organisation
from flevodesk.services.exchange.service import export_payload, import_payload
from flevodesk.services.merging import merge_persons, merge_proposal, undo_merge
from flevodesk.store.database import Database
from tests.services.exchange.test_convergence import content
from tests.services.exchange.test_merge import add_initiative, add_volunteer, edit, person, send
from tests.services.exchange.test_revival import (
    as_server,
    contents_in_orders,
    copy_of,
    full_exchange,
    person_id,
)


def belongings(db: Database, uuid: str) -> list[tuple[str, str, str]]:
    """The person's engagements and hours, with what they say."""
    with db.read() as session:
        engaged = session.scalars(select(Engagement).join(Person).where(Person.uuid == uuid))
        hours = session.scalars(select(HoursEntry).join(Person).where(Person.uuid == uuid))
        return sorted(
            [(str(e.uuid), str(e.since), e.role.value) for e in engaged]
            + [(str(h.uuid), str(h.worked_on), str(h.minutes)) for h in hours]
        )


def book_hours(db: Database, person_uuid: str, initiative_uuid: str, minutes: int) -> None:
    with db.write() as session:
        found = session.scalar(select(Person).where(Person.uuid == person_uuid))
        ini = session.scalar(select(Initiative).where(Initiative.uuid == initiative_uuid))
        session.add(
            HoursEntry(person=found, initiative=ini, worked_on=date(2026, 3, 2), minutes=minutes)
        )


def tombstone_of(db: Database, uuid: str) -> Tombstone | None:
    with db.read() as session:
        return session.scalar(select(Tombstone).where(Tombstone.record_uuid == uuid))


def twins(makelaar: Database, laptop: Database, merged_first: bool = True) -> tuple[str, str]:
    """Two records of Anna at the makelaar, known to the laptop, acknowledged (so the
    next packages carry only what changes): the merged one with an e-mail address, a
    place and hours, the kept one without. ``merged_first``: whether the merged one's
    UUID sorts first (packages list a table's records by UUID)."""
    set_same_organisation(makelaar, "laptop", True)
    set_same_organisation(laptop, "makelaar", True)
    ini = add_initiative(makelaar, "Repair Café Dronten")
    one, two = sorted((add_volunteer(makelaar, ini, "Anna"), add_volunteer(makelaar, ini, "Anna")))
    merged, kept = (one, two) if merged_first else (two, one)
    edit(makelaar, merged, email="anna@example.nl", place="Urk")
    book_hours(makelaar, merged, ini, 90)
    send(makelaar, laptop, "laptop")
    send(laptop, makelaar, "makelaar")
    return merged, kept


def test_a_merge_arrives_whole_with_the_merged_persons_hours_and_engagements(sites):
    a, b, _ = sites
    merged, kept = twins(a, b)
    moved = belongings(a, merged) + belongings(a, kept)
    merge_persons(a, person_id(a, kept), person_id(a, merged))
    send(a, b, "laptop")
    assert person(b, merged) is None and tombstone_of(b, merged) is not None
    assert (person(b, kept).email, person(b, kept).place) == ("anna@example.nl", "Urk")
    # The merged person's engagement and hours are the kept person's now, whole, not
    # taken along by the delete.
    assert belongings(b, kept) == sorted(moved) and len(moved) == 3
    assert content(a) == content(b)
    assert open_conflicts(b) == []


def test_an_undone_merge_on_the_server_comes_back_whole_on_the_laptop(db, sites):
    a, b = as_server(db, "makelaar"), sites[1]
    merged, kept = twins(a, b)
    before = {u: belongings(a, u) for u in (merged, kept)}
    info = merge_persons(a, person_id(a, kept), person_id(a, merged))
    send(a, b, "laptop")
    undo_merge(a, info.id)
    send(a, b, "laptop")
    back = person(b, merged)
    assert back is not None and (back.email, back.place) == ("anna@example.nl", "Urk")
    assert (person(b, kept).email, person(b, kept).place) == (None, None)
    assert {u: belongings(b, u) for u in (merged, kept)} == before
    assert tombstone_of(a, merged) is None and tombstone_of(b, merged) is None
    assert content(a) == content(b)
    assert open_conflicts(a) == [] and open_conflicts(b) == []
    assert import_payload(a, export_payload(b, peer="makelaar")).applied == 0


def test_hours_booked_on_the_laptop_meanwhile_follow_the_merge(sites):
    a, b, _ = sites
    merged, kept = twins(a, b)
    with b.read() as session:
        ini = str(session.scalars(select(Initiative.uuid)).one())
    book_hours(b, merged, ini, 45)
    [booked] = [h for h in belongings(b, merged) if h[2] == "45"]
    moved = {u for u, _day, _what in belongings(a, merged)}
    merge_persons(a, person_id(a, kept), person_id(a, merged))
    send(a, b, "laptop")
    assert booked in belongings(b, kept)
    # Only the laptop's own rows follow by its own edit; what the makelaar moved is not
    # sent back to it as new.
    back = export_payload(b, peer="makelaar")
    assert booked[0] in {r["u"] for r in back["records"]}
    assert not moved & {r["u"] for r in back["records"]}
    import_payload(a, back)
    assert booked in belongings(a, kept)
    assert content(a) == content(b)


@pytest.mark.parametrize("merged_first", [True, False], ids=["merged-sorts-first", "last"])
def test_the_email_address_goes_back_to_the_merged_person_in_either_order(sites, merged_first):
    """The package lists the two persons by UUID: the revived one may come before the
    kept one that gives its address back. It is no duplicate either way."""
    a, b, _ = sites
    merged, kept = twins(a, b, merged_first)
    info = merge_persons(a, person_id(a, kept), person_id(a, merged))
    send(a, b, "laptop")
    undo_merge(a, info.id)
    result = send(a, b, "laptop")
    assert result.duplicates_proposed == 0
    assert person(b, merged).email == "anna@example.nl" and person(b, kept).email is None
    assert content(a) == content(b)


def test_edits_on_the_laptop_meanwhile_are_kept_as_values_or_conflicts(sites):
    a, b, _ = sites
    merged, kept = twins(a, b)
    # Before the merge arrives: the laptop edits the person the makelaar merges away.
    edit(b, merged, phone="0612345678")
    phone = person(b, merged).phone  # as the form writes it
    with b.write() as session:
        hours = session.scalar(select(HoursEntry).join(Person).where(Person.uuid == merged))
        hours.minutes, booked = 120, str(hours.uuid)
    info = merge_persons(a, person_id(a, kept), person_id(a, merged))
    send(a, b, "laptop")
    # After: the place the merge filled in, on the kept person.
    edit(b, kept, place="Lelystad")
    undo_merge(a, info.id)
    send(a, b, "laptop")
    full_exchange(sites[:2])
    assert content(a) == content(b)
    written = {(merged, "phone", phone), (kept, "place", "Lelystad")}
    final = {(u, f, getattr(person(a, u), f)) for u, f, _v in written}
    # Kept where a person still chooses: in "Te beoordelen" on either site.
    kept_somewhere = {
        (x.record_uuid, x.field, value)
        for x in open_conflicts(a) + open_conflicts(b)
        for value in (x.ours, x.theirs)
    }
    for value in written:
        assert value in final or value in kept_somewhere, value
    assert person(b, merged) is not None and person(b, merged).place == "Urk"
    # The hours the laptop corrected went to the kept person and back, corrected.
    for db in (a, b):
        assert (booked, "2026-03-02", "120") in belongings(db, merged)


def test_proposal_merge_undo_reach_a_third_site_in_any_order_and_twice_is_once(sites, tmp_path):
    a, b, c = sites
    for db, peers in ((a, ("laptop", "derde")), (b, ("makelaar", "derde")), (c, ("makelaar",))):
        for peer in peers:
            set_same_organisation(db, peer, True)
    ini = add_initiative(a, "Repair Café Dronten")
    send(a, b, "laptop")
    send(a, c, "derde")
    # The same address on two new persons: a proposal on the laptop.
    anna = add_volunteer(a, ini, "Anna", "anna@example.nl")
    anne = add_volunteer(b, ini, "Anne", "anna@example.nl")
    send(a, b, "laptop")
    [proposal] = [x for x in open_conflicts(b) if x.kind == "duplicate"]
    assert proposal.record_uuid == anna
    info = merge_proposal(b, proposal.id)
    assert info.kept_person_id == person_id(b, anne)
    assert [x for x in open_conflicts(b) if x.kind == "duplicate"] == []
    with pytest.raises(NotFound, match="voorstel"):
        merge_proposal(b, proposal.id)  # settled: not merged twice
    merged_for_c = export_payload(b, peer="derde")
    send(b, a, "makelaar")
    assert person(a, anna) is None and person(a, anne).email == "anna@example.nl"
    undo_merge(b, info.id)
    undone_for_c = export_payload(b, peer="derde")
    send(b, a, "makelaar")
    assert person(a, anna) is not None and person(a, anne) is not None
    # The third site gets the merge only after the undo, or in the order they were made.
    copies = [copy_of(c, tmp_path / f"derde-{n}.sqlite3") for n in (0, 1)]
    orders = ((undone_for_c, merged_for_c), (merged_for_c, undone_for_c))
    results = contents_in_orders(copies, orders, twice=True)
    assert results[0] == results[1] == content(b)
    full_exchange(sites)
    assert content(a) == content(b) == content(c)
    for db in (a, b, c):
        assert person(db, anna) is not None and person(db, anne) is not None


def test_an_erasure_of_a_person_merged_away_here_drops_the_merge_and_its_undo(sites):
    a, b, c = sites
    merged, kept = twins(a, b)
    send(a, c, "derde")
    edit(a, kept, place="Dronten")  # so "Urk" stays the merged person's alone
    info = merge_persons(a, person_id(a, kept), person_id(a, merged))
    assert "Urk" in snapshots(a)
    # The third site never heard of the merge and erases the person.
    erase_person(c, person_id(c, merged))
    send(c, a, "makelaar")
    assert "Urk" not in snapshots(a)
    with pytest.raises(NotFound, match="samenvoeging bestaat niet"):
        undo_merge(a, info.id)
    full_exchange(sites)
    assert all(person(db, merged) is None or person(db, merged).anonymised_on for db in sites)


def snapshots(db: Database) -> str:
    with db.read() as session:
        return " ".join(session.scalars(select(PersonMerge.snapshot)))
