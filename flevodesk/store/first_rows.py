"""The first rows of a tab read with the standard library alone, straight after the paint.

See ``services/first_rows.py`` for the plan this reads. Nothing here may import SQLAlchemy:
the point is to have rows on screen before it has loaded. Any doubt (another schema
revision, an encrypted or damaged file, a restore half done, a lock) means no rows: the
program then opens as it always does, and shows the rows when the tab has read them.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from flevodesk.domain.text import fold
from flevodesk.store.medium import read_only_uri

_PLAIN_HEADER = b"SQLite format 3\x00"
#: Raised when the plan's form changes, so an old plan is never read by a new program.
PLAN_FORMAT = 1


@dataclass(frozen=True)
class PlanColumn:
    header: str
    #: How a raw SQLite value becomes what the table shows: "text", "date", "money",
    #: "bool" or "enum:<module>:<class>" (the value's label).
    kind: str


@dataclass(frozen=True)
class FirstRowsPlan:
    """How to read one tab's first rows; made by ``services.first_rows.first_rows_plan``."""

    #: The record kind whose tab it fills ("person").
    kind: str
    #: The schema revision the SQL was written for; a file at another one is not read.
    revision: str
    #: The id, then the listing's columns in order.
    sql: str
    columns: tuple[PlanColumn, ...]

    def to_json(self) -> str:
        return json.dumps({"format": PLAN_FORMAT, **asdict(self)})


def plan_from_json(text: object) -> FirstRowsPlan | None:
    """The plan stored as ``text``, or ``None`` for one in another format or unreadable."""
    try:
        data: dict[str, Any] = json.loads(str(text))
        if data.pop("format", None) != PLAN_FORMAT:
            return None
        columns = tuple(PlanColumn(**column) for column in data.pop("columns"))
        return FirstRowsPlan(columns=columns, **data)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


def read_first_rows(path: Path, plan: FirstRowsPlan) -> list[tuple[Any, ...]] | None:
    """The rows ``plan`` reads from the plain SQLite file ``path``, without writing
    anything; ``None`` when they cannot be read that simply."""
    try:
        with path.open("rb") as file:
            if file.read(len(_PLAIN_HEADER)) != _PLAIN_HEADER:
                return None  # encrypted, or not a database: the normal opening explains
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=0.1)
        with closing(connection):
            connection.create_function("fold", 1, fold, deterministic=True)
            found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if [row[0] for row in found] != [plan.revision]:
                return None
            return connection.execute(plan.sql).fetchall()
    except (OSError, sqlite3.Error):
        return None
