"""Clocks for exchanged rows written outside the ORM's tracking, and forgetting clocks.

The rule (see ``exchange_tracking``): a row without any clock has implicit clocks of this
site for all its fields. They are made real only where an exchange needs them, by
:func:`sweep`: an export for the rows its package carries, an import for the local rows
the incoming records, tombstones and links touch, and the first edit of such a row for
that row (``exchange_tracking.write_clocks``). A database of millions of rows bulk
imported so never writes clocks for rows that do not travel. Which rows get clocks
depends only on what is exchanged, never on time.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from sqlalchemy import Connection, Table, bindparam, exists, select, text
from sqlalchemy.orm import Session

from flevodesk.domain.base import Base
from flevodesk.domain.exchange import RECORD_CLOCKS, new_uuid
from flevodesk.domain.exchange_clocks import Sites, Stored, delete_clocks, encode, with_clocks
from flevodesk.domain.exchange_tracking import (
    LINKS,
    PRESENT,
    Stamp,
    exchanged_tables,
    fields_of,
    insert_fresh_clocks,
    link_pairs,
    link_uuid,
    take_stamp,
)

#: Record uuids per table name (``LINKS`` included): the rows a sweep gives clocks.
Wanted = Mapping[str, Collection[str]]
_CHUNK = 500


def _without_clock(name: str) -> str:
    return (
        f"{name}.uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM exchange_record_clocks c "
        f"WHERE c.table_name = '{name}' AND c.record_uuid = {name}.uuid)"
    )


def _fresh_clocks_sql(name: str, narrowed: bool) -> str:
    """One clock row for each row of ``name`` without any (of the ``:uuids`` when
    ``narrowed``), in one statement: every such row gets the same packed ``:clocks``."""
    only = f" AND {name}.uuid IN :uuids" if narrowed else ""
    return (
        "INSERT INTO exchange_record_clocks (table_name, record_uuid, seq, clocks) "
        f"SELECT '{name}', {name}.uuid, :seq, :clocks FROM {name} "
        f"WHERE {_without_clock(name)}{only}"
    )


def give_uuids(session: Session) -> None:
    """A UUID for every exchanged row without one (rows from before migration 0010)."""
    conn = session.connection()
    for model in exchanged_tables().values():
        table: Table = model.__table__  # type: ignore[assignment]
        ids = conn.execute(select(table.c.id).where(table.c.uuid.is_(None))).scalars().all()
        if ids:
            statement = (
                table.update()
                .where(table.c.id == bindparam("row_id"))
                .values(uuid=bindparam("new_uuid"))
            )
            conn.execute(statement, [{"row_id": i, "new_uuid": new_uuid()} for i in ids])


def _chunks(values: Iterable[str]) -> list[list[str]]:
    ordered = sorted(set(values))
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def _waiting(conn: Connection, name: str, uuids: Collection[str] | None) -> bool:
    probe = f"SELECT 1 FROM {name} WHERE {_without_clock(name)}"
    if uuids is None:
        return conn.execute(text(probe + " LIMIT 1")).first() is not None
    statement = text(probe + f" AND {name}.uuid IN :uuids LIMIT 1").bindparams(
        bindparam("uuids", expanding=True)
    )
    return any(
        conn.execute(statement, {"uuids": part}).first() is not None for part in _chunks(uuids)
    )


def sweep(session: Session, wanted: Wanted | None = None) -> int:
    """Make the implicit clocks real (see the module's rule) for the rows ``wanted`` names,
    or for every exchanged row and link when it is None; returns how many rows got them.
    Rows named in ``wanted`` that do not exist here, or have clocks, are left alone."""
    give_uuids(session)
    conn = session.connection()
    tables = exchanged_tables()
    waiting = [
        name
        for name in tables
        if wanted is None or wanted.get(name)
        if _waiting(conn, name, None if wanted is None else wanted[name])
    ]
    swept = 0
    stamp: Stamp | None = take_stamp(conn) if waiting else None
    sites = Sites(conn)
    for name in waiting:
        assert stamp is not None
        fields = fields_of(tables[name].__table__)  # type: ignore[arg-type]
        clock: Stored = (stamp.counter, stamp.site, None, None, stamp.seq)
        values = {"seq": stamp.seq, "clocks": encode(sites, dict.fromkeys(fields, clock))}
        insert = text(_fresh_clocks_sql(name, wanted is not None))
        if wanted is None:
            done = conn.execute(insert, values).rowcount
        else:
            insert = insert.bindparams(bindparam("uuids", expanding=True))
            done = sum(
                max(conn.execute(insert, {**values, "uuids": part}).rowcount, 0)
                for part in _chunks(wanted[name])
            )
        swept += max(done, 0)
    links = _links_without_clock(conn, None if wanted is None else wanted.get(LINKS, ()))
    if links:
        insert_fresh_clocks(conn, stamp or take_stamp(conn), [(LINKS, k, PRESENT) for k in links])
    return swept + len(links)


def _links_without_clock(conn: Connection, keys: Collection[str] | None) -> list[str]:
    """The links that exist here (of ``keys``, or all) without a clock."""
    if keys is not None and not keys:
        return []
    present = {link_uuid(p, i) for p, i in conn.execute(link_pairs())}
    if keys is not None:
        present &= set(keys)
    if not present:
        return []
    return sorted(present - with_clocks(conn, LINKS, present))


def forget_unexchanged(session: Session, pairs: Iterable[tuple[str, str]] = ()) -> None:
    """Drop the clocks of rows that are gone without ever having to travel (the demo set,
    which never leaves the database): those of missing records, and of the given
    partner-initiative pairs' links. The site's counter stays: it never goes back."""
    conn = session.connection()
    clocks = RECORD_CLOCKS
    for name, model in exchanged_tables().items():
        table: Table = model.__table__  # type: ignore[assignment]
        present = exists().where(table.c.uuid == clocks.c.record_uuid)
        conn.execute(clocks.delete().where(clocks.c.table_name == name, ~present))
    delete_clocks(conn, LINKS, [link_uuid(p, i) for p, i in pairs])


def demo_link_pairs(session: Session) -> list[tuple[str, str]]:
    """The partner-initiative links of which one side is a demo record."""
    partners = Base.metadata.tables["partners"]
    initiatives = Base.metadata.tables["initiatives"]
    rows = session.connection().execute(
        link_pairs().where(partners.c.is_demo | initiatives.c.is_demo)
    )
    return [(str(p), str(i)) for p, i in rows]
