"""A deleted record brought back (restored from its "delete" conflict, or a delete undone)
comes back on every site, in any order of packages; an erased person never does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from flevodesk.domain.exchange import Tombstone
from flevodesk.domain.exchange_clocks import read_clocks
from flevodesk.domain.people import Engagement, Person
from flevodesk.services import row_restore
from flevodesk.services.erasure import erase_person
from flevodesk.services.errors import Conflict, ServiceError
from flevodesk.services.exchange import (
    leave_deleted,
    open_conflicts,
    restore_deleted,
)
from flevodesk.services.exchange.service import export_payload, import_payload
from flevodesk.services.persons import PersonService
from flevodesk.services.record_snapshots import run_and_record
from flevodesk.store.database import Database
from tests.services.exchange.test_convergence import content
from tests.services.exchange.test_merge import add_initiative, add_volunteer, edit, person, send

NAMES = {0: "makelaar", 1: "laptop", 2: "derde"}


def full_exchange(sites: list[Database], rounds: int = 3) -> None:
    for _ in range(rounds):
        for source in sites:
            for i, target in enumerate(sites):
                if target is not source:
                    send(source, target, NAMES[i])


def copy_of(db: Database, path: Path) -> Database:
    source, target = sqlite3.connect(str(db.path)), sqlite3.connect(path)
    with target:
        source.backup(target)
    source.close()
    target.close()
    return Database(f"sqlite:///{path}")


def contents_in_orders(copies: list[Database], orders, twice: bool = False) -> list:
    """Each copy's content after reading one order of payloads (``twice``: each payload
    read again after, which must change nothing); the copies are closed."""
    results = []
    for fresh, order in zip(copies, orders, strict=True):
        try:
            for payload in order:
                import_payload(fresh, payload)
            once = content(fresh)
            if twice:
                for payload in order:
                    assert import_payload(fresh, payload).applied == 0
                assert content(fresh) == once
            results.append(once)
        finally:
            fresh.dispose()
    return results


def as_server(db: Database, name: str = "server") -> Database:
    """``db`` (on the server with ``--on-postgres``) as a site of its own."""
    from sqlalchemy import text

    from flevodesk.services.exchange import set_site_name

    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE settings SET value = :v WHERE key = 'database_id'"),
            {"v": "0193a6d2-0000-7000-8000-00000000beef"},
        )
    set_site_name(db, name)
    return db


def person_id(db: Database, uuid: str) -> int:
    found = person(db, uuid)
    assert found is not None
    return found.id


def engagements_of(db: Database, uuid: str) -> list[str]:
    with db.read() as session:
        return sorted(
            str(e.uuid)
            for e in session.scalars(select(Engagement).join(Person).where(Person.uuid == uuid))
        )


def delete_undoably(db: Database, uuid: str):
    pid = person_id(db, uuid)
    _none, changes = run_and_record(db, Person, pid, lambda: PersonService(db).delete(pid))
    return changes


def shared_volunteer(sites, tmp_path: Path) -> tuple[str, list[Database]]:
    """Anna made at the makelaar and sent to both others; two copies of the third site
    as it is then, to read packages into in two orders."""
    a, b, c = sites
    ini = add_initiative(a, "Repair Café Dronten")
    vol = add_volunteer(a, ini, "Anna")
    send(a, b, "laptop")
    send(a, c, "derde")
    return vol, [copy_of(c, tmp_path / f"order-{n}.sqlite3") for n in (0, 1)]


def test_an_undone_delete_comes_back_on_every_site_in_either_order(sites, tmp_path):
    a, b, c = sites
    vol, copies = shared_volunteer(sites, tmp_path)
    engaged = engagements_of(a, vol)
    changes = delete_undoably(a, vol)
    deleted_for_b = export_payload(a, peer="laptop")
    deleted_for_c = export_payload(a, peer="derde")
    import_payload(b, deleted_for_b)
    assert person(b, vol) is None  # the tombstone was applied there
    row_restore.undo(a, changes)
    back_for_b = export_payload(a, peer="laptop")
    back_for_c = export_payload(a, peer="derde")
    import_payload(b, back_for_b)
    # The third site gets the undo first and the delete after it: still back.
    import_payload(c, back_for_c)
    import_payload(c, deleted_for_c)
    for db in (a, b, c):
        assert person(db, vol) is not None and person(db, vol).first_name == "Anna"
        assert engagements_of(db, vol) == engaged
    # Both orders on one site give the same content.
    results = contents_in_orders(copies, ((deleted_for_c, back_for_c), (back_for_c, deleted_for_c)))
    assert results[0] == results[1]
    full_exchange(sites)
    assert content(a) == content(b) == content(c)
    with a.read() as session:
        assert session.scalar(select(Tombstone).where(Tombstone.record_uuid == vol)) is None


def test_undo_of_an_edit_is_an_edit_with_a_fresh_clock_that_travels(sites):
    a, b, _ = sites
    ini = add_initiative(a, "Repair Café Dronten")
    vol = add_volunteer(a, ini, "Anna")
    send(a, b, "laptop")
    pid = person_id(a, vol)
    service = PersonService(a)
    version = person(a, vol).version
    _saved, changes = run_and_record(
        a, Person, pid, lambda: service.update(pid, version, {"place": "Urk"})
    )
    with a.read() as session:
        edited = read_clocks(session.connection(), "persons", [vol])[vol]["place"]
        edited_clock = (edited[0], edited[1])
    send(a, b, "laptop")
    assert person(b, vol).place == "Urk"
    row_restore.undo(a, changes)
    with a.read() as session:
        undone = read_clocks(session.connection(), "persons", [vol])[vol]["place"]
    assert undone[0] > edited_clock[0]
    assert (undone[2], undone[3]) == edited_clock
    send(a, b, "laptop")
    assert person(b, vol).place is None and person(a, vol).place is None
    assert open_conflicts(b) == []


def _deleted_while_edited(sites, third_hears: bool = True) -> tuple[str, int]:
    """The makelaar deletes Anna while the laptop moves her to Lelystad; the laptop
    receives the delete: a "delete" conflict there (the third site hears of the delete
    too, if ``third_hears``)."""
    a, b, c = sites
    ini = add_initiative(a, "Repair Café Dronten")
    vol = add_volunteer(a, ini, "Anna")
    send(a, b, "laptop")
    send(a, c, "derde")
    edit(b, vol, place="Lelystad")
    PersonService(a).delete(person_id(a, vol))
    send(a, b, "laptop")
    if third_hears:
        send(a, c, "derde")
    assert person(b, vol) is None
    [conflict] = [x for x in open_conflicts(b) if x.kind == "delete"]
    assert conflict.ours == "Lelystad" and "Anna" in conflict.record_label
    return vol, conflict.id


def test_a_restored_record_comes_back_with_the_kept_edit_on_every_site(sites):
    a, b, c = sites
    vol, conflict = _deleted_while_edited(sites)
    restore_deleted(b, conflict)
    assert person(b, vol).place == "Lelystad" and person(b, vol).first_name == "Anna"
    assert open_conflicts(b) == []
    # The makelaar and the third site had applied the tombstone already.
    send(b, c, "derde")
    send(b, a, "makelaar")
    full_exchange(sites)
    engaged = engagements_of(b, vol)
    assert len(engaged) == 1  # what the delete took along came back with her
    for db in (a, b, c):
        assert person(db, vol).place == "Lelystad", db.path
        assert engagements_of(db, vol) == engaged
        assert [x for x in open_conflicts(db) if x.kind == "delete"] == []
    assert content(a) == content(b) == content(c)


def test_a_restore_and_a_concurrent_delete_again_end_the_same_on_every_site(sites):
    a, b, c = sites
    vol, conflict = _deleted_while_edited(sites)
    restore_deleted(b, conflict)
    send(b, c, "derde")
    assert person(c, vol).place == "Lelystad"
    # The third site deletes it again, not knowing the makelaar heard of the restore.
    PersonService(c).delete(person_id(c, vol))
    send(c, a, "makelaar")
    send(b, a, "makelaar")
    full_exchange(sites)
    assert content(a) == content(b) == content(c)
    # The delete came after the restore (it knew it): deleted everywhere.
    assert all(person(db, vol) is None for db in (a, b, c))


@pytest.mark.parametrize("first", ["restore", "delete"])
def test_a_restore_and_a_delete_that_did_not_know_of_it_converge(sites, tmp_path, first):
    a, b, c = sites
    vol, conflict = _deleted_while_edited(sites, third_hears=False)
    restore_deleted(b, conflict)
    PersonService(c).delete(person_id(c, vol))  # concurrently: it never heard of either
    revived, deleted = export_payload(b, peer="makelaar"), export_payload(c, peer="makelaar")
    for payload in (revived, deleted) if first == "restore" else (deleted, revived):
        import_payload(a, payload)
    full_exchange(sites)
    assert content(a) == content(b) == content(c)
    alive = [person(db, vol) is not None for db in (a, b, c)]
    assert alive in ([True] * 3, [False] * 3)


def test_leave_deleted_settles_the_conflict_and_nothing_comes_back(sites):
    a, b, c = sites
    vol, conflict = _deleted_while_edited(sites)
    leave_deleted(b, conflict)
    assert open_conflicts(b) == []
    full_exchange(sites)
    assert all(person(db, vol) is None for db in (a, b, c))
    with pytest.raises(ServiceError, match="er niet"):
        restore_deleted(b, conflict)


def test_an_erased_person_is_never_brought_back_by_an_undo(sites):
    a, b, _ = sites
    ini = add_initiative(a, "Repair Café Dronten")
    vol = add_volunteer(a, ini, "Anna")
    send(a, b, "laptop")
    changes = delete_undoably(a, vol)
    erase_person(b, person_id(b, vol))
    send(b, a, "makelaar")
    with pytest.raises(Conflict, match=r"gewist \(AVG\)"):
        row_restore.undo(a, changes)
    assert person(a, vol) is None


def test_an_erased_persons_deleted_record_keeps_nothing_to_restore(sites):
    a, b, c = sites
    ini = add_initiative(a, "Repair Café Dronten")
    vol = add_volunteer(a, ini, "Anna")
    send(a, b, "laptop")
    send(a, c, "derde")
    PersonService(a).delete(person_id(a, vol))
    send(a, b, "laptop")
    erase_person(c, person_id(c, vol))
    send(c, b, "laptop")
    # The erasure's own edits of the deleted record are not kept as delete conflicts: an
    # erased person is never restored, so nothing of theirs waits to be.
    assert not [x for x in open_conflicts(b) if x.kind == "delete"]
    assert person(b, vol) is None


def test_a_value_written_after_the_delete_elsewhere_survives_the_revival_in_any_order(
    sites, tmp_path
):
    a, b, _c = sites
    vol, copies = shared_volunteer(sites, tmp_path)
    # The laptop's counter runs ahead: its last edit beats the makelaar's undo by clock.
    for n in range(12):
        edit(b, vol, place=f"Plaats {n}")
    edit(b, vol, place="Lelystad")
    moved = export_payload(b, peer="derde")
    changes = delete_undoably(a, vol)
    deleted = export_payload(a, peer="derde")
    row_restore.undo(a, changes)
    back = export_payload(a, peer="derde")
    results = []
    for fresh, order in zip(copies, ((moved, deleted, back), (moved, back, deleted)), strict=True):
        try:
            for payload in order:
                import_payload(fresh, payload)
            results.append(content(fresh))
            assert person(fresh, vol).place == "Lelystad"
        finally:
            fresh.dispose()
    assert results[0] == results[1]


def test_an_undone_delete_on_the_server_comes_back_on_the_laptop(db, sites):
    """The revival's own statements on the database under test (the server with
    ``--on-postgres``), against a laptop that already applied the delete."""
    as_server(db)
    laptop = sites[1]
    ini = add_initiative(db, "Repair Café Dronten")
    vol = add_volunteer(db, ini, "Anna")
    send(db, laptop, "laptop")
    changes = delete_undoably(db, vol)
    send(db, laptop, "laptop")
    assert person(laptop, vol) is None
    row_restore.undo(db, changes)
    send(db, laptop, "laptop")
    assert person(laptop, vol).first_name == "Anna"
    assert engagements_of(laptop, vol) == engagements_of(db, vol) != []
    with db.read() as session:
        assert session.scalar(select(Tombstone).where(Tombstone.record_uuid == vol)) is None
