"""A writer for the kill tests, run in a child process that the test kills with SIGKILL."""

from __future__ import annotations

import itertools

from flevodesk.domain.people import Person
from flevodesk.services.persons import PersonService
from flevodesk.store.database import Database

BATCH = 25


def write_forever(url: str, worker: int) -> None:
    """Alternate many-row transactions (as an import makes) with single-record saves."""
    db = Database(url)
    service = PersonService(db)
    anchor = service.create({"first_name": "Anker", "last_name": f"W{worker}"})
    version = anchor.version
    for n in itertools.count():
        tag = f"w{worker}t{n}"
        with db.write() as session:
            session.add_all(
                Person(first_name=f"P{i}", last_name=tag, notes=tag) for i in range(BATCH)
            )
        saved = service.update(anchor.id, version, {"notes": tag, "place": tag, "skills": tag})
        version = saved.version
