"""Relationships load only when asked for: touching one nobody loaded raises at once, in
the service that forgot it, instead of running a query per row (or failing later, on a
detached object in a window)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import Role
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative, Theme
from flevodesk.domain.models import Base
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.persons import PersonService

RELATIONSHIPS = sorted(
    (str(rel) for mapper in Base.registry.mappers for rel in mapper.relationships),
)


def _volunteer(db) -> int:
    with db.write() as session:
        initiative = Initiative(
            name="Repair Café Dronten",
            municipality=session.scalars(select(Municipality)).first(),
            themes=list(session.scalars(select(Theme).limit(2))),
            partners=list(session.scalars(select(Partner).limit(1))),
        )
        person = Person(first_name="Kees", last_name="Jansen")
        person.engagements.append(
            Engagement(initiative=initiative, role=Role.VRIJWILLIGER, since=date(2025, 1, 1))
        )
        person.hours.append(
            HoursEntry(initiative=initiative, worked_on=date(2025, 3, 1), minutes=90)
        )
        session.add(person)
        session.flush()
        return person.id


@pytest.mark.parametrize("name", RELATIONSHIPS)
def test_every_relationship_raises_instead_of_loading_lazily(name):
    model, attribute = name.split(".")
    relationship = Base.registry._class_registry[model].__mapper__.relationships[attribute]  # type: ignore[union-attr]
    assert relationship.lazy == "raise_on_sql"


def test_a_collection_nobody_loaded_raises_and_one_loaded_explicitly_reads(db):
    person_id = _volunteer(db)
    with db.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        with pytest.raises(InvalidRequestError, match="raise_on_sql"):
            _ = person.engagements
        with pytest.raises(InvalidRequestError, match="raise_on_sql"):
            _ = session.scalars(select(Engagement)).first().initiative  # type: ignore[union-attr]
    with db.read() as session:
        loaded = session.get(Person, person_id, options=[selectinload(Person.engagements)])
        assert loaded is not None and [e.role for e in loaded.engagements] == [Role.VRIJWILLIGER]


def test_a_service_record_holds_what_its_form_shows_after_the_session_closed(db):
    person = PersonService(db).get(_volunteer(db))
    assert [e.initiative_name for e in person.engagements] == ["Repair Café Dronten"]
    assert [h.minutes for h in person.hours] == [90]


def test_deleting_takes_the_children_and_links_along_without_loading_them(db):
    person_id = _volunteer(db)
    with db.read() as session:
        initiative_id = session.scalar(select(Initiative.id))
    assert initiative_id is not None
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        InitiativeService(db).delete(initiative_id)
        PersonService(db).delete(person_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    # ON DELETE CASCADE in the schema removes them; reading them first would only cost time.
    children = ("engagements", "hours_entries", "initiative_themes", "partner_initiatives")
    loads = [
        s for s in statements if s.lstrip().startswith("SELECT") and any(c in s for c in children)
    ]
    assert loads == []
    with db.read() as session:
        for table in children:
            assert session.scalar(text(f"SELECT count(*) FROM {table}")) == 0, table
        assert session.scalar(select(func.count(Person.id))) == 0
