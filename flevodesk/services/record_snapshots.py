"""What an action did to a record and everything that goes with it, row by row.

Undo needs the rows as they were, not the form's values: a deleted person takes their
engagements, hours, consents and VOG records along (``ON DELETE CASCADE``), a deleted
funder its schemes, and a scheme's applications lose their link (``SET NULL``). So before
and after an action the record's *graph* is read as plain dicts of column values: the
record's row, the rows whose delete cascades from it (by the ORM mapper's relationships
and by the foreign keys' ``ON DELETE CASCADE``), followed down, and one level of other
rows pointing at any of them. The difference is a tuple of :class:`RowChange`, which
:mod:`flevodesk.services.row_restore` writes back either way.

Nothing here holds a session beyond one call: the snapshots are plain data the user
interface may keep on its undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Column, Table, select, tuple_
from sqlalchemy.orm import Session

from flevodesk.domain.messages import Message, message
from flevodesk.domain.models import Base

if TYPE_CHECKING:
    from flevodesk.services.setup import Database

T = TypeVar("T")
#: A row by table name and primary key values.
RowKey = tuple[str, tuple[Any, ...]]
Row = Mapping[str, Any]

#: Rows that only ever grow, as history of what happened (the personal-data change log):
#: an undo is a change of its own and is logged, it does not take the log line back.
HISTORY_TABLES = frozenset({"person_changes"})
_CHUNK = 500

#: How labels and messages name a row of each table (singular, without article).
NOUNS: Mapping[str, Message] = {
    "persons": message("vrijwilliger"),
    "engagements": message("inzet"),
    "hours_entries": message("urenregel"),
    "consents": message("toestemming"),
    "vog_records": message("VOG-registratie"),
    "person_changes": message("wijzigingsregel"),
    "person_merges": message("samenvoeging"),
    "initiatives": message("initiatief"),
    "funding_applications": message("aanvraag"),
    "budget_lines": message("begrotingsregel"),
    "actual_costs": message("uitgave"),
    "obligations": message("verplichting"),
    "partners": message("partner"),
    "partner_contacts": message("contactpersoon"),
    "partner_audiences": message("doelgroep van een partner"),
    "funding_schemes": message("regeling"),
    "scheme_cost_rules": message("kostenregel van een regeling"),
}


@dataclass(frozen=True)
class RowChange:
    """One row before and after an action; ``None`` where it did not exist."""

    table: str
    key: tuple[Any, ...]
    before: Row | None
    after: Row | None

    @property
    def what(self) -> Message:
        """The row as a message names it: "urenregel nummer 12"."""
        noun = NOUNS.get(self.table) or message("koppeling")
        if len(self.key) == 1 and isinstance(self.key[0], int):
            return message("{noun} nummer {number}", noun=noun, number=self.key[0])
        return noun


def run_and_record(
    db: Database,
    model: type[Base],
    record_id: int | None,
    work: Callable[[], T],
    id_of: Callable[[T], int | None] = lambda _result: None,
) -> tuple[T, tuple[RowChange, ...]]:
    """Run ``work`` (a use case that commits on its own) and say what it changed in the
    graph of the record ``record_id`` of ``model``; ``id_of`` names the record a new one
    got (``record_id`` None: a create).

    The graph is read before and after in transactions of their own: a colleague's change
    in between would count as the action's, which the undo's check then refuses.
    """
    table = model.__table__
    assert isinstance(table, Table)
    with db.read() as session:
        before = graph(session, table, record_id) if record_id is not None else {}
    result = work()
    root = record_id if record_id is not None else id_of(result)
    with db.read() as session:
        after = read_rows(session, before.keys())
        if root is not None:
            after.update(graph(session, table, root))
    return result, difference(before, after)


def graph(session: Session, table: Table, record_id: int) -> dict[RowKey, Row]:
    """The record's row, the rows its delete takes along (followed down), and the rows
    that merely point at one of them, as plain dicts by :data:`RowKey`."""
    rows: dict[RowKey, Row] = {}
    seen: dict[str, set[Any]] = {}
    pending: list[tuple[Table, set[Any]]] = [(table, {record_id})]
    while pending:
        parent, wanted = pending.pop()
        wanted -= seen.setdefault(parent.name, set())
        if not wanted:
            continue
        seen[parent.name] |= wanted
        for row in _select(session, parent, parent.c.id, wanted):
            rows[_key(parent, row)] = row
        for child, column, cascades in _referrers(parent):
            found = _select(session, child, column, wanted)
            for row in found:
                rows[_key(child, row)] = row
            if cascades and has_own_id(child):
                pending.append((child, {row["id"] for row in found}))
    return rows


def read_rows(session: Session, keys: Iterable[RowKey]) -> dict[RowKey, Row]:
    """The rows of ``keys`` as they are now; a key without a row is left out."""
    by_table: dict[str, list[tuple[Any, ...]]] = {}
    for name, key in keys:
        by_table.setdefault(name, []).append(key)
    rows: dict[RowKey, Row] = {}
    for name, wanted in by_table.items():
        table = Base.metadata.tables[name]
        columns = list(table.primary_key.columns)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            if len(columns) == 1:
                condition = columns[0].in_([key[0] for key in chunk])
            else:
                condition = tuple_(*columns).in_(chunk)
            for found in session.execute(select(table).where(condition)).mappings():
                row = dict(found)
                rows[_key(table, row)] = row
    return rows


def difference(before: Mapping[RowKey, Row], after: Mapping[RowKey, Row]) -> tuple[RowChange, ...]:
    """The rows that differ, parents before children (the order inserts need)."""
    order = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}
    changes = [
        RowChange(name, key, before.get((name, key)), after.get((name, key)))
        for name, key in before.keys() | after.keys()
        if before.get((name, key)) != after.get((name, key))
        and not (name in HISTORY_TABLES and (name, key) not in before)
    ]
    changes.sort(key=lambda change: (order.get(change.table, 0), repr(change.key)))
    return tuple(changes)


def describe(changes: Collection[RowChange]) -> Message:
    """A label for what ``changes`` did: "toevoegen van urenregel"."""
    change = next((c for c in changes if c.table in NOUNS), None)
    if change is None:
        return message("wijziging")
    noun = NOUNS[change.table]
    if change.before is None:
        return message("toevoegen van {noun}", noun=noun)
    if change.after is None:
        return message("verwijderen van {noun}", noun=noun)
    return message("wijzigen van {noun}", noun=noun)


def everything(tables: Collection[str]) -> bool:
    """Whether ``tables`` names every table: the database was replaced whole (a restore)."""
    return set(Base.metadata.tables) <= set(tables)


def table_of(name: str) -> Table:
    return Base.metadata.tables[name]


def key_condition(table: Table, key: tuple[Any, ...]) -> Any:
    """The WHERE clause that finds the one row of ``key``."""
    columns: list[Column[Any]] = list(table.primary_key.columns)
    condition = columns[0] == key[0]
    for column, value in zip(columns[1:], key[1:], strict=True):
        condition = condition & (column == value)
    return condition


def _select(session: Session, table: Table, column: Column[Any], values: set[Any]) -> list[Row]:
    found: list[Row] = []
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        statement = select(table).where(column.in_(chunk))
        found.extend(dict(row) for row in session.execute(statement).mappings())
    return found


def _key(table: Table, row: Row) -> RowKey:
    return table.name, tuple(row[column.name] for column in table.primary_key.columns)


def has_own_id(table: Table) -> bool:
    return [column.name for column in table.primary_key.columns] == ["id"]


@cache
def _referrers(parent: Table) -> tuple[tuple[Table, Column[Any], bool], ...]:
    """Every (table, column) pointing at ``parent.id``, and whether a delete of the parent
    takes that row along (``ON DELETE CASCADE`` or a relationship that cascades delete)."""
    by_orm = _orm_cascades(parent)
    found: list[tuple[Table, Column[Any], bool]] = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is not parent or fk.column.name != "id":
                continue
            column = fk.parent
            cascades = (fk.ondelete or "").upper() == "CASCADE" or column in by_orm
            found.append((table, column, cascades))
    return tuple(found)


def _orm_cascades(parent: Table) -> set[Column[Any]]:
    """The foreign-key columns of children that ``parent``'s mapper deletes along."""
    columns: set[Column[Any]] = set()
    for mapper in Base.registry.mappers:
        if mapper.local_table is not parent:
            continue
        for relationship in mapper.relationships:
            if relationship.cascade.delete and relationship.secondary is None:
                for local, remote in relationship.local_remote_pairs or ():
                    if local.table is parent and isinstance(remote, Column):
                        columns.add(remote)
    return columns
