"""How the operations layer runs one piece of work and learns what it changed.

The changes are collected by the store from the transactions that committed (see
:mod:`flevodesk.store.changes`); a use case does not list them itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from flevodesk.store.changes import Changes, note, recording

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of a piece of work, or the error that ended it, and what it committed.

    A failed piece of work may have committed something before it failed (a backup made
    before a restore that was refused): ``changes`` says so either way.
    """

    result: T | None
    error: Exception | None
    changes: Changes


def run_recorded(work: Callable[[], T]) -> Outcome[T]:
    """Run ``work``; its error is returned, not raised, beside what it committed."""
    with recording() as recorded:
        try:
            result = work()
        except Exception as exc:
            return Outcome(None, exc, recorded.changes)
    return Outcome(result, None, recorded.changes)


def _table_names() -> list[str]:
    from flevodesk.domain.models import Base

    return list(Base.metadata.tables)


def note_everything_changed() -> None:
    """Tell the running piece of work that every table changed: the database file was put
    in place whole (a restore), so no statement showed what differs."""
    note(_table_names())


def every_table() -> Changes:
    """Changes naming every table, no record ids: anything may have changed."""
    return Changes(frozenset(_table_names()))


__all__ = ["Changes", "Outcome", "every_table", "note_everything_changed", "run_recorded"]
