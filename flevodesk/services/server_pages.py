"""A searched page and its count on a server, in one statement, kept for reuse.

The file counts a search from its FTS5 index and reads a page in a second statement; a
server answers both in one (see :func:`rows_and_count`), and as typing sends a statement
per keystroke that differs from the last only in the words searched for, the statement
is built once per listing, sort, window and shape of search, and run with the new words
as parameters: building and keying it in SQLAlchemy cost about 1 ms, more than a narrow
search takes on the server.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    exists,
    false,
    func,
    literal,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from flevodesk.services.listing import (
    Listing,
    ListQuery,
    Row,
    as_rows,
    dialect_of,
    in_numbers,
    ordering,
    sort_expression,
    windowed,
)

#: Statements kept: one per listing, sort, window and shape of search (paging through a
#: list asks for a window at a time).
KEPT_STATEMENTS = 64
_kept: OrderedDict[Hashable, Select[Any]] = OrderedDict()


def rows_and_count(
    session: Session, listing: Listing, query: ListQuery
) -> tuple[list[Row], int | None]:
    """One page of ``query`` (a search) and the number of matching rows, from one statement
    on a server; ``None`` for the count when the window is past the last row."""
    dialect = dialect_of(session)
    shape = None if query.active_filters() else listing.search_shape(query.search)
    if shape is None:
        stmt, parameters = _statement(listing, query, dialect), None
    else:
        key = (type(listing), query.sort, query.descending, query.offset, query.limit, shape)
        kept = _kept.get(key)
        if kept is None:
            kept = _kept[key] = _statement(listing, query, dialect)
            while len(_kept) > KEPT_STATEMENTS:
                _kept.popitem(last=False)
        stmt, parameters = kept, listing.search_parameters(query.search)
    result = session.execute(stmt, parameters).all()
    return as_rows(listing, [r[:-1] for r in result]), (result[0][-1] if result else None)


def _statement(listing: Listing, query: ListQuery, dialect: str) -> Select[Any]:
    hits = listing.indexed_hits(query)
    if hits is None:
        return _counted_statement(listing, query, dialect)
    return _indexed_statement(listing, query, hits, dialect)


def _counted_statement(listing: Listing, query: ListQuery, dialect: str) -> Select[Any]:
    """One page and the number of matching rows on a server, as one statement.

    Usually the hits (id and sort value) are read from the search index once, and the
    count and the page's window are both taken from them: two statements (a count, then
    the page) read the index twice. But sorting a very broad search's hits costs more than
    the rest together ("p", 100,000 hits among 100,000 persons: 40 ms), so the statement
    first looks whether every row up to the window's end matches; then the window is the
    unsearched list's (read along the sort index), and only the count reads the search
    index. That test stops at the first row that does not match, so it costs a narrow
    search almost nothing.
    """
    order = sort_expression(listing, query)
    unsearched = listing.narrowed(replace(query, search=""))
    ordered = ordering(query, order, listing.id_column, dialect)
    dense = _matches_up_to_window_end(listing, query, unsearched, ordered)

    every_hit = listing.narrowed(query).with_only_columns(listing.id_column).subquery()
    walked = windowed(
        unsearched.with_only_columns(
            listing.id_column.label("hit_id"),
            order.label("sort_value"),
            select(func.count()).select_from(every_hit).scalar_subquery().label("total"),
        )
        .where(dense)
        .order_by(*ordered),
        query,
        written=True,
    )
    hits = (
        listing.narrowed(query)
        .with_only_columns(listing.id_column.label("hit_id"), order.label("sort_value"))
        .cte("hits")
        .prefix_with("MATERIALIZED")
    )
    sorted_hits = windowed(
        select(
            hits.c.hit_id,
            hits.c.sort_value,
            select(func.count()).select_from(hits).scalar_subquery().label("total"),
        )
        .where(~dense)
        .order_by(*ordering(query, hits.c.sort_value, hits.c.hit_id, dialect)),
        query,
        written=True,
    )
    window = union_all(walked, sorted_hits).subquery("window")
    stmt = (
        select(
            *[listing.id_column, *[c.expr.label(c.key) for c in listing.columns]], window.c.total
        )
        .select_from(window)
        .join(listing.id_column.table, listing.id_column == window.c.hit_id)
        .order_by(*ordering(query, window.c.sort_value, window.c.hit_id, dialect))
    )
    return stmt


def _indexed_statement(
    listing: Listing, query: ListQuery, hits: Select[Any], dialect: str
) -> Select[Any]:
    """As :func:`_counted_statement`, from :meth:`Listing.indexed_hits`: the window and the
    count are two ranges of one index, and only the window's rows are read."""
    every_hit = hits.subquery("every_hit")
    window = windowed(
        select(every_hit.c.hit_id, every_hit.c.sort_value).order_by(
            *ordering(query, every_hit.c.sort_value, every_hit.c.hit_id, dialect)
        ),
        query,
        written=True,
    ).subquery("window")
    total = select(func.count()).select_from(hits.subquery("counted")).scalar_subquery()
    stmt = (
        select(listing.id_column, *[c.expr.label(c.key) for c in listing.columns], total)
        .select_from(window)
        .join(listing.id_column.table, listing.id_column == window.c.hit_id)
        .order_by(*ordering(query, window.c.sort_value, window.c.hit_id, dialect))
    )
    return stmt


def _matches_up_to_window_end(
    listing: Listing, query: ListQuery, unsearched: Select[Any], ordered: list[ColumnElement[Any]]
) -> ColumnElement[bool]:
    """Whether every row before the end of ``query``'s window (in the ``ordered`` list
    without its search) matches the search, computed once per statement.

    The list's very first row by the sort column alone is looked at first: when it does
    not match, no rows tied with it need sorting by id (with 100,000 persons that is 0.2 ms
    a keystroke, a narrow search's whole cost).
    """
    if query.limit is None:
        return false()
    condition = listing.search(select(listing.id_column), query.search.strip()).whereclause
    assert condition is not None
    matched = condition.label("matched")
    any_first = unsearched.with_only_columns(matched).order_by(ordered[0]).limit(in_numbers(1))
    first = (
        unsearched.with_only_columns(matched)
        .order_by(*ordered)
        .limit(in_numbers(query.offset + query.limit))
        .subquery("first")
    )
    # IS NOT TRUE: a LIKE over an empty column is NULL, which is no match either.
    misses = select(literal(1)).select_from(first).where(first.c.matched.is_not(true()))
    # CASE reads the second test only when the first passed.
    dense = case((any_first.scalar_subquery().is_(true()), ~exists(misses)), else_=false())
    gate = select(dense.label("dense")).cte("gate").prefix_with("MATERIALIZED")
    return select(gate.c.dense).scalar_subquery()
