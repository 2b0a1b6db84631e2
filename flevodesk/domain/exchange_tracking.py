"""Change tracking for exchange: every write of an exchanged record leaves field clocks.

Recorded by the ORM on SQLite and PostgreSQL alike, inside the writing transaction:

- ``before_flush``: a new record gets its UUID and a clock for every field; a changed one
  a clock for each changed field (a many-to-one set through its relationship counts as
  its key column); a deleted one a tombstone holding the clocks it had; a partner's link
  to an initiative added or removed is the field ``present`` of the link's own record.
- ``do_orm_execute``: an UPDATE or DELETE run through ``Session.execute`` (merging,
  undo, demo removal) gets the same clocks or tombstones for the rows it matches.

The rule for rows written outside both (the importer's driver-level bulk INSERT, a copy
made by ``sqlite_copy``, rows from before migration 0010): a row without any clock has
implicit clocks of this site for all its fields. They are made real when needed: by
``exchange_sweep.sweep`` for the rows an export carries or an import touches, and by
:func:`write_clocks` at the row's first edit. So "no clock" is never compared: by the
time two sites compare a field, it has a clock on both.

One flush takes one *stamp*: the Lamport counter (one above the highest ever known here)
and a local ``seq``. Both come from the one :class:`ExchangeSite` row, whose UPDATE also
orders concurrent writers on a server, so ``seq`` grows in commit order.
"""

from __future__ import annotations

import functools
import json
import uuid as uuid_module
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Select,
    Table,
    event,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from flevodesk.domain.base import Base
from flevodesk.domain.exchange import (
    Erasure,
    ExchangeConflict,
    Exchanged,
    ExchangeSite,
    Peer,
    Tombstone,
    new_uuid,
)
from flevodesk.domain.exchange_clocks import (
    Sites,
    Stored,
    delete_clocks,
    read_stored,
    write_stored,
)
from flevodesk.domain.exchange_clocks import upsert as upsert  # used from here by services
from flevodesk.domain.exchange_sets import member_tables, name_identity, set_fields
from flevodesk.domain.partners import Partner, partner_initiatives

# The bookkeeping tables, typed as the Core tables they are.
TOMBSTONES = cast(Table, Tombstone.__table__)
SITE_TABLE = cast(Table, ExchangeSite.__table__)
ERASURES = cast(Table, Erasure.__table__)
CONFLICTS = cast(Table, ExchangeConflict.__table__)
PEERS = cast(Table, Peer.__table__)

#: A session whose writes must not leave clocks: an import sets the clocks itself.
UNTRACKED = "flevodesk_exchange_untracked"
#: A session that writes the seed's reference data: its clocks are (0, REFERENCE_SITE),
#: the same in every database, so no two databases' seeds ever differ by clock.
REFERENCE_DATA = "flevodesk_exchange_reference_data"
REFERENCE_SITE = "00000000-0000-0000-0000-000000000000"
#: The settings key whose value names this database (store.identity's ``database_id``).
IDENTITY_KEY = "database_id"
#: The name a site has until a person gives it one.
DEFAULT_SITE_NAME = "FlevoDesk"
#: The pseudo-table of a partner's link to an initiative.
LINKS = "partner_initiatives"
#: The one field of a link: whether it exists.
PRESENT = "present"
#: Columns that never travel: local keys, bookkeeping, what is derived on arrival.
LOCAL_COLUMNS = frozenset(
    {
        "id",
        "uuid",
        "version",
        "created_at",
        "updated_at",
        "updated_by",
        "search_text",
        "sort_key",
        "is_demo",
        # Funding schemes are each database's own reference data; the scheme's name
        # travels in the application's ``scheme`` text.
        "scheme_id",
    }
)
_LINK_NAMESPACE = uuid_module.UUID("0193a6d2-7b1e-7c4f-9a55-6c7e1d2f3a40")


@functools.cache
def exchanged_tables() -> dict[str, type[Base]]:
    """The exchanged models by table name, parents before their children (the models are
    all declared once ``domain.models`` is imported, which this makes sure of)."""
    import flevodesk.domain.models  # noqa: F401

    found: dict[str, type[Base]] = {
        cast(type[Base], m.class_).__tablename__: cast(type[Base], m.class_)
        for m in Base.registry.mappers
        if issubclass(m.class_, Exchanged)
    }
    ordered = [t.name for t in Base.metadata.sorted_tables if t.name in found]
    # The members of an initiative's sets (themes and the like) before the initiatives
    # that name them: nothing of theirs points elsewhere.
    ordered.sort(key=lambda name: name not in member_tables())
    return {name: found[name] for name in ordered}


def fields_of(table: Table) -> list[str]:
    """The fields of an exchanged table that travel: its columns in table order, then its
    sets (an initiative's themes and the like, see ``exchange_sets``)."""
    columns = [c.key for c in table.columns if c.key not in LOCAL_COLUMNS]
    return columns + list(set_fields(table.name))


