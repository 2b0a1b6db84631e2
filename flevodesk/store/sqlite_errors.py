"""SQLite's refusals in Dutch, chosen by SQLite's error code, never by its English text.

Python 3.11's ``sqlite3`` errors carry ``sqlite_errorcode``; SQLAlchemy wraps them and keeps
the original in ``orig``. Extended codes (``SQLITE_READONLY_DBMOVED``, ``SQLITE_IOERR_WRITE``)
share the primary code in their low byte.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: What went wrong, by primary result code, as a Dutch phrase without capital or full stop.
REASONS: dict[int, str] = {
    sqlite3.SQLITE_FULL: "de schijf is vol",
    sqlite3.SQLITE_READONLY: "de schijf of het bestand is beveiligd tegen schrijven",
    sqlite3.SQLITE_PERM: "dit is niet toegestaan (rechten)",
    sqlite3.SQLITE_AUTH: "dit is niet toegestaan (rechten)",
    sqlite3.SQLITE_BUSY: "de database is bezet door een ander programma",
    sqlite3.SQLITE_LOCKED: "de database is bezet door een ander programma",
    sqlite3.SQLITE_IOERR: "de schijf gaf een leesfout of schrijffout",
    sqlite3.SQLITE_CANTOPEN: (
        "het bestand is niet te openen (bestaat de map, is het geen map en is de schijf "
        "bereikbaar?)"
    ),
    sqlite3.SQLITE_CORRUPT: "het bestand is beschadigd",
    sqlite3.SQLITE_NOTADB: "het bestand is geen database of is beschadigd",
    sqlite3.SQLITE_NOMEM: "er is te weinig werkgeheugen",
}


def sqlite_error_of(exc: BaseException) -> BaseException | None:
    """The SQLite error behind ``exc`` (itself, SQLAlchemy's ``orig`` or a cause), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(getattr(current, "sqlite_errorcode", None), int):
            return current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code (``sqlite3.SQLITE_FULL`` ...) behind ``exc``, if known."""
    error = sqlite_error_of(exc)
    if error is None:
        return None
    code: int = getattr(error, "sqlite_errorcode")  # noqa: B009 - checked to be an int
    return code & 0xFF


def reason_of(exc: BaseException) -> str | None:
    """What SQLite refused, as a Dutch phrase; ``None`` for an error SQLite gave no code for."""
    code = primary_code(exc)
    if code is None:
        return None
    return REASONS.get(code, f"de database weigerde (SQLite-foutcode {code})")


def describe(exc: BaseException, path: Path | str | None = None) -> str | None:
    """One Dutch sentence naming the database and what SQLite refused, or ``None``."""
    reason = reason_of(exc)
    if reason is None:
        return None
    where = path if path is not None else "de database"
    return f"Kan {where} niet gebruiken: {reason}."
