"""Removing erased values from the database file itself, and finishing that later if a
reader stood in the way.

Anonymising changes the rows, but SQLite keeps the old page versions in the main file as
long as the write-ahead log is not checkpointed into it, and a checkpoint cannot overwrite
a page that another program's open read transaction may still read. So after the change:
VACUUM rewrites the file without free pages (``secure_delete`` zeroes what is freed), and a
TRUNCATE checkpoint copies the result over the old pages and empties the log. The
checkpoint waits a bounded time for readers to finish; when they do not, the scrub is
recorded as pending in the ``settings`` table (in the same transaction as the
anonymisation, so a kill cannot lose it) and finished the next time the database opens.

A server (PostgreSQL) keeps old row versions until VACUUM removes them: VACUUM FULL
rewrites the tables an erasure changed, and their indexes, without them. It waits a
bounded time for colleagues' transactions on those tables, and only the tables' owner (the
administrator's role) may run it; otherwise the scrub stays pending the same way.
"""

from __future__ import annotations

import contextlib
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from flevodesk.domain.messages import message
from flevodesk.domain.privacy import Setting
from flevodesk.store import atomic, location
from flevodesk.store.database import BUSY_TIMEOUT_MS, Database

#: The ``settings`` key whose presence says a scrub is still to be done (value: since when).
PENDING_KEY = "erasure_scrub_pending"
#: How long an erasure waits for other programs' readers before it says it could not.
ERASE_WAIT_S = 5.0
#: How long opening the database waits for readers to finish a pending scrub.
OPEN_WAIT_S = 1.0
#: Each checkpoint attempt waits this long for readers (milliseconds) before trying again.
_ATTEMPT_MS = 200

#: What the user is told when the file still holds the old values.
PENDING_MESSAGE = message(
    "Let op: de oude gegevens staan nog in het databasebestand, meestal omdat een ander "
    "programma de database nog leest; sluit dat programma. Het opruimen wordt afgemaakt "
    "zodra FlevoDesk de database weer opent."
)
#: The same for a database on a server.
PENDING_SERVER_MESSAGE = message(
    "Let op: oude versies van de gegevens staan nog in de database op de teamserver, omdat "
    "collega's de tabellen nog gebruikten of omdat alleen de beheerder ze mag opruimen. Het "
    "opruimen (VACUUM FULL) wordt afgemaakt zodra de beheerder FlevoDesk opent."
)
#: The tables an erasure changes, which a server's VACUUM FULL rewrites: the search's prefix
#: table (migration 0012) keeps each person's folded name, and the exchange's conflicts about
#: the person, with their values, go with the erasure.
ERASED_TABLES = (
    *("persons", "person_merges", "person_changes", "consents", "vog_records"),
    *("person_search_prefixes", "exchange_conflicts"),
)


def mark_pending(session: Session) -> None:
    """Record, inside the caller's transaction, that the file still has to be scrubbed."""
    session.merge(Setting(key=PENDING_KEY, value=datetime.now(UTC).isoformat()))


def is_pending(db: Database) -> bool:
    """Whether an erasure's scrub has not been finished yet."""
    with db.read() as session:
        return session.get(Setting, PENDING_KEY) is not None


def scrub_file(db: Database, wait_s: float | None = None) -> bool:
    """Scrub freed pages and the write-ahead log; clear the pending mark when that worked.

    Returns:
        Whether the file no longer holds old page versions; ``False`` when readers kept the
        checkpoint from finishing within ``wait_s`` (default :data:`ERASE_WAIT_S`) or a
        writer kept VACUUM out. The pending mark then stays.
    """
    if db.read_only:
        return True
    wait = ERASE_WAIT_S if wait_s is None else wait_s
    if db.engine.dialect.name != "sqlite":
        return _vacuum_server(db, wait)
    driver_error: type[Exception] = db.engine.dialect.loaded_dbapi.Error
    with db.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        try:
            raw.execute("PRAGMA secure_delete=ON")
            raw.execute("VACUUM")
            if not _checkpoint(raw, wait):
                return False
            # The mark goes like any write: waiting for another writer as long as usual.
            raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            raw.execute("DELETE FROM settings WHERE key = ?", (PENDING_KEY,))
            # Only the mark's own page is in the log now; it holds nothing personal.
            _checkpoint(raw, 0)
        except driver_error:  # a writer kept VACUUM out, or the disk refused
            return False
        finally:
            with contextlib.suppress(driver_error):
                raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return True


def _vacuum_server(db: Database, wait_s: float) -> bool:
    """VACUUM FULL of :data:`ERASED_TABLES`, then the pending mark removed; ``False`` when
    this role does not own them or a colleague's transaction held them past ``wait_s``."""
    tables = ", ".join(ERASED_TABLES)
    owned = text(
        "SELECT bool_and(pg_has_role(current_user, relowner, 'USAGE')) FROM pg_class "
        "WHERE relkind = 'r' AND relname = ANY(:tables) AND pg_table_is_visible(oid)"
    )
    # VACUUM runs outside a transaction; without the owner's rights it skips a table with
    # no more than a warning, so the rights are asked first.
    engine = db.engine.execution_options(isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        if not conn.execute(owned, {"tables": list(ERASED_TABLES)}).scalar():
            return False
        conn.execute(text(f"SET lock_timeout = {max(1, int(wait_s * 1000))}"))
        try:
            conn.execute(text(f"VACUUM FULL {tables}"))
        except DBAPIError:  # lock_timeout: colleagues' transactions still use the tables
            return False
        finally:
            conn.execute(text("RESET lock_timeout"))
        conn.execute(text("DELETE FROM settings WHERE key = :key"), {"key": PENDING_KEY})
    return True


def _checkpoint(raw: Any, wait_s: float) -> bool:
    """A TRUNCATE checkpoint, tried until it completes or ``wait_s`` has passed."""
    deadline = time.monotonic() + wait_s
    while True:
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        raw.execute(f"PRAGMA busy_timeout={max(0, min(remaining_ms, _ATTEMPT_MS))}")
        busy, log_frames, copied = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy == 0 and log_frames == copied:
            return True
        if remaining_ms <= 0:
            return False
        time.sleep(min(0.05, max(remaining_ms, 0) / 1000))


def finish_pending_work(db: Database) -> None:
    """What an earlier run left unfinished, done when the database opens.

    Removes temporary files a killed write left beside the database and in the data
    folder, and finishes an erasure's scrub that readers held up (silently: it stays
    pending when they still do).
    """
    folders = {location.data_dir()} | ({db.path.parent} if db.path is not None else set())
    for folder in folders:
        atomic.remove_leftovers(folder)
    if db.read_only:
        return
    if is_pending(db):
        if db.check is not None:
            db.check.wait()  # VACUUM rewrites every page: not before the file proved sound
        scrub_file(db, OPEN_WAIT_S)


__all__ = [
    "ERASE_WAIT_S",
    "OPEN_WAIT_S",
    "PENDING_KEY",
    "PENDING_MESSAGE",
    "PENDING_SERVER_MESSAGE",
    "finish_pending_work",
    "is_pending",
    "mark_pending",
    "scrub_file",
]