def link_uuid(partner_uuid: str, initiative_uuid: str) -> str:
    """The identity of a partner's link to an initiative: the same on every site."""
    return str(uuid_module.uuid5(_LINK_NAMESPACE, f"{partner_uuid}/{initiative_uuid}"))


@dataclass(frozen=True)
class Stamp:
    counter: int
    seq: int
    site: str


def site_row(conn: Connection) -> ExchangeSite:
    """This database's site, made on first use with the database's identity as its UUID
    (a copy given a new identity by ``sqlite_copy`` so becomes a site of its own)."""
    table = SITE_TABLE
    row = conn.execute(select(table)).first()
    identity = conn.execute(
        text("SELECT value FROM settings WHERE key = :k"), {"k": IDENTITY_KEY}
    ).scalar()
    if row is None:
        site = str(identity) if identity else new_uuid()
        conn.execute(
            table.insert().values(id=1, site_uuid=site, name=DEFAULT_SITE_NAME, counter=0, seq=0)
        )
        # Its local number now, not at its first clock: a database that writes clocks and
        # forgets them again (the demo set) keeps the numbers a new database has.
        Sites(conn).number(site)
    elif identity and row.site_uuid != identity:
        # A copy that got an identity of its own is another site from now on; what the
        # original wrote keeps the original's name in its clocks.
        conn.execute(table.update().where(table.c.id == row.id).values(site_uuid=str(identity)))
    row = conn.execute(select(table)).one()
    return ExchangeSite(**row._asdict())


def take_stamp(conn: Connection, seen_counter: int = 0) -> Stamp:
    """A new seq and a counter above everything known, ``seen_counter`` included."""
    site = site_row(conn)
    counter = max(site.counter, seen_counter) + 1
    conn.execute(
        update(SITE_TABLE)
        .where(SITE_TABLE.c.id == site.id)
        .values(counter=counter, seq=SITE_TABLE.c.seq + 1)
    )
    seq = conn.execute(select(SITE_TABLE.c.seq)).scalar_one()
    return Stamp(counter, seq, site.site_uuid)


def _by_record(changes: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, set[str]]]:
    """``(table, record uuid, field)`` as table -> record uuid -> fields."""
    found: dict[str, dict[str, set[str]]] = {}
    for table_name, record, field in changes:
        found.setdefault(table_name, {}).setdefault(record, set()).add(field)
    return found


def insert_fresh_clocks(
    conn: Connection, stamp: Stamp, changes: Iterable[tuple[str, str, str]]
) -> None:
    """Clocks for fields that had none (new records)."""
    sites = Sites(conn)
    for table_name, records in sorted(_by_record(changes).items()):
        clock: Stored = (stamp.counter, stamp.site, None, None, stamp.seq)
        fresh = {u: dict.fromkeys(fields, clock) for u, fields in records.items()}
        write_stored(conn, table_name, fresh, sites)


def write_clocks(conn: Connection, stamp: Stamp, changes: Iterable[tuple[str, str, str]]) -> None:
    """Clocks for ``(table, record uuid, field)`` written here now; each keeps as its base
    the clock it replaces."""
    sites = Sites(conn)
    for table_name, records in sorted(_by_record(changes).items()):
        old = read_stored(conn, table_name, records.keys(), sites)
        written: dict[str, dict[str, Stored]] = {}
        for record, fields in records.items():
            mine = old.get(record, {})
            if not mine and table_name in exchanged_tables():
                # A row without any clock has implicit clocks of this site for every field
                # (see the module's rule): its first edit makes them real, all at once, so
                # the fields not edited travel too.
                fields = set(fields_of(cast(Table, exchanged_tables()[table_name].__table__)))
            written[record] = {
                f: (stamp.counter, stamp.site, *mine.get(f, (None, None))[:2], stamp.seq)
                for f in fields
            }
        write_stored(conn, table_name, written, sites)


def write_tombstones(conn: Connection, stamp: Stamp, records: Iterable[tuple[str, str]]) -> None:
    """Tombstones for deleted records, with the clocks they had; their clocks go."""
    sites = Sites(conn)
    by_table: dict[str, set[str]] = {}
    for table_name, record in records:
        by_table.setdefault(table_name, set()).add(record)
    for table_name, uuids in sorted(by_table.items()):
        known = read_stored(conn, table_name, uuids, sites)
        rows = [
            {
                "table_name": table_name,
                "record_uuid": record,
                "counter": stamp.counter,
                "site_uuid": stamp.site,
                "seen": json.dumps(
                    [[f, c[0], c[1]] for f, c in sorted(known.get(record, {}).items())]
                ),
                "seq": stamp.seq,
            }
            for record in sorted(uuids)
        ]
        upsert(conn, TOMBSTONES, rows, ["table_name", "record_uuid"])
        delete_clocks(conn, table_name, uuids)


