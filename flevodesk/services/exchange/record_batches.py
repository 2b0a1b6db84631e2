"""The incoming records of one table, read ahead and inserted together (see ``applying``).

A payload of the whole large data set brings hundreds of thousands of records; merged one
statement at a time its import never finished. So the merge takes the records table by
table, parents first, and for each table :class:`TableBatch`:

- reads ahead, a statement per 500 records: which of them exist here (and their local
  ids), the rows of those whose clocks differ, the local ids of the records they link to,
  and which records here hold the unique values they bring;
- holds back the new rows and inserts them with one ``executemany`` per run of rows with
  the same columns, in payload order (the order, so the local ids, of one by one), before
  anything reads the table again: at the end of the table, before a record of it arrives
  a second time, before a revival is settled, before a unique value outside what was read
  ahead is looked up.

Nothing about the outcome changes: every rule of the merge is still decided per record,
on the same values; only where they are read from and when the inserts reach the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, select

from flevodesk.domain.exchange_revival import REVIVED
from flevodesk.domain.exchange_tracking import exchanged_tables
from flevodesk.services.exchange.codec import Codec
from flevodesk.services.exchange.merge_state import UNIQUE_FIELDS

_CHUNK = 500
_MISSING = object()


@dataclass
class _NewRow:
    uuid: str
    values: dict[str, Any]
    #: The set-valued fields to write once the row has its local id.
    sets: dict[str, list[str]] = field(default_factory=dict)


class _Context:
    """What a column default that reads its execution context needs (``current_author``)."""

    def __init__(self, conn: Connection) -> None:
        self.execution_options = conn.get_execution_options()


def _chunks(values: Sequence[Any]) -> list[Sequence[Any]]:
    return [values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK)]


class TableBatch:
    """The incoming records of one table: what was read ahead for them, and the new rows
    waiting to be inserted."""

    def __init__(
        self,
        conn: Connection,
        codec: Codec,
        table: Table,
        records: Sequence[dict[str, Any]],
        clocks_of: Callable[[str, str], dict[str, tuple[Any, ...]]],
    ) -> None:
        self.conn, self.codec, self.table = conn, codec, table
        self.rows: dict[str, Any] = {}
        self.absent: set[str] = set()
        #: Records present here whose every incoming field has the clock it has here.
        self.settled: set[str] = set()
        self.unique = UNIQUE_FIELDS.get(table.name)
        #: Unique value -> the uuid holding it here (None: free), for the values read ahead.
        self.holders: dict[Any, str | None] = {}
        self.waiting: list[_NewRow] = []
        self.waiting_uuids: set[str] = set()
        self._read_ahead(records, clocks_of)

    # --- reading ahead ----------------------------------------------------------------

    def _read_ahead(
        self,
        records: Sequence[dict[str, Any]],
        clocks_of: Callable[[str, str], dict[str, tuple[Any, ...]]],
    ) -> None:
        t = self.table
        uuids = sorted({str(r["u"]) for r in records})
        present: dict[str, int] = {}
        for part in _chunks(uuids):
            query = select(t.c.id, t.c.uuid).where(t.c.uuid.in_(part))
            present.update((str(u), int(i)) for i, u in self.conn.execute(query))
        for u in uuids:
            self.codec.know(t.name, u, present.get(u))
        self.absent = set(uuids) - present.keys()
        changing: list[str] = []
        for record in records:
            u = str(record["u"])
            if u not in present:
                continue
            if self.same_clocks(record, clocks_of(t.name, u)):
                self.settled.add(u)
            else:
                changing.append(u)
        changing = sorted(set(changing) - self.settled)
        for part in _chunks(changing):
            for row in self.conn.execute(select(t).where(t.c.uuid.in_(part))):
                self.rows[str(row.uuid)] = row
        self._read_links(records)
        self._read_holders(records)

    @staticmethod
    def same_clocks(record: dict[str, Any], local: dict[str, tuple[Any, ...]]) -> bool:
        fields: dict[str, list[Any]] = record["f"]
        if REVIVED in fields:
            return False
        for name, value in fields.items():
            mine = local.get(name)
            if mine is None or (mine[0], mine[1]) != (value[1], value[2]):
                return False
        return True

    def _read_links(self, records: Sequence[dict[str, Any]]) -> None:
        """The local ids of the exchanged records the new and changed records link to."""
        tables = exchanged_tables()
        for column in self.table.columns:
            keys = list(column.foreign_keys)
            target = keys[0].column.table if keys else None
            if target is None or target.name not in tables:
                continue
            references = {
                str(r["f"][column.key][0])
                for r in records
                if str(r["u"]) not in self.settled
                and column.key in r["f"]
                and r["f"][column.key][0] is not None
            }
            self.codec.preload(target, references)

    def _read_holders(self, records: Sequence[dict[str, Any]]) -> None:
        if self.unique is None:
            return
        column = self.table.c[self.unique]
        wanted = sorted(
            {
                str(r["f"][self.unique][0])
                for r in records
                if str(r["u"]) not in self.settled
                and self.unique in r["f"]
                and r["f"][self.unique][0] is not None
            }
        )
        self.holders = dict.fromkeys(wanted)
        for part in _chunks(wanted):
            for value, u in self.conn.execute(
                select(column, self.table.c.uuid).where(column.in_(part))
            ):
                self.holders[value] = str(u)

    # --- what the merge asks ----------------------------------------------------------

    def row(self, u: str) -> Any:
        """The record's row here, or None (each read-ahead row is handed out once: a
        record that arrives twice is read again)."""
        if u in self.waiting_uuids:
            self.flush()
        found = self.rows.pop(u, _MISSING)
        if found is not _MISSING:
            return found
        if u in self.absent:
            self.absent.discard(u)
            return None
        t = self.table
        return self.conn.execute(select(t).where(t.c.uuid == u)).first()

    def holder(self, value: Any, u: str) -> str | None:
        """The other record here holding the unique ``value`` (held-back rows included)."""
        if value not in self.holders:
            self.flush()
            column = self.table.c[cast(str, self.unique)]
            found = self.conn.execute(
                select(self.table.c.uuid).where(column == value, self.table.c.uuid != u)
            ).first()
            return None if found is None else str(found[0])
        other = self.holders[value]
        return None if other == u else other

    def hold(self, u: str, old: Any, new: Any) -> None:
        """Record ``u`` now holds ``new`` instead of ``old``."""
        if old is not None and self.holders.get(old) == u:
            self.holders[old] = None
        if new is not None:
            self.holders[new] = u

    # --- inserting --------------------------------------------------------------------

    def add(self, u: str, values: dict[str, Any], sets: dict[str, list[str]]) -> None:
        """Hold back a new row; its sets are written once it has its local id."""
        self.waiting.append(_NewRow(u, values, sets))
        self.waiting_uuids.add(u)

    def flush(self) -> None:
        """Insert the held-back rows, in the order they came, a statement per run of rows
        with the same columns."""
        if not self.waiting:
            return
        t = self.table
        waiting, self.waiting, self.waiting_uuids = self.waiting, [], set()
        runs: list[list[_NewRow]] = []
        for new in waiting:
            if runs and runs[-1][0].values.keys() == new.values.keys():
                runs[-1].append(new)
            else:
                runs.append([new])
        context = _Context(self.conn)
        for run in runs:
            # A default computed once per statement, not per row (the author's name).
            defaults = {
                c.key: c.default.arg(context)  # type: ignore[attr-defined]
                for c in t.columns
                if c.key not in run[0].values
                and c.default is not None
                and c.default.is_callable
                and c.key != "uuid"
            }
            # A plain executemany: with RETURNING, SQLite would be sent one row at a time.
            self.conn.execute(t.insert(), [{**defaults, **n.values} for n in run])
        uuids = [new.uuid for new in waiting]
        for part in _chunks(uuids):
            query = select(t.c.id, t.c.uuid).where(t.c.uuid.in_(part))
            for row_id, u in self.conn.execute(query):
                self.codec.know(t.name, str(u), int(row_id))
        for new in waiting:
            row_id = self.codec.local_id(t, new.uuid)
            for name, members in new.sets.items():
                self.codec.sets.write(t.name, name, int(str(row_id)), members)
