"""Paged, filtered and sorted lists for tables, described once per kind of record.

A :class:`Listing` says which columns a table shows, how text search works and which
filters exist; :func:`fetch_page` turns a :class:`ListQuery` into one page of rows. The
GUI's table model and the command line's exports ask for pages and never see SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.elements import KeyedColumnElement
from sqlalchemy.sql.util import find_tables

from flevodesk.domain.text import fold
from flevodesk.store.database import Database

FilterFn = Callable[[Select[Any], Any], Select[Any]]
#: What fills a column: a mapped attribute, a table column or any SQL expression.
SQLExpression = ColumnElement[Any] | KeyedColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True)
class Column:
    """One column of a table: a stable key, its Dutch header, and the SQL that fills it."""

    key: str
    header: str
    expr: SQLExpression
    sort_expr: SQLExpression | None = None


@dataclass(frozen=True)
class ListQuery:
    """What a table asks for: search text, filters by key, sort column, and a window."""

    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int | None = 200

    def active_filters(self) -> dict[str, Any]:
        """The filters that narrow something: an empty choice means "all"."""
        return {k: v for k, v in self.filters.items() if v is not None and v != ""}


@dataclass(frozen=True)
class Row:
    """One record as a table shows it: its id and values keyed like the columns."""

    id: int
    values: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]


@dataclass(frozen=True)
class Page:
    rows: list[Row]
    offset: int


class Listing:
    """The description of one table; subclasses fill in the class attributes."""

    #: Dutch nouns for counts ("243 vrijwilligers, 12 getoond").
    singular: str = ""
    plural: str = ""
    id_column: ColumnElement[Any]
    columns: Sequence[Column] = ()
    default_sort: str = ""
    filters: Mapping[str, FilterFn] = {}
    #: Tables the rows depend on that no column names (a full-text index kept by triggers).
    extra_tables: Sequence[str] = ()

    def joins(self, stmt: Select[Any]) -> Select[Any]:
        """Add the FROM clause and joins the columns need."""
        return stmt

    def search_hits(self, session: Session, text: str) -> int | None:
        """How many records ``text`` alone matches, where an index can tell at once;
        ``None`` where only running the whole query would."""
        return None

    def search(self, stmt: Select[Any], text: str, hits: int | None = None) -> Select[Any]:
        """Narrow ``stmt`` to rows that contain every word of ``text`` in a search column.

        Comparison folds case and diacritics on both sides, so "zoe" finds "Zoë". ``hits``
        is what :meth:`search_hits` said, for listings that plan the query by it.
        """
        for term in fold(text).split():
            pattern = f"%{_escape_like(term)}%"
            stmt = stmt.where(
                or_(*[func.fold(c).like(pattern, escape="\\") for c in self.search_columns()])
            )
        return stmt

    def search_columns(self) -> Sequence[ColumnElement[Any]]:
        """The text columns the default search looks in."""
        return []

    def tables(self) -> frozenset[str]:
        """Every table the rows, search and filters read: a change to one of them may
        change what the table shows (see ``ui/change_bus.py``)."""
        stmt = self.narrowed(ListQuery())
        for apply in self.filters.values():
            stmt = apply(stmt, 0)  # only the SQL is built, never run
        return frozenset(t.name for t in find_tables(stmt, include_joins=True)) | frozenset(
            self.extra_tables
        )

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def narrowed(self, query: ListQuery, hits: int | None = None) -> Select[Any]:
        """The base select with search and filters applied, without ordering."""
        stmt = self.joins(select(self.id_column, *[c.expr.label(c.key) for c in self.columns]))
        if query.search.strip():
            stmt = self.search(stmt, query.search.strip(), hits)
        for key, value in query.active_filters().items():
            if key not in self.filters:
                raise KeyError(f"unknown filter {key!r} for {type(self).__name__}")
            stmt = self.filters[key](stmt, value)
        return stmt


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fetch_page(db: Database, listing: Listing, query: ListQuery) -> Page:
    """One page of rows for ``query``, sorted with the id as tie-breaker for stable paging."""
    with db.read() as session:
        return Page(_rows(session, listing, query, _hits(session, listing, query)), query.offset)


def fetch_counted(db: Database, listing: Listing, query: ListQuery) -> tuple[Page, int]:
    """The page for ``query`` and how many rows match in all, read in one transaction.

    The count costs nothing extra where it can: a page shorter than asked for is the whole
    rest of the result, and a search without filters is counted by its index.
    """
    with db.read() as session:
        hits = _hits(session, listing, query)
        rows = _rows(session, listing, query, hits)
        if query.limit is None or len(rows) < query.limit:
            matching = query.offset + len(rows)
        else:
            matching = _count(session, listing, query, hits)
    return Page(rows, query.offset), matching


def count(db: Database, listing: Listing, query: ListQuery | None = None) -> int:
    """How many rows match ``query`` (all rows without one)."""
    query = query or ListQuery()
    with db.read() as session:
        return _count(session, listing, query, _hits(session, listing, query))


def _hits(session: Session, listing: Listing, query: ListQuery) -> int | None:
    text = query.search.strip()
    return listing.search_hits(session, text) if text else None


def page_statement(
    listing: Listing, query: ListQuery, hits: int | None = None, *, dialect: str = "sqlite"
) -> Select[Any]:
    """The select for one page on a ``dialect`` database: the id, then the columns in
    order, sorted with the id as tie-breaker for stable paging."""
    stmt = listing.narrowed(query, hits)
    sort_key = query.sort or listing.default_sort
    column = listing.column(sort_key)
    order = column.sort_expr if column.sort_expr is not None else column.expr
    order_clause = order.desc() if query.descending else order.asc()
    if dialect != "sqlite":
        # Empty values first, as SQLite puts them (a server puts them last by default).
        order_clause = order_clause.nulls_last() if query.descending else order_clause.nulls_first()
    tie = listing.id_column.desc() if query.descending else listing.id_column.asc()
    stmt = stmt.order_by(order_clause, tie).offset(query.offset)
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    return stmt


def _rows(session: Session, listing: Listing, query: ListQuery, hits: int | None) -> list[Row]:
    dialect = session.get_bind().dialect.name
    result = session.execute(page_statement(listing, query, hits, dialect=dialect)).all()
    keys = [c.key for c in listing.columns]
    return [Row(id=r[0], values=dict(zip(keys, r[1:], strict=True))) for r in result]


def _count(session: Session, listing: Listing, query: ListQuery, hits: int | None) -> int:
    if hits is not None and not query.active_filters():
        return hits
    stmt = listing.narrowed(query, hits)
    counted = select(func.count()).select_from(stmt.order_by(None).subquery())
    return int(session.execute(counted).scalar_one())


#: How the count above a table says that a search or filter shows fewer rows than there
#: are; translated at the edge like the listing's nouns (``scripts/texts_for_translation``).
SHOWN = "%1, %2 getoond"


def _as_is(text: str) -> str:
    return text


def count_label(
    listing: Listing, total: int, shown: int, translate: Callable[[str], str] = _as_is
) -> str:
    """ "243 vrijwilligers, 12 getoond" (or just the total when nothing is filtered out);
    ``translate`` puts the noun and the phrase in the user's language."""
    noun = translate(listing.singular if total == 1 else listing.plural)
    counted = f"{total} {noun}"
    if shown == total:
        return counted
    return translate(SHOWN).replace("%1", counted).replace("%2", str(shown))