def record_erasure(session: Session, person_uuid: str | None) -> None:
    """Note an erased person (only the UUID), so the erasure travels to every peer."""
    if person_uuid is None:
        return
    conn = session.connection()
    stamp = take_stamp(conn)
    upsert(conn, ERASURES, [{"person_uuid": person_uuid, "seq": stamp.seq}], ["person_uuid"])


def _changed_fields(obj: Any) -> list[str]:
    state = inspect(obj)
    mapper = state.mapper
    names = set(fields_of(cast(Table, mapper.local_table)))
    changed = {attr.key for attr in state.attrs if attr.key in names and attr.history.has_changes()}
    for rel in mapper.relationships:
        if rel.direction.name == "MANYTOONE" and state.attrs[rel.key].history.has_changes():
            changed.update(c.key for c in rel.local_columns if c.key in names)
    return sorted(changed)


def _link_changes(session: Session) -> list[tuple[str, str, str]]:
    """Partner links added or removed in this flush, as changes of their ``present``."""
    found: list[tuple[str, str, str]] = []
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Partner):
            continue
        history = inspect(obj).attrs["initiatives"].history
        for initiative in [*history.added, *history.deleted]:
            if initiative.uuid is None:
                initiative.uuid = new_uuid()
            found.append((LINKS, link_uuid(str(obj.uuid), initiative.uuid), PRESENT))
    return found


@event.listens_for(Session, "before_flush")
def _track_flush(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    if session.info.get(UNTRACKED):
        return
    fresh: list[tuple[str, str, str]] = []
    changes: list[tuple[str, str, str]] = []
    deleted: list[tuple[str, str]] = []
    for obj in session.new:
        if isinstance(obj, Exchanged):
            if obj.uuid is None:
                obj.uuid = name_identity(obj) or new_uuid()
            table = obj.__table__  # type: ignore[attr-defined]
            fresh.extend((table.name, obj.uuid, f) for f in fields_of(table))
    for obj in session.dirty:
        if isinstance(obj, Exchanged) and obj.uuid is not None:
            table = obj.__table__  # type: ignore[attr-defined]
            changes.extend((table.name, obj.uuid, f) for f in _changed_fields(obj))
    for obj in session.deleted:
        if isinstance(obj, Exchanged) and obj.uuid is not None:
            deleted.append((obj.__table__.name, obj.uuid))  # type: ignore[attr-defined]
    changes.extend(_link_changes(session))
    if not fresh and not changes and not deleted:
        return
    conn = session.connection()
    stamp = take_stamp(conn)
    if session.info.get(REFERENCE_DATA):
        stamp = Stamp(0, stamp.seq, REFERENCE_SITE)
    insert_fresh_clocks(conn, stamp, fresh)
    write_clocks(conn, stamp, changes)
    write_tombstones(conn, stamp, deleted)


@event.listens_for(Session, "do_orm_execute")
def _track_statement(state: ORMExecuteState) -> None:
    if state.session.info.get(UNTRACKED) or not (state.is_update or state.is_delete):
        return
    statement: Any = state.statement
    table = getattr(statement, "table", None)
    if not isinstance(table, Table):
        return
    if table.name == partner_initiatives.name:
        _track_link_statement(state, statement)
        return
    if table.name not in exchanged_tables() or statement.whereclause is None:
        return
    conn = state.session.connection()
    uuids = [
        u
        for u in conn.execute(select(table.c.uuid).where(statement.whereclause)).scalars()
        if u is not None
    ]
    if not uuids:
        return
    stamp = take_stamp(conn)
    if state.is_delete:
        write_tombstones(conn, stamp, [(table.name, u) for u in uuids])
        return
    values = getattr(statement, "_values", None) or {}
    names = {getattr(k, "key", None) or str(k) for k in values} or set(fields_of(table))
    fields = [f for f in fields_of(table) if f in names]
    write_clocks(conn, stamp, [(table.name, u, f) for u in uuids for f in fields])


def link_pairs() -> Select[str, str]:
    """The (partner uuid, initiative uuid) of partner links, to be narrowed by a WHERE."""
    links = partner_initiatives
    partners = Base.metadata.tables["partners"]
    initiatives = Base.metadata.tables["initiatives"]
    return (
        select(partners.c.uuid, initiatives.c.uuid)
        .select_from(links)
        .join(partners, partners.c.id == links.c.partner_id)
        .join(initiatives, initiatives.c.id == links.c.initiative_id)
    )


def _track_link_statement(state: ORMExecuteState, statement: Any) -> None:
    where = statement.whereclause
    if where is None:
        return
    conn = state.session.connection()
    pairs = conn.execute(link_pairs().where(where)).all()
    if pairs:
        stamp = take_stamp(conn)
        write_clocks(conn, stamp, [(LINKS, link_uuid(p, i), PRESENT) for p, i in pairs])
