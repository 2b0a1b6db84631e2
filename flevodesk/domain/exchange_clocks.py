"""The field clocks of exchanged records, stored as one row per record (migration 0013).

A record's row holds every field's clock packed into one text (:func:`encode`): the
fields that share a clock form a group ``[counter, site, seq, base counter, base site,
field, field, ...]``, with sites as the small numbers of ``exchange_sites``. A record
written at once (a new one, or one whose implicit clocks a sweep made real) so costs one
short group, not a row per field. Everything outside this module sees a clock as
``(counter, site uuid, base counter, base site uuid)``: the merge compares sites by their
UUID, so every copy agrees whatever numbers its sites got here.

Writing a record's clocks reads its row and writes it back whole. Every tracked write
first takes a stamp (``exchange_tracking.take_stamp``), whose UPDATE of the one site row
holds that row's lock until the commit, so on a server two writers of one record never
interleave between the read and the write.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects import postgresql, sqlite

from flevodesk.domain.exchange import EXCHANGE_SITES, RECORD_CLOCKS

#: (counter, site uuid, base counter, base site uuid) of one field.
Clock = tuple[int, str, int | None, str | None]
#: A field's clock with the local ``seq`` of its write.
Stored = tuple[int, str, int | None, str | None, int]
_CHUNK = 500


def upsert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]], keys: list[str]) -> None:
    """INSERT, or UPDATE on a clash of ``keys``, on SQLite and PostgreSQL alike."""
    if not rows:
        return
    maker = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = maker(table)
    changing = [k for k in rows[0] if k not in keys]
    stmt = stmt.on_conflict_do_update(
        index_elements=keys, set_={k: stmt.excluded[k] for k in changing}
    )
    conn.execute(stmt, list(rows))


class Sites:
    """The local numbers of site UUIDs, read once per use and extended when a new one
    appears."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.by_uuid: dict[str, int] = {
            str(u): int(n)
            for n, u in conn.execute(select(EXCHANGE_SITES.c.number, EXCHANGE_SITES.c.site_uuid))
        }
        self.by_number = {n: u for u, n in self.by_uuid.items()}

    def number(self, site: str) -> int:
        found = self.by_uuid.get(site)
        if found is None:
            maker = postgresql.insert if self.conn.dialect.name == "postgresql" else sqlite.insert
            self.conn.execute(maker(EXCHANGE_SITES).values(site_uuid=site).on_conflict_do_nothing())
            found = int(
                self.conn.execute(
                    select(EXCHANGE_SITES.c.number).where(EXCHANGE_SITES.c.site_uuid == site)
                ).scalar_one()
            )
            self.by_uuid[site], self.by_number[found] = found, site
        return found

    def uuid(self, number: int) -> str:
        return self.by_number[number]


def encode(sites: Sites, clocks: Mapping[str, Stored]) -> str:
    """One record's field clocks as the packed text of its row."""
    groups: dict[tuple[Any, ...], list[str]] = {}
    for field, (counter, site, base_counter, base_site, seq) in sorted(clocks.items()):
        base = None if base_site is None else sites.number(base_site)
        key = (counter, sites.number(site), seq, base_counter, base)
        groups.setdefault(key, []).append(field)
    packed = [[*k, *f] for k, f in sorted(groups.items(), key=_order)]
    return json.dumps(packed, separators=(",", ":"))


def _order(item: tuple[tuple[Any, ...], list[str]]) -> list[str]:
    return item[1]


def decode(sites: Sites, packed: str) -> dict[str, Stored]:
    """The field clocks a row's packed text holds."""
    found: dict[str, Stored] = {}
    for counter, site, seq, base_counter, base_site, *fields in json.loads(packed):
        clock: Stored = (
            int(counter),
            sites.uuid(int(site)),
            None if base_counter is None else int(base_counter),
            None if base_site is None else sites.uuid(int(base_site)),
            int(seq),
        )
        for field in fields:
            found[str(field)] = clock
    return found


