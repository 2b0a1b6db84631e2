"""The plan by which the window shows a tab's first rows before the data layer has loaded.

Starting the program costs about a second of imports (SQLAlchemy, the models, the forms)
before a record tab can read its first page. A plan made on the run before lets
``ui/first_rows.py`` read the same first rows with the standard library's ``sqlite3``
(``store/first_rows.py``) straight after the first paint, while the rest loads. A plan holds
SQL and column facts only, never anyone's data.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Date
from sqlalchemy import Enum as SAEnum
from sqlalchemy.dialects import sqlite

from flevodesk.domain.base import Money
from flevodesk.services.listing import Listing, ListQuery, page_statement
from flevodesk.store.first_rows import FirstRowsPlan, PlanColumn
from flevodesk.store.migrations import HEAD_REVISION

#: A screenful and more: the real table takes over long before anyone scrolls past it.
FIRST_ROWS = 60


def first_rows_plan(kind: str, listing: Listing) -> FirstRowsPlan:
    """The plan for ``listing``'s first rows as its tab opens: no search, no filters."""
    stmt = page_statement(listing, ListQuery(limit=FIRST_ROWS))
    compiled = stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    columns = tuple(PlanColumn(c.header, _kind(c.expr.type)) for c in listing.columns)
    return FirstRowsPlan(kind, HEAD_REVISION, str(compiled), columns)


def _kind(sql_type: Any) -> str:
    if isinstance(sql_type, Money):
        return "money"
    if isinstance(sql_type, SAEnum) and isinstance(sql_type.enum_class, type):
        enum: type[Enum] = sql_type.enum_class
        return f"enum:{enum.__module__}:{enum.__qualname__}"
    if isinstance(sql_type, Date):
        return "date"
    if isinstance(sql_type, Boolean):
        return "bool"
    return "text"
