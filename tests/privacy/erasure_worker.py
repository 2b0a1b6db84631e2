"""An eraser for the kill test, run in a child process that the test kills with SIGKILL."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import configure_mappers

from flevodesk.domain.people import Person
from flevodesk.services.erasure import erase_person
from flevodesk.store.database import Database

# Done once in the fork server, not in every child: it takes longer than many erasures.
configure_mappers()

#: The e-mail addresses of the persons the test adds start with this.
PREFIX = "wissen"


def erase_everyone(url: str) -> None:
    """Erase the test's persons one after the other, until killed or done."""
    db = Database(url)
    with db.read() as session:
        waiting = session.scalars(
            select(Person.id)
            .where(Person.anonymised_on.is_(None), Person.email.like(f"{PREFIX}%"))
            .order_by(Person.id)
        ).all()
    for person_id in waiting:
        erase_person(db, person_id, wait_s=0.5)


def warm_up() -> None:
    """Nothing: starting it starts the fork server, whose start the kills should not hit."""
