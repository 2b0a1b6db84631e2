"""The merge's side of a revival (``domain/exchange_revival``): a record brought back on
one site comes back on every site, unless it was deleted again after.

When an incoming tombstone deletes a record here that holds values its deleter had not
seen, the whole record is kept as well, with its field clocks, as a *snapshot* (a
conflict row of kind ``snapshot``, never shown, already settled): the values a person
restores from, and what a revival arriving later is merged with field by field (the
higher clock wins), so the outcome does not depend on whether the delete or the revival
came first. The rows the delete takes along by the foreign keys' cascades (a volunteer's
engagements, hours, consents and VOG records) are kept the same way, each naming the
deleted record in ``theirs``, so a restore brings them back too.

Two orders within one payload matter for a merge of two persons and its undo (and are
taken care of here): rows the payload moves from a record to another (a merged person's
engagements, now the kept person's) are moved before that record's tombstone is applied,
so its cascade does not take them along; and a revived record whose unique value (an
e-mail address) the payload takes from another record here gets it after that other
record gave it up, so it is no "duplicate".
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from flevodesk.domain.exchange_revival import REVIVED
from flevodesk.domain.exchange_sets import travelling
from flevodesk.domain.exchange_tracking import CONFLICTS, TOMBSTONES
from flevodesk.domain.people import PERSONAL_FIELDS
from flevodesk.services.exchange.merge_state import UNIQUE_FIELDS, MergeState

#: The kind of conflict row that holds a deleted record whole.
SNAPSHOT = "snapshot"
#: The field such a row names.
WHOLE = "*"
#: How many UUIDs one statement asks about.
_CHUNK = 500


def beats(clock: list[Any] | tuple[Any, ...] | None, counter: int, site: str) -> bool:
    """Whether a revival ``[value, counter, site, …]`` is above the clock given."""
    return clock is not None and (int(clock[1]), str(clock[2])) > (counter, site)


class RevivalState(MergeState, ABC):
    """What the merge does with revivals and the snapshots of deleted records."""

    def __init__(self, session: Session, payload: dict[str, Any]) -> None:
        super().__init__(session, payload)
        #: (table, uuid) -> the payload's record of it.
        self._records: dict[tuple[str, str], dict[str, Any]] | None = None
        #: (parent table, parent uuid) -> the payload's records that move rows away from
        #: it here, with the link's field (found when the first tombstone meets a row).
        self._moving_out: dict[tuple[str, str], list[tuple[dict[str, Any], str]]] | None = None

    @abstractmethod
    def record(self, record: dict[str, Any]) -> None:
        """Merge one record of the payload (``incoming_records``); applying it again
        changes nothing, so a record may be applied ahead of its turn."""

    def outlived(self, table: str, record: str, stone: dict[str, Any]) -> bool:
        """Whether the record lives here since a revival above the incoming tombstone
        (a delete that was lifted elsewhere: it is dropped).

        When it does not (the delete goes ahead), the rows the payload moves away from
        the record are moved first, so the delete's cascade does not take them along (a
        merged person's engagements and hours, which the merge gave the kept person)."""
        mine = self.clocks_of(table, record).get(REVIVED)
        if mine is not None and (mine[0], mine[1]) > (stone["c"], stone["s"]):
            return True
        moved = self.moving_out().pop((table, record), [])
        for found, _field in moved:
            self.record(found)
        self.follow(table, record, {found["f"][field][0] for found, field in moved})
        return False

    def follow(self, table: str, record: str, targets: set[str]) -> None:
        """The payload deletes a record and moves every row of it that it knows to one
        other record (a merge of two persons): the rows of it only this site knows (hours
        booked here meanwhile) follow to that record too, as an edit of this site that
        travels on, rather than going with the delete unseen."""
        if len(targets) != 1:
            return
        from flevodesk.domain.exchange_tracking import exchanged_tables, fields_of

        parent = self.table_of(table)
        source = self.codec.local_id(parent, record)
        target = self.codec.local_id(parent, next(iter(targets)))
        if source is None or target is None:
            return
        deleted = {(str(s["t"]), str(s["u"])) for s in self.payload["tombstones"]}
        for name, model in exchanged_tables().items():
            child: Table = model.__table__  # type: ignore[assignment]
            for key in child.foreign_keys:
                if key.column.table is not parent or (key.ondelete or "").upper() != "CASCADE":
                    continue
                rows = self.conn.execute(
                    select(child.c.id, child.c.uuid).where(key.parent == source)
                ).all()
                for row in rows:
                    if row.uuid is None or (name, str(row.uuid)) in deleted:
                        continue
                    self.conn.execute(
                        child.update().where(child.c.id == row.id).values({key.parent: target})
                    )
                    mine = self.clocks_of(name, str(row.uuid))
                    # A row without clocks has implicit ones for all its fields (see
                    # ``exchange_tracking``): made real now, so the others travel too.
                    written = [key.parent.key] if mine else fields_of(child)
                    for field in written:
                        base = mine.get(field, (None, None))
                        clock = [self.stamp.counter, self.own, base[0], base[1]]
                        self.set_clock(name, str(row.uuid), field, clock)

    def moving_out(self) -> dict[tuple[str, str], list[tuple[dict[str, Any], str]]]:
        """The payload's records that give a row here another parent, by the parent
        they leave, for the parents the payload deletes (only links whose delete
        cascades, as a person's rows have)."""
        if self._moving_out is not None:
            return self._moving_out
        from flevodesk.domain.exchange_tracking import exchanged_tables

        deleted: dict[str, set[str]] = {}
        for stone in self.payload["tombstones"]:
            deleted.setdefault(str(stone["t"]), set()).add(str(stone["u"]))
        records = self.records_by_key()
        found: dict[tuple[str, str], list[tuple[dict[str, Any], str]]] = {}
        for name, model in exchanged_tables().items():
            child: Table = model.__table__  # type: ignore[assignment]
            for key in child.foreign_keys:
                parent = key.column.table
                if parent.name not in deleted or (key.ondelete or "").upper() != "CASCADE":
                    continue
                parents = sorted(deleted[parent.name])
                for start in range(0, len(parents), _CHUNK):
                    rows = self.conn.execute(
                        select(child.c.uuid, parent.c.uuid)
                        .join(parent, parent.c.id == key.parent)
                        .where(parent.c.uuid.in_(parents[start : start + _CHUNK]))
                    )
                    for uuid, now in rows:
                        record = records.get((name, str(uuid)))
                        new = record["f"].get(key.parent.key) if record is not None else None
                        if record is not None and new is not None and new[0] not in (None, now):
                            moved = (record, key.parent.key)
                            found.setdefault((parent.name, str(now)), []).append(moved)
        self._moving_out = found
        return found

    def records_by_key(self) -> dict[tuple[str, str], dict[str, Any]]:
        """The payload's records by (table, uuid)."""
        if self._records is None:
            self._records = {(str(r["t"]), str(r["u"])): r for r in self.payload["records"]}
        return self._records

    def make_room(self, table: str, record: str, fields: dict[str, Any]) -> None:
        """Before a revived record is stored: if its unique value is held here by another
        record that this payload gives another value, apply that record first (the kept
        person of an undone merge gives the e-mail address back to the merged one)."""
        name = UNIQUE_FIELDS.get(table)
        wanted = fields.get(name) if name is not None else None
        if name is None or wanted is None or wanted[0] is None:
            return
        t = self.table_of(table)
        known, value = self.codec.decode(t, name, wanted[0])
        if not known:
            return
        holders = self.conn.execute(
            select(t.c.uuid).where(t.c[name] == value, t.c.uuid != record)
        ).scalars()
        for holder in list(holders):
            theirs = self.records_by_key().get((table, str(holder)))
            if theirs is not None and theirs["f"].get(name, [wanted[0]])[0] != wanted[0]:
                self.record(theirs)

    def keep_snapshot(self, table: Table, row: Any, stone: dict[str, Any]) -> None:
        """Keep the whole record an incoming tombstone deletes, with its clocks, and the
        rows its delete takes along."""
        site = self.sites.get(stone["s"], self.sender)[:120]
        self._keep(table, row, None, site)
        for child, found in self._cascaded(table, [int(row.id)]):
            if found.uuid is not None:
                self._keep(child, found, str(row.uuid), site)

    def _keep(self, table: Table, row: Any, root: str | None, site: str) -> None:
        clocks = self.clocks_of(table.name, row.uuid)
        erased = table.name == "persons" and row.uuid in self.erased
        whole = {
            name: [self.codec.value_of(table, name, row._mapping), *clock]
            for name, clock in sorted(clocks.items())
            if name in travelling(table) and not (erased and name in PERSONAL_FIELDS)
        }
        self.conn.execute(
            CONFLICTS.insert().values(
                kind=SNAPSHOT,
                table_name=table.name,
                record_uuid=row.uuid,
                field=WHOLE,
                ours=json.dumps(whole, sort_keys=True),
                theirs=root,
                theirs_site=site,
                resolved=True,
            )
        )

    def _cascaded(self, parent: Table, ids: list[int]) -> Iterator[tuple[Table, Any]]:
        """The exchanged rows a delete of ``ids`` takes along (``ON DELETE CASCADE``),
        followed down, parents before their children."""
        from flevodesk.domain.exchange_tracking import exchanged_tables

        for model in exchanged_tables().values():
            child: Table = model.__table__  # type: ignore[assignment]
            for key in child.foreign_keys:
                if key.column.table is not parent or (key.ondelete or "").upper() != "CASCADE":
                    continue
                rows = self.conn.execute(select(child).where(key.parent.in_(ids))).all()
                for found in rows:
                    yield child, found
                if rows and "id" in child.c:
                    yield from self._cascaded(child, [int(r.id) for r in rows])

    def with_snapshot(self, table: str, record: str, fields: dict[str, Any]) -> dict[str, Any]:
        """A revival's fields merged with what a snapshot here holds: per field the
        higher clock (a value written after the delete elsewhere may beat the revival).
        A kept value the deleter had not seen (a "delete" conflict here) that loses to
        the revival stays a conflict, now about the living record's field."""
        self.make_room(table, record, fields)
        c = CONFLICTS
        unseen = set(
            self.conn.execute(
                select(c.c.field).where(
                    c.c.kind == "delete",
                    c.c.table_name == table,
                    c.c.record_uuid == record,
                    c.c.resolved.is_(False),
                )
            ).scalars()
        )
        merged = dict(fields)
        for name, kept in snapshot_of(self.conn, table, record).items():
            theirs = merged.get(name)
            if theirs is None or (kept[1], kept[2]) > (theirs[1], theirs[2]):
                merged[name] = kept
            elif name in unseen and kept[0] != theirs[0]:
                where = {"u": record, "by": None, "at": None}
                self.conflict("field", table, where, name, kept[0], theirs[0], theirs[2])
        return merged

    def revived(self, table: str, record: str, clock: list[Any], lifted: bool) -> None:
        """After a record that carried a revival was stored: keep the revival's clock,
        and, if it lifted a tombstone here, let the tombstone and the record's snapshots
        go and settle its "delete" conflicts (restored elsewhere)."""
        if not self.codec.local_id(self.table_of(table), record):
            return  # not stored after all (its parent is gone here): still deleted
        mine = self.clocks_of(table, record).get(REVIVED)
        if mine is None or (clock[1], clock[2]) > (mine[0], mine[1]):
            self.set_clock(table, record, REVIVED, list(clock[1:]))
        if not lifted:
            return
        t = TOMBSTONES
        self.conn.execute(t.delete().where(t.c.table_name == table, t.c.record_uuid == record))
        self.tombstones.pop((table, record), None)
        settle_deleted(self.conn, table, record)

    def table_of(self, name: str) -> Table:
        from flevodesk.domain.exchange_tracking import exchanged_tables

        return exchanged_tables()[name].__table__  # type: ignore[return-value]


