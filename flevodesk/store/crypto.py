"""Encryption at rest with SQLCipher, for those who choose it.

Everything here imports ``sqlcipher3`` only when called, so an unencrypted database keeps
working on a machine without the package's native part.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sqlite3
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

from flevodesk.domain.messages import Message, message
from flevodesk.store.atomic import fsync_file, fsync_folder
from flevodesk.store.companions import companions_of, remove_companions
from flevodesk.store.errors import StoreError, sqlite_reason
from flevodesk.store.medium import read_only_uri
from flevodesk.store.os_errors import reason_message

SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY_MS = 5000
#: SQLCipher 4's defaults, with which every encrypted file of FlevoDesk is made.
_KDF_ITERATIONS = 256_000
_KEY_BYTES = 32
_SALT_BYTES = 16


def sqlcipher() -> ModuleType:
    """The ``sqlcipher3`` DB-API module.

    Raises:
        StoreError: when it is not installed.
    """
    try:
        return import_module("sqlcipher3")
    except ImportError as exc:
        raise StoreError(
            message(
                "Versleuteling is niet beschikbaar: het onderdeel sqlcipher3 is niet geïnstalleerd."
            )
        ) from exc


def sqlcipher_available() -> bool:
    """Whether encrypted databases can be opened on this machine."""
    try:
        sqlcipher()
    except StoreError:
        return False
    return True


def looks_encrypted(path: Path) -> bool:
    """A non-empty file without the plain SQLite header, sized in whole pages.

    SQLCipher encrypts the header too, so an encrypted file and random bytes look alike;
    the size test only rules out most text files.
    """
    if not path.exists():
        return False
    size = path.stat().st_size
    if size == 0 or size % 512:
        return False
    with path.open("rb") as handle:
        return handle.read(16) != SQLITE_HEADER


def has_plain_header(path: Path) -> bool:
    """Whether ``path`` starts as an unencrypted SQLite database does."""
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal for ``PRAGMA key``."""
    return "'" + passphrase.replace("'", "''") + "'"


def salt_of(path: Path) -> bytes | None:
    """The key-derivation salt SQLCipher keeps in the first bytes of an encrypted file."""
    if not looks_encrypted(path):
        return None
    with path.open("rb") as handle:
        salt = handle.read(_SALT_BYTES)
    return salt if len(salt) == _SALT_BYTES else None


@functools.lru_cache(maxsize=8)
def _derived(passphrase: str, salt: bytes) -> str:
    # The 80-300 ms of an opening, done once per file and passphrase in a process: every
    # pooled connection, check, identity read and backup reuses it.
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, _KDF_ITERATIONS)
    return f"x'{key[:_KEY_BYTES].hex()}{salt.hex()}'"


def key_for(path: Path, passphrase: str, salt_from: Path | None = None) -> str:
    """What ``PRAGMA key`` takes for ``path``: the derived raw key when its salt is known.

    The salt comes from ``path`` itself, else (for a copy about to be written) from
    ``salt_from``, so the copy gets the same key and salt and the same passphrase opens it.
    For a new file with no salt to borrow the passphrase itself is returned, and SQLCipher
    derives a key with a fresh salt. Never log or show the result: it opens the database.
    """
    salt = salt_of(path) or (salt_from and salt_of(salt_from))
    return _derived(passphrase, salt) if salt else passphrase


def key_pragma(key: str) -> str:
    """``key`` (from :func:`key_for`) as the SQL literal of ``PRAGMA key``/``ATTACH KEY``."""
    if key.startswith("x'"):
        return '"' + key + '"'  # SQLCipher's raw-key form: no derivation at all
    return quote(key)


def connect(
    path: Path, passphrase: str, *, read_only: bool = False, salt_from: Path | None = None
) -> object:
    """A raw SQLCipher connection, keyed (see :func:`key_for`) and checked.

    Raises:
        StoreError: for a wrong passphrase (or a file that is no database at all).
    """
    module = sqlcipher()
    target = read_only_uri(path) if read_only else str(path)
    key = key_for(path, passphrase, salt_from)
    conn = module.connect(target, uri=read_only)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        # A wrong key reads as "not a database"; a disk or folder that refuses is not one.
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF not in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            raise StoreError(
                message("Kan {file} niet openen: {reason}.", file=path, reason=sqlite_reason(exc))
            ) from exc
        raise WrongPassphrase(path) from exc
    return conn


