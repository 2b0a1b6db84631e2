"""Whether a file is a healthy SQLite database, found out without changing it.

Kept apart from :mod:`.migrations` so the check can run (it reads the whole file, in
SQLite's C code) without waiting for Alembic to load.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

from flevodesk.domain.messages import message
from flevodesk.store import crypto, location, sqlite_errors
from flevodesk.store.errors import StoreError, sqlite_reason
from flevodesk.store.medium import read_only_uri

_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


log = logging.getLogger(__name__)


class PassphraseNeeded(StoreError):
    """The file is encrypted (or damaged beyond recognition) and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            message(
                "{file} is versleuteld of beschadigd. Geef de wachtzin op "
                "(op de opdrachtregel met FLEVODESK_PASSPHRASE).",
                file=path,
            )
        )
        self.path = path


class InterruptedWrite(StoreError):
    """A write was killed half-way; a read-write opening rolls it back (not damage)."""


def check_sqlite_file(path: Path, passphrase: str | None = None) -> None:
    """Refuse a file that is not a healthy SQLite database, without changing it.

    Raises:
        StoreError: for a file that is not SQLite, is damaged, or cannot be read; for an
            encrypted file opened without passphrase, a message that asks for one.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if passphrase:
        conn: Any = crypto.connect(path, passphrase, read_only=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    else:
        try:
            conn = sqlite3.connect(read_only_uri(path), uri=True)
            try:
                result = conn.execute("PRAGMA quick_check").fetchall()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            if crypto.looks_encrypted(path):
                raise PassphraseNeeded(path) from exc
            if _interrupted_write(exc):
                raise InterruptedWrite(
                    message(
                        "In {file} is een schrijfactie onderbroken (het journaal staat er nog "
                        "naast). Open de database met FlevoDesk: dat draait de onafgemaakte "
                        "wijziging terug, zoals elk SQLite-programma; de controle verandert "
                        "niets.",
                        file=path,
                    )
                ) from exc
            # Only SQLite's own verdict calls a file damaged: a disk that cannot be read or a
            # folder that refuses the lock files is something else, and said so.
            if sqlite_errors.primary_code(exc) not in (None, *_DAMAGED):
                raise StoreError(sqlite_errors.describe_message(exc, path) or str(path)) from exc
            raise StoreError(
                message("{file} is geen FlevoDesk-database of is beschadigd.", file=path)
            ) from exc
    if result != [("ok",)]:
        # SQLite's findings are English and technical: the log keeps them, the user reads
        # what they mean and what to do.
        log.warning("quick_check of %s: %s", path, "; ".join(row[0] for row in result[:10]))
        if len(result) == 1:
            raise StoreError(
                message(
                    "{file} is beschadigd: de controle vond 1 fout in het bestand. Zet een "
                    "reservekopie terug (flevodesk check noemt de nieuwste goede).",
                    file=path,
                )
            )
        raise StoreError(
            message(
                "{file} is beschadigd: de controle vond {count} fouten in het bestand. Zet een "
                "reservekopie terug (flevodesk check noemt de nieuwste goede).",
                file=path,
                count=len(result),
            )
        )


def _interrupted_write(exc: BaseException) -> bool:
    """A hot journal or WAL that only a read-write opening can play back or roll back."""
    error = sqlite_errors.sqlite_error_of(exc)
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_READONLY_ROLLBACK, sqlite3.SQLITE_READONLY_RECOVERY)


def file_is_sound(target: str | None, passphrase: str | None = None) -> bool:
    """Whether the database ``target`` names (as ``--db`` would) passed the check just now.

    ``False`` means only "not known to be sound": opening the database then checks again
    and explains in Dutch what is wrong. The GUI runs this beside importing the data layer,
    which it overlaps with because SQLite reads the file without holding Python's GIL.
    """
    path = location.sqlite_file(location.resolve_target(target))
    if path is None:
        return False
    try:
        check_sqlite_file(path, passphrase)
    except Exception:  # whatever it was, opening checks again and says what in Dutch
        return False
    return True


class BackgroundCheck:
    """The whole-file check of a database already in use, on a thread of its own.

    SQLite reads the file in C without Python's GIL, so the first page shows while it
    runs. Writes wait for its verdict (:meth:`Database.write` calls :meth:`wait`): a
    damaged page found late still stops every change.
    """

    def __init__(self, path: Path, passphrase: str | None) -> None:
        self.path = path
        self._error: StoreError | None = None
        self._thread = threading.Thread(
            target=self._run, args=(passphrase,), name="flevodesk-check"
        )
        self._thread.start()

    def _run(self, passphrase: str | None) -> None:
        try:
            check_sqlite_file(self.path, passphrase)
        except StoreError as exc:
            self._error = exc
        except Exception as exc:  # an unreadable disk: not known sound, so no writes
            self._error = StoreError(
                message(
                    "{file} kon niet helemaal worden gelezen ({reason}); "
                    "er wordt niets in opgeslagen.",
                    file=self.path,
                    reason=sqlite_reason(exc),
                )
            )

    def wait(self) -> None:
        """Return once the check has passed.

        Raises:
            StoreError: the check's Dutch verdict on a damaged or unreadable file.
        """
        self._thread.join()
        if self._error is not None:
            raise self._error
