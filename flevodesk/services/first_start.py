"""What the first start needs: whether the database holds any of the user's records yet,
and adding the demo set from the window."""

from __future__ import annotations

from sqlalchemy import exists, select

from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Person
from flevodesk.services.demo import has_demo_data, load_demo_data
from flevodesk.store.database import Database


def is_empty(db: Database) -> bool:
    """True while the database holds only what a new one holds: no initiative, no person.

    Partners and schemes come with the reference data, so they do not count; an
    application always belongs to an initiative.
    """
    with db.read() as session:
        return not session.scalar(
            select(exists().where(Initiative.id.isnot(None)))
        ) and not session.scalar(select(exists().where(Person.id.isnot(None))))


def add_demo_set(db: Database) -> bool:
    """Add the demo set in one transaction; False when it was there already."""
    with db.write() as session:
        if has_demo_data(session):
            return False
        load_demo_data(session)
        return True