def open_file(path: Path, passphrase: str | None = None, *, read_only: bool = False) -> Any:
    """A DB-API connection to ``path``: keyed with SQLCipher when there is a ``passphrase``,
    plain ``sqlite3`` otherwise; ``read_only`` reads without writing anything, also beside
    the file (see :func:`flevodesk.store.medium.read_only_uri`).

    Raises:
        StoreError: for a wrong passphrase (plain files raise ``sqlite3`` errors on use).
    """
    if passphrase:
        return connect(path, passphrase, read_only=read_only)
    if read_only:
        return sqlite3.connect(read_only_uri(path), uri=True)
    return sqlite3.connect(path)


class WrongPassphrase(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            message("De wachtzin voor {file} klopt niet (of het bestand is beschadigd).", file=path)
        )


#: Beside the database while it is being encrypted, or re-keyed; the name says which.
ENCRYPTING_SUFFIX = ".versleutelen"
REKEYING_SUFFIX = ".nieuwe-wachtzin"
#: What a failure leaves: the original, whose header (journal mode) may have changed.
_STILL = {
    ENCRYPTING_SUFFIX: (
        message("Versleutelen"),
        message("de database is nog onversleuteld en compleet"),
    ),
    REKEYING_SUFFIX: (message("Wijzigen van de wachtzin"), message("de oude wachtzin geldt nog")),
}
#: A passphrase that protects nothing.
_EMPTY = message("Een lege wachtzin beschermt niets; kies een wachtzin.")


def encrypt_file(path: Path, passphrase: str) -> None:
    """Turn a plain database into an encrypted one in place (see :func:`rewrite_encrypted`).

    Raises:
        StoreError: when the file is already encrypted or cannot be converted.
    """
    if not passphrase:
        raise StoreError(_EMPTY)
    if looks_encrypted(path):
        raise StoreError(message("{file} is al versleuteld.", file=path))
    rewrite_encrypted(path, None, passphrase, ENCRYPTING_SUFFIX)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Give an encrypted database a new passphrase (see :func:`rewrite_encrypted`).

    Not ``PRAGMA rekey``: that rewrites the file in place, and a kill left a hot journal
    that only a read-write opening with the old passphrase could roll back.

    Raises:
        WrongPassphrase: when ``old`` does not open it.
        StoreError: for an empty new passphrase, or a copy that fails (the old passphrase
            then still opens the database, with all its data).
    """
    if not new:
        raise StoreError(_EMPTY)
    rewrite_encrypted(path, old, new, REKEYING_SUFFIX)


def rewrite_encrypted(path: Path, old: str | None, new: str, suffix: str) -> None:
    """Replace ``path`` by a copy encrypted with ``new``, atomically.

    The copy is written beside it (``sqlcipher_export``), checked (opens with ``new``,
    ``quick_check``, the same rows in every table), flushed to the disk and only then
    renamed over the original. A kill at any moment leaves the original (opened by ``old``,
    or plain when ``old`` is ``None``) or the complete copy, with a leftover copy that
    :func:`remove_unfinished` takes away.

    Raises:
        WrongPassphrase: when ``old`` does not open ``path``.
        StoreError: when another program has the database open, or the copy fails; the
            original is then unchanged.
    """
    module = sqlcipher()
    partial = path.with_name(path.name + suffix)
    _remove_with_companions(partial)
    conn: Any = connect(path, old) if old else module.connect(str(path))
    try:
        counts = _copy_encrypted(conn, path, partial, new)
    except module.Error as exc:
        _remove_with_companions(partial)
        action, still = _STILL[suffix]
        raise _failed(action, path, sqlite_reason(exc), still) from exc
    finally:
        conn.close()
    action, still = _STILL[suffix]
    try:
        _verify(partial, new, counts, still)
        fsync_file(partial)
        _clear_companions(path)
        os.replace(partial, path)
    except OSError as exc:
        _remove_with_companions(partial)
        raise _failed(action, path, reason_message(exc), still) from exc
    except BaseException:
        _remove_with_companions(partial)
        raise
    fsync_folder(path.parent)


def _failed(action: Message, path: Path, reason: Message, still: Message) -> StoreError:
    return StoreError(
        message(
            "{action} van {file} mislukt: {reason}; {still}.",
            action=action,
            file=path,
            reason=reason,
            still=still,
        )
    )


def _clear_companions(path: Path) -> None:
    """Remove what the closed original left beside it, so none of it meets the new file.

    In rollback-journal mode and closed, it has no WAL and no journal; one with content
    now means another program wrote meanwhile, and then the original stays.
    """
    for companion in companions_of(path):
        if not companion.name.endswith("-shm") and companion.stat().st_size > 0:
            raise _in_use(path)
    remove_companions(path)


def _copy_encrypted(conn: Any, path: Path, partial: Path, new: str) -> dict[str, int]:
    """Export ``conn``'s database into ``partial`` keyed with ``new``; its row counts."""
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
    # Leaving WAL puts every committed page into the file itself, and SQLite allows it
    # only to the one connection there is, so no other program writes while we copy.
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlcipher().OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise  # a read-only folder or a full disk, which the caller translates
        mode = "locked"
    if str(mode).lower() != "delete":
        raise _in_use(path)
    counts = row_counts(conn)
    conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {quote(new)}", (str(partial),))
    conn.execute("SELECT sqlcipher_export('rekeyed')")
    # sqlcipher_export copies tables and rows, not these header fields.
    for pragma in ("user_version", "application_id"):
        value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
        conn.execute(f"PRAGMA rekeyed.{pragma} = {value}")
    conn.execute("DETACH DATABASE rekeyed")
    counts["#user_version"] = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return counts


