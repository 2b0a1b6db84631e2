"""Bringing a deleted record back so that it stays back on every site (issue 18, point 4).

A delete beats every concurrent edit; a *revival* is the one write that beats a delete.
The rule: a record brought back here (a deleted record restored from its "delete"
conflict, a delete undone) gets a fresh stamp, whose Lamport counter is above every
clock known here and so above the tombstone it lifts. Every travelling field gets that
clock, and so does the pseudo-field :data:`REVIVED`, which says "this record lives since
this clock". Between a record's tombstone and its revival the higher ``(counter, site)``
wins, on every site and in any order:

- a tombstone that arrives where the record lives with a higher revival clock is
  older than the revival and is dropped (it was lifted elsewhere);
- a revival that arrives where a lower tombstone stands lifts it: the tombstone goes
  and the record is stored again, whole (a package that carries a revival carries all
  the record's fields);
- a tombstone above the revival (deleted again, also concurrently) deletes it again.

A revival is refused for an erased person and what belonged to them (the caller checks
that: ``services.exchange.restoring.erased_owner``).

Rows given another parent whose delete cascades (a merged person's engagements and hours,
moved to the kept person) are marked alive the same way, with :func:`keep_alive`: only
:data:`REVIVED` gets a fresh clock, so they travel whole with the clocks their fields
have. A peer that applies the old parent's tombstone before their move, and so loses them
by the cascade, stores them again whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, select, tuple_
from sqlalchemy.orm import Session

from flevodesk.domain.exchange_tracking import (
    TOMBSTONES,
    exchanged_tables,
    fields_of,
    take_stamp,
    write_clocks,
)

#: The pseudo-field whose clock says since when a brought-back record lives again. It is
#: no column, so nothing stores a value for it; its clock travels like a field's.
REVIVED = "~revived"


def revive(session: Session, records: Iterable[tuple[str, str]]) -> None:
    """Make ``(table, record uuid)`` rows just put back (with their own UUIDs) a revival:
    their tombstones go and every field, :data:`REVIVED` included, gets one fresh clock
    above the tombstones' (see the module's rule). Rows of tables that are not exchanged
    are left alone."""
    tables = exchanged_tables()
    wanted = sorted({(t, u) for t, u in records if t in tables and u})
    if not wanted:
        return
    conn = session.connection()
    t = TOMBSTONES
    lifted = conn.execute(
        select(t.c.table_name, t.c.record_uuid, t.c.counter).where(
            tuple_(t.c.table_name, t.c.record_uuid).in_(wanted)
        )
    ).all()
    stamp = take_stamp(conn, max((int(row.counter) for row in lifted), default=0))
    changes = [
        (name, uuid, field)
        for name, uuid in wanted
        for field in fields_of(cast(Table, tables[name].__table__))
    ]
    write_clocks(conn, stamp, changes)
    # Apart, once the fields have theirs: a record without any clock gets all its fields
    # from ``write_clocks``, and the pseudo-field is none of them.
    write_clocks(conn, stamp, [(name, uuid, REVIVED) for name, uuid in wanted])
    for row in lifted:
        conn.execute(
            t.delete().where(t.c.table_name == row.table_name, t.c.record_uuid == row.record_uuid)
        )


def keep_alive(session: Session, records: Iterable[tuple[str, str]]) -> None:
    """Give ``(table, record uuid)`` rows, which live on under another parent, a fresh
    :data:`REVIVED` clock (and nothing else), so the next package carries them whole."""
    tables = exchanged_tables()
    wanted = sorted({(t, u) for t, u in records if t in tables and u})
    if not wanted:
        return
    conn = session.connection()
    write_clocks(conn, take_stamp(conn), [(name, uuid, REVIVED) for name, uuid in wanted])
