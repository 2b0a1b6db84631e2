"""Encryption at rest with SQLCipher, for those who choose it.

Everything here imports ``sqlcipher3`` only when called, so an unencrypted database keeps
working on a machine without the package's native part.
"""

from __future__ import annotations

import os
from importlib import import_module
from pathlib import Path
from types import ModuleType

from flevodesk.store.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlcipher() -> ModuleType:
    """The ``sqlcipher3`` DB-API module.

    Raises:
        StoreError: when it is not installed.
    """
    try:
        return import_module("sqlcipher3")
    except ImportError as exc:
        raise StoreError(
            "Versleuteling is niet beschikbaar: het onderdeel sqlcipher3 is niet geïnstalleerd."
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


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal for ``PRAGMA key``."""
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str, *, read_only: bool = False) -> object:
    """A raw SQLCipher connection, keyed and checked.

    Raises:
        StoreError: for a wrong passphrase (or a file that is no database at all).
    """
    module = sqlcipher()
    target = f"file:{path}?mode=ro" if read_only else str(path)
    conn = module.connect(target, uri=read_only)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        raise WrongPassphrase(path) from exc
    return conn


class WrongPassphrase(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"De wachtzin voor {path} klopt niet (of het bestand is beschadigd).")


def encrypt_file(path: Path, passphrase: str) -> None:
    """Turn a plain database into an encrypted one in place.

    The encrypted copy is written beside it and renamed over the original only when
    complete, so a crash leaves either the plain or the encrypted file, never half of one.

    Raises:
        StoreError: when the file is already encrypted or cannot be converted.
    """
    if not passphrase:
        raise StoreError("Een lege wachtzin beschermt niets; kies een wachtzin.")
    if looks_encrypted(path):
        raise StoreError(f"{path} is al versleuteld.")
    module = sqlcipher()
    partial = path.with_name(path.name + ".versleutelen")
    partial.unlink(missing_ok=True)
    conn = module.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {quote(passphrase)}", (str(partial),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    except module.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Versleutelen van {path} mislukt: {exc}") from exc
    finally:
        conn.close()
    _fsync(partial)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    partial.replace(path)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-key an encrypted database.

    Raises:
        StoreError: for a wrong old passphrase or an empty new one.
    """
    if not new:
        raise StoreError("Een lege wachtzin beschermt niets; kies een wachtzin.")
    conn = connect(path, old)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[attr-defined]
        conn.execute(f"PRAGMA rekey = {quote(new)}")  # type: ignore[attr-defined]
    finally:
        conn.close()  # type: ignore[attr-defined]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
