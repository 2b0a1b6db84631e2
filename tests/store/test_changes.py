"""What a unit of work changed is what it committed: tables and record ids, never guesses."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, text

from flevodesk.domain.geography import Municipality
from flevodesk.domain.people import Person
from flevodesk.services.persons import PersonService
from flevodesk.store.changes import Changes, note, recording


def test_a_committed_orm_write_names_its_tables_and_records(db):
    with recording() as recorded, db.write() as session:
        person = Person(first_name="Zoë", last_name="Visser")
        session.add(person)
        session.flush()
        made = person.id
    changes = recorded.changes
    assert "persons" in changes.tables
    assert changes.ids["persons"] == {made}
    assert changes.may_touch("persons", made)
    assert not changes.may_touch("persons", made + 1)
    assert not changes.touches({"initiatives", "partners"})


def test_a_rolled_back_write_announces_nothing_not_even_with_the_next_commit(db):
    with recording() as recorded:
        with pytest.raises(RuntimeError), db.write() as session:
            session.add(Person(first_name="Half", last_name="Geschreven"))
            session.flush()
            raise RuntimeError("stopped before commit")
        with db.write() as session:  # the same pooled connection commits next
            session.add(Municipality(name="Daarna"))
    assert recorded.changes.tables == {"municipalities"}


def test_reads_announce_nothing(db):
    PersonService(db).create({"first_name": "Anna", "last_name": "Bakker"})
    with recording() as recorded, db.read() as session:
        session.execute(text("SELECT count(*) FROM persons")).scalar()
    assert not recorded.changes


def test_a_bulk_statement_marks_its_table_without_ids_so_any_record_may_have_changed(db):
    with recording() as recorded, db.write() as session:
        session.execute(insert(Municipality), [{"name": "Eerste"}, {"name": "Tweede"}])
        session.add(Person(first_name="Een", last_name="Persoon"))
    changes = recorded.changes
    assert {"municipalities", "persons"} <= changes.tables
    assert "municipalities" not in changes.ids  # unknown which: every one may have changed
    assert changes.may_touch("municipalities", 12345)
    assert "persons" in changes.ids


def test_writes_outside_a_recording_are_not_collected_by_a_later_one(db):
    with db.write() as session:
        session.add(Person(first_name="Buiten", last_name="Opname"))
    with recording() as recorded:
        pass
    assert not recorded.changes


def test_a_replaced_file_is_noted_as_every_table_changed():
    with recording() as recorded:
        note({"persons", "initiatives"})
    assert recorded.changes.touches({"persons"})
    assert recorded.changes.may_touch("initiatives", 7)


def test_merged_changes_keep_ids_only_where_both_parts_know_them():
    named = Changes(frozenset({"persons"}), {"persons": frozenset({1})})
    other = Changes(frozenset({"persons", "initiatives"}), {"persons": frozenset({2})})
    bulk = Changes(frozenset({"persons"}))
    assert named.merged(other).ids == {"persons": frozenset({1, 2})}
    assert named.merged(other).tables == {"persons", "initiatives"}
    assert "persons" not in named.merged(bulk).ids
