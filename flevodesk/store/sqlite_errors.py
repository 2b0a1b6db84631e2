"""SQLite's refusals as messages, chosen by SQLite's error code, never by its English text.

Python 3.11's ``sqlite3`` errors carry ``sqlite_errorcode``; SQLAlchemy wraps them and keeps
the original in ``orig``. Extended codes (``SQLITE_READONLY_DBMOVED``, ``SQLITE_IOERR_WRITE``)
share the primary code in their low byte.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from flevodesk.domain.messages import Message, message

#: What went wrong, by primary result code, as a phrase without capital or full stop.
REASONS: dict[int, Message] = {
    sqlite3.SQLITE_FULL: message("de schijf is vol"),
    sqlite3.SQLITE_READONLY: message("de schijf of het bestand is beveiligd tegen schrijven"),
    sqlite3.SQLITE_PERM: message("dit is niet toegestaan (rechten)"),
    sqlite3.SQLITE_AUTH: message("dit is niet toegestaan (rechten)"),
    sqlite3.SQLITE_BUSY: message("de database is bezet door een ander programma"),
    sqlite3.SQLITE_LOCKED: message("de database is bezet door een ander programma"),
    sqlite3.SQLITE_IOERR: message("de schijf gaf een leesfout of schrijffout"),
    sqlite3.SQLITE_CANTOPEN: message(
        "het bestand is niet te openen (bestaat de map, is het geen map en is de schijf "
        "bereikbaar?)"
    ),
    sqlite3.SQLITE_CORRUPT: message("het bestand is beschadigd"),
    sqlite3.SQLITE_NOTADB: message("het bestand is geen database of is beschadigd"),
    sqlite3.SQLITE_NOMEM: message("er is te weinig werkgeheugen"),
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


def reason_message(exc: BaseException) -> Message | None:
    """What SQLite refused, as a phrase; ``None`` for an error SQLite gave no code for."""
    code = primary_code(exc)
    if code is None:
        return None
    return REASONS.get(code) or message("de database weigerde (SQLite-foutcode {code})", code=code)


def reason_of(exc: BaseException) -> str | None:
    """:func:`reason_message` as Dutch text."""
    reason = reason_message(exc)
    return None if reason is None else str(reason)


def describe_message(exc: BaseException, path: Path | str | None = None) -> Message | None:
    """One sentence naming the database and what SQLite refused, or ``None``."""
    reason = reason_message(exc)
    if reason is None:
        return None
    if path is None:
        return message("Kan de database niet gebruiken: {reason}.", reason=reason)
    return message("Kan {file} niet gebruiken: {reason}.", file=path, reason=reason)


def describe(exc: BaseException, path: Path | str | None = None) -> str | None:
    """:func:`describe_message` as one Dutch sentence, or ``None``."""
    found = describe_message(exc, path)
    return None if found is None else str(found)
