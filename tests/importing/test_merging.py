"""Merging two records of one person, from the importer or on their own, and undoing it."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from flevodesk.domain.enums import Role
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.models import Base
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.services.errors import ServiceError
from flevodesk.services.importing.columns import recognise_columns
from flevodesk.services.importing.reading import read_csv_bytes
from flevodesk.services.importing.volunteers import ImportOptions, import_volunteers
from flevodesk.services.merging import (
    last_undoable_merge,
    merge_persons,
    recent_merges,
    undo_merge,
)


@pytest.fixture
def two(db):
    with db.write() as session:
        initiative = session.scalars(select(Initiative)).first()
        keep = Person(first_name="Anja", tussenvoegsel="de", last_name="Jong", phone="0612345678")
        other = Person(
            first_name="Anja",
            tussenvoegsel="de",
            last_name="Jong",
            email="anja@voorbeeld.nl",
            place="Dronten",
            skills="koken",
        )
        other.engagements.append(
            Engagement(initiative=initiative, role=Role.KARTREKKER, since=date(2023, 1, 1))
        )
        other.hours.append(
            HoursEntry(initiative=initiative, worked_on=date(2024, 3, 1), minutes=90)
        )
        session.add_all([keep, other])
        session.flush()
        return keep.id, other.id


def state(db):
    with db.read() as session:
        people = {
            p.id: (p.full_name, p.email, p.phone, p.place, p.skills)
            for p in session.scalars(select(Person))
        }
        links = sorted(
            tuple(r) for r in session.execute(select(Engagement.id, Engagement.person_id))
        )
        hours = sorted(
            tuple(r) for r in session.execute(select(HoursEntry.id, HoursEntry.person_id))
        )
    return people, links, hours


def test_merge_moves_everything_and_undo_puts_it_back(db, two):
    keep, other = two
    before = state(db)
    info = merge_persons(db, keep, other)
    people, links, hours = state(db)
    assert set(people) == {keep}
    assert people[keep] == ("Anja de Jong", "anja@voorbeeld.nl", "06-12345678", "Dronten", "koken")
    assert {p for _, p in links} == {keep} and {p for _, p in hours} == {keep}
    assert info.label == "Anja de Jong samengevoegd met Anja de Jong"
    assert last_undoable_merge(db) == info

    restored = undo_merge(db, info.id)
    assert restored == other
    assert state(db) == before
    assert last_undoable_merge(db) is None
    assert recent_merges(db)[0].undone
    with pytest.raises(ServiceError, match="al ongedaan"):
        undo_merge(db, info.id)


def test_undo_keeps_what_was_changed_after_the_merge(db, two):
    keep, other = two
    info = merge_persons(db, keep, other)
    with db.write() as session:
        session.get(Person, keep).place = "Lelystad"
    undo_merge(db, info.id)
    people, _, _ = state(db)
    assert people[keep][3] == "Lelystad"
    assert people[other][3] == "Dronten"


def test_a_person_cannot_be_merged_with_itself(db, two):
    with pytest.raises(ServiceError):
        merge_persons(db, two[0], two[0])


def test_the_wizards_merge_of_a_possible_duplicate_can_be_undone(db, two):
    keep, other = two
    table = read_csv_bytes(b"Naam;E-mail;Woonplaats\nAnja de Jong;anja2@voorbeeld.nl;Urk\n")
    mapping = recognise_columns(table.headers)
    preview = import_volunteers(db, table, mapping, ImportOptions(dry_run=True))
    assert {d.person_id for d in preview.duplicates} == {keep, other}
    choice = ImportOptions(merges={2: keep})
    report = import_volunteers(db, table, mapping, choice)
    assert (report.added, report.merged) == (0, 1)
    people, _, _ = state(db)
    assert len(people) == 2
    merge = last_undoable_merge(db)
    assert merge is not None and merge.kept_person_id == keep
    undo_merge(db, merge.id)
    people, _, _ = state(db)
    assert ("Anja de Jong", "anja2@voorbeeld.nl", None, "Urk", None) in people.values()


def test_migrations_match_the_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    # The search index is made by hand in migrations (FTS5 tables, or a GIN index), and a
    # server's sort indexes keep empty values first (see tests/store/test_postgres_schema).
    by_hand = {"ix_persons_search", "ix_persons_sort_key", "ix_persons_place", "ix_persons_phone"}
    if db.engine.dialect.name == "sqlite":
        by_hand = set()
    diff = [
        d
        for d in diff
        if "person_search" not in str(d) and getattr(d[1], "name", None) not in by_hand
    ]
    assert diff == []
