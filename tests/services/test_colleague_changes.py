"""What one colleague commits on the team server, another's window hears within seconds."""

from __future__ import annotations

import queue

import pytest
from sqlalchemy import text

from flevodesk.services.colleague_changes import colleagues_changes, follow
from flevodesk.services.persons import PersonService
from flevodesk.services.unit_of_work import Changes
from flevodesk.store.database import Database
from flevodesk.store.notify import payload

WAIT = 10.0


@pytest.fixture
def two_colleagues(pg_url):
    mine, theirs = Database(pg_url), Database(pg_url)
    yield mine, theirs
    mine.dispose()
    theirs.dispose()


def _heard(db):
    arrived: queue.Queue[Changes] = queue.Queue()
    following = follow(db, arrived.put)
    assert following is not None
    assert following.wait_listening(WAIT)
    return following, arrived


def test_a_colleagues_new_person_arrives_with_its_table_and_id(two_colleagues):
    mine, theirs = two_colleagues
    following, arrived = _heard(mine)
    try:
        person = PersonService(theirs).create({"first_name": "Sanne", "last_name": "Kok"})
        changes = arrived.get(timeout=WAIT)
    finally:
        following.stop()
    assert changes.may_touch("persons", person.id)
    assert not changes.may_touch("persons", person.id + 1000)


def test_ones_own_commit_and_a_rolled_back_one_are_not_heard(two_colleagues):
    mine, theirs = two_colleagues
    following, arrived = _heard(mine)
    try:
        PersonService(mine).create({"first_name": "Eigen", "last_name": "Werk"})
        with pytest.raises(RuntimeError), theirs.write() as session:
            session.execute(text("UPDATE municipalities SET name = name"))
            raise RuntimeError("undone")
        # A marker from the colleague afterwards: anything heard before it would be wrong.
        marker = PersonService(theirs).create({"first_name": "Later", "last_name": "Pas"})
        changes = arrived.get(timeout=WAIT)
    finally:
        following.stop()
    assert changes.ids.get("persons") == frozenset({marker.id})
    assert arrived.empty()


def test_a_database_file_has_no_colleagues(db_path):
    db = Database(f"sqlite:///{db_path}")
    try:
        assert follow(db, lambda _changes: None) is None
    finally:
        db.dispose()


def test_a_missed_stretch_means_every_table_and_foreign_payloads_are_ignored():
    assert colleagues_changes("me", None).touches({"persons", "initiatives"})
    mine = payload("me", Changes(frozenset({"persons"}), {"persons": frozenset({1})}))
    assert not colleagues_changes("me", [mine, "not json", '{"x": 1}'])


def test_too_many_ids_leave_only_the_table_named():
    many = Changes(frozenset({"persons"}), {"persons": frozenset(range(5000))})
    text = payload("them", many)
    assert len(text.encode()) < 8000
    heard = colleagues_changes("me", [text])
    assert heard.may_touch("persons", 123456)


def test_after_the_listening_connection_is_lost_every_table_counts_as_changed(two_colleagues):
    mine, theirs = two_colleagues
    following, arrived = _heard(mine)
    try:
        with theirs.engine.connect() as conn:
            stopped = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND query LIKE 'LISTEN%'"
                )
            ).scalar()
        assert stopped == 1
        changes = arrived.get(timeout=WAIT + 5)
    finally:
        following.stop()
    assert changes.touches({"persons"}) and changes.touches({"funding_applications"})
    assert "persons" not in changes.ids  # any person may have changed meanwhile
