"""Every row of every table of a SQLite file, to compare two databases' whole content."""

from __future__ import annotations

import sqlite3
from pathlib import Path

Rows = dict[str, list[tuple[object, ...]]]

#: Each database gets its own identity when it is made (its backups are filed under it).
IDENTITY_SETTINGS = ("database_id",)
#: The moment each row was written: two databases made a second apart differ in every one.
MOMENT_COLUMNS = ("created_at", "updated_at")


def table_rows(path: Path, *, except_identity: bool = False) -> Rows:
    """Each table's rows (the search index's shadow tables included), sorted.

    ``except_identity`` leaves out what differs between two separately made new databases
    and nothing else: :data:`MOMENT_COLUMNS` and the :data:`IDENTITY_SETTINGS` keys.
    """
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found: Rows = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            if except_identity:
                columns = [c for c in columns if c not in MOMENT_COLUMNS]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {listed} FROM "{name}"').fetchall()
            if except_identity and name == "settings":
                rows = [r for r in rows if r[0] not in IDENTITY_SETTINGS]
            if name == "exchange_site":
                # The exchange's counters count every write and never go back (a counter
                # handed out twice could mean two changes), so equal content differs here.
                continue
            if except_identity and name == "exchange_sites":
                # The sites' local numbers name the database's own identity too.
                own = conn.execute(
                    "SELECT value FROM settings WHERE key = ?", IDENTITY_SETTINGS
                ).fetchone()
                rows = [(n, "(own)" if own and u == own[0] else u) for n, u in rows]
            found[name] = sorted(rows, key=repr)
    conn.close()
    return found