def snapshot_of(conn: Any, table: str, record: str) -> dict[str, list[Any]]:
    """The latest snapshot of a deleted record here: field -> [value, clock…]."""
    c = CONFLICTS
    kept = conn.execute(
        select(c.c.ours)
        .where(c.c.kind == SNAPSHOT, c.c.table_name == table, c.c.record_uuid == record)
        .order_by(c.c.id.desc())
    ).first()
    return dict(json.loads(kept[0])) if kept is not None and kept[0] else {}


def snapshots_along(conn: Any, record: str) -> list[tuple[str, str, dict[str, list[Any]]]]:
    """The rows kept with a deleted record (what its delete took along), in the order
    they were kept (parents first): (table, uuid, field -> [value, clock…])."""
    c = CONFLICTS
    rows = conn.execute(
        select(c.c.table_name, c.c.record_uuid, c.c.ours)
        .where(c.c.kind == SNAPSHOT, c.c.theirs == record)
        .order_by(c.c.id)
    )
    return [(str(t), str(u), dict(json.loads(o or "{}"))) for t, u, o in rows]


def settle_deleted(conn: Any, table: str, record: str) -> None:
    """The record's "delete" conflicts are settled and its snapshots go, with those of
    what its delete took along (the record is back, or a person chose to leave it
    deleted)."""
    c = CONFLICTS
    where = (c.c.table_name == table) & (c.c.record_uuid == record)
    conn.execute(c.update().where(where, c.c.kind == "delete").values(resolved=True))
    conn.execute(c.delete().where(c.c.kind == SNAPSHOT, or_(where, c.c.theirs == record)))
