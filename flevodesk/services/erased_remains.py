"""What is kept about a person beside their own row, dropped when they are erased.

An erasure anonymises the person's row; these are the other places the program put their
values: exchange conflicts and delete snapshots about them, duplicate proposals naming
them as the person holding an address, and the undo snapshots of person merges. An
erasure that arrives by exchange may find no row of theirs here (deleted, merged away or
never arrived), so everything is found by UUID as well as by local id and values.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from flevodesk.domain.exchange import ExchangeConflict
from flevodesk.domain.merges import PersonMerge
from flevodesk.domain.people import Person


def forget_erased(
    session: Session,
    person_uuid: str | None,
    values: Sequence[str] = (),
    *,
    person_id: int | None = None,
) -> None:
    """Drop, inside the caller's transaction, the conflicts and snapshots about an erased
    person (and the rows kept with a delete of theirs), the duplicate proposals that name
    them as the existing person (holding the address both had), and the undo snapshots of
    merges they were folded into or kept in here (by UUID or by ``person_id``), or that
    mention one of ``values``."""
    c = ExchangeConflict
    if person_uuid is not None:
        session.execute(
            delete(c).where(
                or_(
                    c.record_uuid == person_uuid,
                    c.theirs == person_uuid,
                    (c.kind == "duplicate") & (c.table_name == "persons") & (c.ours == person_uuid),
                )
            )
        )
    persons = Person.__table__
    for merge in session.scalars(select(PersonMerge)).all():
        snapshot = json.loads(merge.snapshot)
        merged = (snapshot.get("person") or {}).get("uuid")
        kept = session.scalar(select(persons.c.uuid).where(persons.c.id == merge.kept_person_id))
        # Decoded first: JSON may have escaped the characters of a name.
        text_of = json.dumps(snapshot, ensure_ascii=False).lower()
        if (
            (person_uuid is not None and person_uuid in (merged, kept))
            or (
                person_id is not None
                and person_id in (merge.kept_person_id, merge.merged_person_id)
            )
            or any(v.lower() in text_of for v in values)
        ):
            session.delete(merge)
