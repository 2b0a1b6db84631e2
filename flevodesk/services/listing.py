"""Paged, filtered and sorted lists for tables, described once per kind of record.

A :class:`Listing` says which columns a table shows, how text search works and which
filters exist; :func:`fetch_page` turns a :class:`ListQuery` into one page of rows. The
GUI's table model and the command line's exports ask for pages and never see SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    bindparam,
    case,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.elements import BindParameter, KeyedColumnElement
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


def in_declared_order(expr: SQLExpression, enum: type[Enum]) -> ColumnElement[int]:
    """Sort key for an enum column: the order its members are declared in.

    A status is a course (idee, opstart, actief ... gestopt), so sorting by it should follow
    that course, not the alphabet of its stored values.
    """
    # Compared as the stored strings, so the SQL also renders with literal values (the
    # first-rows plan compiles its page that way).
    stored = type_coerce(expr, String())
    return case({m.value: position for position, m in enumerate(enum)}, value=stored, else_=-1)


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
    #: On a server, a search's page and count come from one statement over its hits (see
    #: :func:`fetch_counted`): for listings whose columns all come from the id's table.
    counted_with_page: bool = False

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

    def indexed_hits(self, query: ListQuery) -> Select[Any] | None:
        """On a server: ``hit_id`` and ``sort_value`` of every row ``query`` matches, where
        an index holds them in the order of its sort column and id, so that a window and
        the count need neither the rows nor a sort; ``None`` where none does."""
        return None

    def search_shape(self, text: str) -> Hashable | None:
        """What the SQL of :meth:`search` depends on besides its named parameters' values,
        so that a server's statement can be kept and run for another search of the same
        shape (:meth:`search_parameters`); ``None``: build it afresh each time."""
        return None

    def search_parameters(self, text: str) -> dict[str, Any]:
        """The values of the named parameters of :meth:`search` for ``text``."""
        return {}

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
        return Page(
            _rows(session, listing, query, _planning_hits(session, listing, query)), query.offset
        )


def fetch_counted(db: Database, listing: Listing, query: ListQuery) -> tuple[Page, int]:
    """The page for ``query`` and how many rows match in all, read in one transaction.

    The count costs nothing extra where it can: a page shorter than asked for is the whole
    rest of the result, a search without filters is counted by its index on a file, and
    on a server the page and the count come from one pass over the search's hits.
    """
    with db.read() as session:
        if query.search.strip() and listing.counted_with_page and dialect_of(session) != "sqlite":
            # One statement is its own snapshot: outside a transaction the server hears one
            # message, not three (BEGIN, the statement, ROLLBACK), each a wait for its reply.
            session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
            from flevodesk.services.server_pages import rows_and_count  # builds on this module

            rows, total = rows_and_count(session, listing, query)
            matching = total if total is not None else query.offset
            return Page(rows, query.offset), matching
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


def _planning_hits(session: Session, listing: Listing, query: ListQuery) -> int | None:
    # Only SQLite's plan depends on the number of hits (PersonListing.search); on a server
    # counting them first would cost a second pass over the search index for nothing.
    return _hits(session, listing, query) if dialect_of(session) == "sqlite" else None


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def page_statement(
    listing: Listing, query: ListQuery, hits: int | None = None, *, dialect: str = "sqlite"
) -> Select[Any]:
    """The select for one page on a ``dialect`` database: the id, then the columns in
    order, sorted with the id as tie-breaker for stable paging."""
    stmt = listing.narrowed(query, hits)
    order = sort_expression(listing, query)
    stmt = stmt.order_by(*ordering(query, order, listing.id_column, dialect))
    return windowed(stmt, query)


def sort_expression(listing: Listing, query: ListQuery) -> SQLExpression:
    column = listing.column(query.sort or listing.default_sort)
    return column.sort_expr if column.sort_expr is not None else column.expr


def ordering(
    query: ListQuery, order: SQLExpression, tie: SQLExpression, dialect: str
) -> list[ColumnElement[Any]]:
    order_clause = order.desc() if query.descending else order.asc()
    if dialect != "sqlite":
        # Empty values first, as SQLite puts them (a server puts them last by default).
        order_clause = order_clause.nulls_last() if query.descending else order_clause.nulls_first()
    return [order_clause, tie.desc() if query.descending else tie.asc()]


def windowed(stmt: Select[Any], query: ListQuery, *, written: bool = False) -> Select[Any]:
    """``stmt`` limited to ``query``'s window; ``written``: with the numbers in the SQL."""
    number = in_numbers if written else _as_is
    stmt = stmt.offset(number(query.offset))
    return stmt.limit(number(query.limit)) if query.limit is not None else stmt


def _as_is(value: int) -> int:
    return value


def in_numbers(value: int) -> BindParameter[int]:
    # A server plans a statement prepared for reuse once for any values ("generic plan",
    # after five runs): not knowing how many rows a window takes, it sorted all 100,000
    # persons for the first-row test (80 ms a keystroke instead of 0.6 ms).
    return bindparam(None, value, type_=Integer(), literal_execute=True)


def _rows(session: Session, listing: Listing, query: ListQuery, hits: int | None) -> list[Row]:
    stmt = page_statement(listing, query, hits, dialect=dialect_of(session))
    return as_rows(listing, session.execute(stmt).all())


def as_rows(listing: Listing, result: Sequence[Sequence[Any]]) -> list[Row]:
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


def _untranslated(text: str) -> str:
    return text


def count_label(
    listing: Listing, total: int, shown: int, translate: Callable[[str], str] = _untranslated
) -> str:
    """ "243 vrijwilligers, 12 getoond" (or just the total when nothing is filtered out);
    ``translate`` puts the noun and the phrase in the user's language."""
    noun = translate(listing.singular if total == 1 else listing.plural)
    counted = f"{total} {noun}"
    if shown == total:
        return counted
    return translate(SHOWN).replace("%1", counted).replace("%2", str(shown))
