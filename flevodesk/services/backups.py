"""Back up the database while the program runs, and restore a backup safely.

Both go through SQLite's online backup API, which copies a consistent snapshot while other
connections read and write, and writes into a live database under SQLite's own locks, so
a restore never leaves a window or a second program with a half-replaced file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from flevodesk.services.errors import ServiceError
from flevodesk.store import crypto, location
from flevodesk.store.backup import backup_file, list_backups, timestamped_backup
from flevodesk.store.database import BUSY_TIMEOUT_MS, Database
from flevodesk.store.errors import StoreError
from flevodesk.store.integrity import check_sqlite_file
from flevodesk.store.migrations import SchemaInfo, SchemaState, inspect_schema, upgrade


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the previous database was kept, and the schema restored."""

    kept_copy: Path | None
    restored_revision: str | None
    upgraded: bool


def default_backup_path(db: Database) -> Path:
    """A file in the backup folder named after the database and the moment."""
    path = _sqlite_path(db)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return location.backup_dir() / f"{path.stem}-{stamp}-handmatig{path.suffix}"


def backup_database(db: Database, target: Path | None = None) -> Path:
    """Copy the database to ``target`` (default: the backup folder) while it may be in use.

    Raises:
        ServiceError: for a database that is not a SQLite file, or a copy that fails.
    """
    source = _sqlite_path(db)
    if not source.exists():
        raise ServiceError(f"{source} bestaat niet.")
    target = target or default_backup_path(db)
    if target.resolve() == source.resolve():
        raise ServiceError("Kies voor de reservekopie een ander bestand dan de database zelf.")
    try:
        return backup_file(source, target, db.passphrase)
    except StoreError as exc:
        raise ServiceError(exc.message) from exc


def check_backup(source: Path, passphrase: str | None = None) -> SchemaInfo:
    """Make sure ``source`` is a FlevoDesk database this version can use, changing nothing.

    A backup of an encrypted database is encrypted with the same ``passphrase``.

    Raises:
        ServiceError: with a clear Dutch reason when it is not.
    """
    if not source.is_file():
        raise ServiceError(f"{source} bestaat niet.")
    if source.stat().st_size == 0:
        raise ServiceError(f"{source} is leeg en dus geen FlevoDesk-database.")
    candidate = Database(f"sqlite:///{source.resolve()}", read_only=True, passphrase=passphrase)
    try:
        check_sqlite_file(source, passphrase)
        info = inspect_schema(candidate)
    except StoreError as exc:
        raise ServiceError(exc.message) from exc
    except Exception as exc:  # SQLAlchemy wraps "file is not a database" in its own errors
        raise ServiceError(f"{source} is geen FlevoDesk-database.") from exc
    finally:
        candidate.dispose()
    if info.state in {SchemaState.EMPTY, SchemaState.FOREIGN}:
        raise ServiceError(f"{source} is geen FlevoDesk-database.")
    if info.state is SchemaState.NEWER:
        raise ServiceError(
            f"{source} is gemaakt met een nieuwere versie van FlevoDesk; werk FlevoDesk eerst bij."
        )
    return info


def restore_database(db: Database, source: Path) -> RestoreResult:
    """Replace the database's content by the backup ``source``.

    The backup is checked first; the current database is copied to the backup folder before
    it is overwritten; an older backup is upgraded afterwards. The engine's pooled
    connections are closed so the next session sees the restored data.

    Raises:
        ServiceError: when ``source`` is not a usable FlevoDesk database (nothing changes).
    """
    target = _sqlite_path(db)
    if target.exists() and source.resolve() == target.resolve():
        raise ServiceError("Dit is de database zelf; kies een reservekopie.")
    info = check_backup(source, db.passphrase)
    kept: Path | None = None
    if target.exists() and target.stat().st_size > 0:
        try:
            kept = timestamped_backup(target, location.backup_dir(), "voor-herstel", db.passphrase)
        except StoreError as exc:
            raise ServiceError(
                f"Kan geen kopie van de huidige database maken, dus er is niets hersteld: "
                f"{exc.message}"
            ) from exc
    db.dispose()
    try:
        _copy_into(source, target, db.passphrase)
    except (sqlite3.Error, StoreError) as exc:
        raise ServiceError(f"Herstellen mislukt ({exc}); de kopie staat in {kept}.") from exc
    finally:
        db.dispose()
    upgraded = False
    if info.state is SchemaState.OLDER:
        try:
            upgrade(db, None)
        except StoreError as exc:
            raise ServiceError(exc.message) from exc
        upgraded = True
    return RestoreResult(kept, info.revision, upgraded)


def _copy_into(source: Path, target: Path, passphrase: str | None) -> None:
    src: Any
    dst: Any
    if passphrase:
        src = crypto.connect(source, passphrase, read_only=True)
    else:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        if passphrase:
            dst = crypto.connect(target, passphrase)
            dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        else:
            dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            # The backup API takes the destination's write lock and retries while busy.
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _sqlite_path(db: Database) -> Path:
    if db.path is None:
        raise ServiceError(
            "Reservekopieën en herstellen werken alleen met een databasebestand (SQLite)."
        )
    return db.path


def restore_newest_good_backup(target: Path, passphrase: str | None = None) -> Path:
    """Put the newest backup that passes its check in place of an unusable database.

    The unusable file is moved into the backup folder (renamed, never changed), so nothing
    is lost even if it was the last copy of some data.

    Returns:
        The backup that was restored.

    Raises:
        ServiceError: when no backup of this database passes the check.
    """
    for candidate in list_backups(location.backup_dir(), target.stem):
        try:
            check_backup(candidate.path, passphrase)
        except ServiceError:
            continue
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        if target.exists():
            aside = location.backup_dir() / f"{target.stem}-{stamp}-beschadigd{target.suffix}"
            target.replace(aside)
            for suffix in ("-wal", "-shm"):
                companion = Path(f"{target}{suffix}")
                if companion.exists():
                    companion.replace(Path(f"{aside}{suffix}"))
        try:
            backup_file(candidate.path, target, passphrase)
        except StoreError as exc:
            raise ServiceError(exc.message) from exc
        return candidate.path
    raise ServiceError(
        f"Er is geen bruikbare reservekopie van {target.name} gevonden in {location.backup_dir()}."
    )