def _in_use(path: Path) -> StoreError:
    return StoreError(
        message(
            "{file} is nog geopend in een ander venster of programma; sluit dat eerst.", file=path
        )
    )


def row_counts(conn: Any) -> dict[str, int]:
    """The number of rows in every ordinary table (search-index shadow tables included)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def _verify(partial: Path, passphrase: str, expected: dict[str, int], still: Message) -> None:
    module = sqlcipher()
    try:
        check: Any = connect(partial, passphrase, read_only=True)
    except WrongPassphrase as exc:  # the copy, not the passphrase the user typed
        raise StoreError(
            message(
                "De versleutelde kopie {file} opent niet; {still}.", file=partial.name, still=still
            )
        ) from exc
    try:
        sound = check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        counts = row_counts(check)
        counts["#user_version"] = int(check.execute("PRAGMA user_version").fetchone()[0])
    except module.Error as exc:
        raise StoreError(
            message(
                "De versleutelde kopie {file} is niet goed ({reason}); {still}.",
                file=partial.name,
                reason=sqlite_reason(exc),
                still=still,
            )
        ) from exc
    finally:
        check.close()
    if not sound or counts != expected:
        raise StoreError(
            message(
                "De versleutelde kopie {file} is niet gelijk aan het origineel; {still}.",
                file=partial.name,
                still=still,
            )
        )


def remove_unfinished(path: Path) -> list[Message]:
    """Remove copies that a killed encryption or passphrase change left beside ``path``.

    Returns:
        One sentence per unfinished change found, saying which passphrase holds.
    """
    found = []
    notes = {
        ENCRYPTING_SUFFIX: message(
            "Het versleutelen van {file} was niet afgemaakt; "
            "de database is nog onversleuteld en compleet.",
            file=path.name,
        ),
        REKEYING_SUFFIX: message(
            "Het wijzigen van de wachtzin van {file} was niet afgemaakt; "
            "de oude wachtzin geldt nog.",
            file=path.name,
        ),
    }
    for suffix, note in notes.items():
        partial = path.with_name(path.name + suffix)
        if partial.exists() or companions_of(partial):
            # One that cannot be removed (read-only folder) is harmless: the next change
            # starts by removing it, and it is never taken for the database.
            with contextlib.suppress(OSError):
                _remove_with_companions(partial)
            found.append(note)
    return found


def _remove_with_companions(path: Path) -> None:
    path.unlink(missing_ok=True)
    remove_companions(path)