def _chunks(values: Iterable[str]) -> list[list[str]]:
    ordered = sorted(set(values))
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def read_stored(
    conn: Connection, table: str, uuids: Collection[str], sites: Sites | None = None
) -> dict[str, dict[str, Stored]]:
    """The clocks, with their ``seq``, of the records ``uuids`` of ``table`` that have any."""
    sites = sites or Sites(conn)
    c = RECORD_CLOCKS.c
    found: dict[str, dict[str, Stored]] = {}
    for part in _chunks(uuids):
        for u, packed in conn.execute(
            select(c.record_uuid, c.clocks).where(c.table_name == table, c.record_uuid.in_(part))
        ):
            found[str(u)] = decode(sites, packed)
    return found


def read_clocks(
    conn: Connection, table: str, uuids: Collection[str], sites: Sites | None = None
) -> dict[str, dict[str, Clock]]:
    """The clocks of the records ``uuids`` of ``table`` (those without any are left out)."""
    return {
        u: {f: s[:4] for f, s in fields.items()}
        for u, fields in read_stored(conn, table, uuids, sites).items()
    }


def read_newer(
    conn: Connection, table: str, after: int, uuids: Sequence[str] | None = None
) -> dict[str, dict[str, Clock]]:
    """The clocks of ``table`` written after seq ``after`` (of ``uuids``, or all)."""
    sites = Sites(conn)
    c = RECORD_CLOCKS.c
    found: dict[str, dict[str, Clock]] = {}
    parts: list[list[str] | None] = [None] if uuids is None else list(_chunks(uuids))
    for part in parts:
        query = select(c.record_uuid, c.clocks).where(c.table_name == table, c.seq > after)
        if part is not None:
            query = query.where(c.record_uuid.in_(part))
        for u, packed in conn.execute(query):
            fields = {f: s[:4] for f, s in decode(sites, packed).items() if s[4] > after}
            if fields:
                found[str(u)] = fields
    return found


def write_stored(
    conn: Connection,
    table: str,
    clocks: Mapping[str, Mapping[str, Stored]],
    sites: Sites | None = None,
) -> None:
    """Set the given fields' clocks of each record; its other fields keep theirs."""
    if not clocks:
        return
    sites = sites or Sites(conn)
    existing = read_stored(conn, table, clocks.keys(), sites)
    rows = []
    for u, fields in sorted(clocks.items()):
        merged = {**existing.get(u, {}), **fields}
        rows.append(
            {
                "table_name": table,
                "record_uuid": u,
                "seq": max(s[4] for s in merged.values()),
                "clocks": encode(sites, merged),
            }
        )
    for start in range(0, len(rows), 5000):
        upsert(conn, RECORD_CLOCKS, rows[start : start + 5000], ["table_name", "record_uuid"])


def delete_clocks(conn: Connection, table: str, uuids: Collection[str]) -> None:
    """Forget the clocks of the records ``uuids`` of ``table`` (deleted, or never to go)."""
    c = RECORD_CLOCKS.c
    for part in _chunks(uuids):
        conn.execute(RECORD_CLOCKS.delete().where(c.table_name == table, c.record_uuid.in_(part)))


def with_clocks(conn: Connection, table: str, uuids: Collection[str]) -> set[str]:
    """Which of ``uuids`` of ``table`` have clocks."""
    c = RECORD_CLOCKS.c
    found: set[str] = set()
    for part in _chunks(uuids):
        found.update(
            str(u)
            for u in conn.execute(
                select(c.record_uuid).where(c.table_name == table, c.record_uuid.in_(part))
            ).scalars()
        )
    return found


def written_by(conn: Connection, table: str, site: str) -> set[str]:
    """The records of ``table`` of which some field was last written by ``site``."""
    sites = Sites(conn)
    number = sites.by_uuid.get(site)
    if number is None:
        return set()
    c = RECORD_CLOCKS.c
    found: set[str] = set()
    for u, packed in conn.execute(select(c.record_uuid, c.clocks).where(c.table_name == table)):
        if any(int(group[1]) == number for group in json.loads(packed)):
            found.add(str(u))
    return found
