"""What a unit of work changed: tables and record ids, as committed, never as attempted.

Every open view listens for changes on one bus (``ui/change_bus.py``) and reloads what it
shows when a change touches its tables. The changes are not declared by whoever writes:
an engine hook (:func:`track`) sees every INSERT, UPDATE and DELETE that reaches SQLite,
the ORM's flush adds the ids of the records it wrote, and only a transaction that commits
hands them on. So a new use case cannot forget to announce what it did, and a rolled-back
one announces nothing.

The changes go to the :func:`recording` block running on the same thread (the operations
layer opens one around each piece of work on its worker). Writes outside such a block (the
command line, tests) are not collected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

_WRITE = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)
_PENDING = "flevodesk_pending_changes"
_IN_FLUSH = "flevodesk_in_flush"
#: Marks a connection whose commits are announced (to colleagues) even outside a recording.
_ANNOUNCED = "flevodesk_announced"

#: Called with the driver's connection and what a transaction wrote, just before it commits.
OnCommit = Callable[[Any, "Changes"], None]


@dataclass(frozen=True)
class Changes:
    """Tables written by committed transactions, and the ids of the records the ORM wrote.

    ``ids`` may lack a table that ``tables`` names (a bulk statement, a trigger): then any
    of its records may have changed.
    """

    tables: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def touches(self, tables: Iterable[str]) -> bool:
        """Whether any of ``tables`` was written."""
        return not self.tables.isdisjoint(tables)

    def may_touch(self, table: str, record_id: int) -> bool:
        """Whether the record ``record_id`` of ``table`` may have changed."""
        if table not in self.tables:
            return False
        known = self.ids.get(table)
        return known is None or record_id in known

    def merged(self, other: Changes) -> Changes:
        """Both changes in one, as a view that missed a notice needs them."""
        ids: dict[str, frozenset[int]] = {}
        for table in self.tables | other.tables:
            parts = [c for c in (self, other) if table in c.tables]
            if all(table in c.ids for c in parts):
                ids[table] = frozenset().union(*(c.ids[table] for c in parts))
        return Changes(self.tables | other.tables, ids)


@dataclass
class _Collected:
    tables: set[str] = field(default_factory=set)
    ids: dict[str, set[int]] = field(default_factory=dict)
    #: Tables some statement wrote without the ORM naming its records.
    unnamed: set[str] = field(default_factory=set)

    def add(self, other: _Collected) -> None:
        self.tables |= other.tables
        self.unnamed |= other.unnamed
        for table, found in other.ids.items():
            self.ids.setdefault(table, set()).update(found)

    def freeze(self) -> Changes:
        ids = {
            table: frozenset(found)
            for table, found in self.ids.items()
            if table not in self.unnamed and table in self.tables
        }
        return Changes(frozenset(self.tables), ids)


class Recorded:
    """What the transactions committed inside one :func:`recording` block changed."""

    def __init__(self) -> None:
        self._collected = _Collected()

    @property
    def changes(self) -> Changes:
        return self._collected.freeze()


_recorder: ContextVar[Recorded | None] = ContextVar("flevodesk_recorder", default=None)


@contextmanager
def recording() -> Iterator[Recorded]:
    """Collect the changes of every transaction this thread commits inside the block."""
    recorded = Recorded()
    token = _recorder.set(recorded)
    try:
        yield recorded
    finally:
        _recorder.reset(token)


def track(
    engine: Engine, *sessions: sessionmaker[Session], on_commit: OnCommit | None = None
) -> None:
    """Watch ``engine``'s statements (and the flushes of ``sessions``) for :func:`recording`.

    ``on_commit`` hears what each transaction wrote before it commits, recorded or not (a
    server tells colleagues with it, the command line's writes included).
    """
    event.listen(engine, "after_cursor_execute", _statement)
    if on_commit is None:
        event.listen(engine, "commit", _committed)
    else:

        def _marked(_dbapi_connection: Any, record: Any) -> None:
            record.info[_ANNOUNCED] = True

        def _announcing(conn: Any) -> None:
            pending: _Collected | None = conn.info.get(_PENDING)
            if pending is not None and pending.tables:
                on_commit(conn.connection.driver_connection, pending.freeze())
            _committed(conn)

        event.listen(engine, "connect", _marked)
        event.listen(engine, "commit", _announcing)
    event.listen(engine, "rollback", _rolled_back)
    for maker in sessions:
        event.listen(maker, "before_flush", _flushing)
        event.listen(maker, "after_flush", _flushed)


def _collecting(info: dict[Any, Any]) -> bool:
    return _recorder.get() is not None or bool(info.get(_ANNOUNCED))


def _pending(info: dict[Any, Any]) -> _Collected:
    collected: _Collected | None = info.get(_PENDING)
    if collected is None:
        collected = info[_PENDING] = _Collected()
    return collected


def _statement(
    conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
) -> None:
    match = _WRITE.match(statement)
    if match is not None and _collecting(conn.info):
        table = match.group(1).lower()
        pending = _pending(conn.info)
        pending.tables.add(table)
        if not conn.info.get(_IN_FLUSH):
            pending.unnamed.add(table)


def _flushing(session: Session, _context: Any, _instances: Any) -> None:
    info = session.connection().info
    if _collecting(info):
        info[_IN_FLUSH] = True


def _flushed(session: Session, _context: Any) -> None:
    info = session.connection().info
    if not _collecting(info):
        return
    info.pop(_IN_FLUSH, None)
    pending = _pending(info)
    for instance in (*session.new, *session.dirty, *session.deleted):
        table = getattr(getattr(type(instance), "__table__", None), "name", None)
        record_id = getattr(instance, "id", None)
        if isinstance(table, str) and isinstance(record_id, int):
            pending.ids.setdefault(table, set()).add(record_id)


def _committed(conn: Any) -> None:
    conn.info.pop(_IN_FLUSH, None)
    pending: _Collected | None = conn.info.pop(_PENDING, None)
    recorded = _recorder.get()
    if pending is not None and recorded is not None:
        recorded._collected.add(pending)


def _rolled_back(conn: Any) -> None:
    conn.info.pop(_IN_FLUSH, None)
    conn.info.pop(_PENDING, None)


def note(tables: Iterable[str]) -> None:
    """Tell the running :func:`recording` that ``tables`` changed in ways no statement
    showed: a restore that put another file in place of the database."""
    recorded = _recorder.get()
    if recorded is not None:
        found = set(tables)
        recorded._collected.tables |= found
        recorded._collected.unnamed |= found
