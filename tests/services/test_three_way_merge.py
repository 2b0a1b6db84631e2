"""A save that finds a colleague's newer version: who and when, and the field-wise merge."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from flevodesk.services.errors import StaleRecord
from flevodesk.services.persons import PersonService
from flevodesk.services.records import changed_moment
from flevodesk.services.three_way_merge import Clash, three_way
from flevodesk.store.database import Database
from flevodesk.store.location import resolve_target

BASE = {"first_name": "Kees", "phone": "0320-123456", "place": "Lelystad", "notes": None}


def test_a_field_only_the_colleague_changed_keeps_theirs_and_mine_goes_on_top():
    mine = {**BASE, "phone": "06-11112222"}
    theirs = {**BASE, "place": "Dronten"}
    merge = three_way(BASE, mine, theirs)
    assert merge.values == {"phone": "06-11112222"}
    assert merge.clashes == ()
    assert merge.theirs == {"place"}


def test_a_field_both_changed_differently_is_a_clash_the_user_decides():
    mine = {**BASE, "phone": "06-11112222", "notes": "Belt liever 's avonds"}
    theirs = {**BASE, "phone": "06-99998888"}
    merge = three_way(BASE, mine, theirs)
    assert merge.clashes == (Clash("phone", "0320-123456", "06-11112222", "06-99998888"),)
    assert merge.values == {"notes": "Belt liever 's avonds"}
    assert merge.resolved({"phone"}) == {"notes": "Belt liever 's avonds", "phone": "06-11112222"}
    assert merge.resolved(()) == {"notes": "Belt liever 's avonds"}


def test_the_same_change_on_both_sides_is_no_clash():
    merge = three_way(BASE, {**BASE, "place": "Urk"}, {**BASE, "place": "Urk"})
    assert merge.clashes == ()
    assert merge.values == {"place": "Urk"}


def test_empty_values_and_the_order_of_links_are_no_change():
    base = {"notes": None, "themes": [3, 1]}
    mine = {"notes": "", "themes": [1, 3]}
    theirs = {"notes": None, "themes": (3, 1)}
    merge = three_way(base, mine, theirs)
    assert (merge.values, merge.clashes, merge.theirs) == ({}, (), frozenset())


def test_a_field_missing_from_theirs_counts_as_unchanged_by_the_colleague():
    merge = three_way(BASE, {**BASE, "place": "Urk"}, {"first_name": "Kees"})
    assert merge.values == {"place": "Urk"}


def test_the_moment_of_a_change_is_the_clock_today_and_the_date_before():
    when = datetime(2026, 11, 30, 13, 5, tzinfo=UTC)
    local = when.astimezone()
    assert changed_moment(when, local.date()) == f"om {local:%H:%M}"
    assert changed_moment(when, date(2026, 12, 25)) == (
        f"op {local.day} november 2026 om {local:%H:%M}"
    )


@pytest.fixture
def colleague(db_target: str):
    """A second handle on the same database, as a colleague's FlevoDesk has."""
    handle = Database(resolve_target(db_target))
    handle.author_name = "Anna"
    yield handle
    handle.dispose()


def test_a_stale_save_names_the_colleague_and_holds_their_version(db, colleague):
    db.author_name = "Bram"
    mine, theirs = PersonService(db), PersonService(colleague)
    loaded = mine.create({"first_name": "Kees", "last_name": "Jansen"})
    theirs.update(loaded.id, loaded.version, {"place": "Dronten"})
    with pytest.raises(StaleRecord) as caught:
        mine.update(loaded.id, loaded.version, {"phone": "06-11112222"})
    stale = caught.value
    assert stale.changed_by == "Anna"
    assert (
        stale.message == f"Anna heeft de vrijwilliger {changed_moment(stale.changed_at)} gewijzigd."
    )
    assert (stale.current.place, stale.current.version) == ("Dronten", loaded.version + 1)
    assert mine.get(loaded.id).phone is None  # nothing of the refused save was stored
    again = mine.update(loaded.id, stale.current.version, {"phone": "06-11112222"})
    assert (again.place, again.phone) == ("Dronten", "06-11112222")


def test_every_insert_and_update_says_who_saved(db, colleague):
    db.author_name = "Bram"
    person = PersonService(db).create({"first_name": "Kees", "last_name": "Jansen"})
    with db.read() as session:
        first = session.execute(
            text("SELECT updated_by FROM persons WHERE id = :id"), {"id": person.id}
        ).scalar()
    PersonService(colleague).update(person.id, person.version, {"place": "Urk"})
    with db.read() as session:
        second = session.execute(
            text("SELECT updated_by FROM persons WHERE id = :id"), {"id": person.id}
        ).scalar()
    assert (first, second) == ("Bram", "Anna")


def test_without_a_name_a_handle_writes_as_its_login(db):
    person = PersonService(db).create({"first_name": "Kees", "last_name": "Jansen"})
    with db.read() as session:
        who = session.execute(
            text("SELECT updated_by FROM persons WHERE id = :id"), {"id": person.id}
        ).scalar()
    assert who and who == db.author()


def test_a_colleague_saving_between_the_check_and_the_write_is_refused_too(pg_url, monkeypatch):
    # On a server two saves can both pass the version check; the UPDATE's own version
    # condition then refuses the later one, with the same answer as the check.
    mine_db, theirs_db = Database(pg_url), Database(pg_url)
    theirs_db.author_name = "Anna"
    try:
        mine, theirs = PersonService(mine_db), PersonService(theirs_db)
        loaded = mine.create({"first_name": "Kees", "last_name": "Jansen"})
        apply = mine._apply

        def colleague_first(session, record, values):
            theirs.update(loaded.id, loaded.version, {"place": "Dronten"})
            apply(session, record, values)

        monkeypatch.setattr(mine, "_apply", colleague_first)
        with pytest.raises(StaleRecord) as caught:
            mine.update(loaded.id, loaded.version, {"phone": "06-11112222"})
        assert (caught.value.changed_by, caught.value.current.place) == ("Anna", "Dronten")
        assert mine.get(loaded.id).phone is None
    finally:
        mine_db.dispose()
        theirs_db.dispose()
