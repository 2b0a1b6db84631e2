"""Back up the database while the program runs, and restore a backup safely.

A backup goes through SQLite's online backup API, which copies a consistent snapshot
while other connections read and write. A restore over a sound database writes into it
through the same API, under SQLite's own locks, after keeping a copy of it; over a file
that is damaged (or cannot be opened at all) the file is moved aside with its journal and
WAL, never changed, and the restored copy is renamed into its place.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flevodesk.domain.messages import Message, message
from flevodesk.services.errors import ServiceError
from flevodesk.services.unit_of_work import note_everything_changed
from flevodesk.store import crypto, location
from flevodesk.store.backup import (
    DEFAULT_KEEP_DAILY,
    BackupInfo,
    backup_file,
    backup_name,
    copy_database,
    list_backups,
)
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError
from flevodesk.store.identity import (
    belongs_to,
    identity_of,
    indexed_fingerprint,
    read_fingerprint,
    read_identity,
)
from flevodesk.store.integrity import check_sqlite_file
from flevodesk.store.migrations import SchemaInfo, SchemaState, inspect_schema, upgrade
from flevodesk.store.os_errors import reason_message
from flevodesk.store.restoring import finish_interrupted_restore, prepare_copy, put_in_place

#: Why the program moved a file aside into the backups folder.
DAMAGED_TAG = "beschadigd"


class BackupPassphraseNeeded(ServiceError):
    """The backup does not open with the database's passphrase: ask the backup's own."""


class WrongBackupPassphrase(BackupPassphraseNeeded):
    """The passphrase given for the backup does not open it either."""


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the previous database was kept, and the schema restored.

    ``passphrase`` opens the restored database: the current one, or the backup's own when
    the database had none (an encrypted backup is never decrypted on the way in).
    ``other_database`` says the backup belongs to another database than the one replaced.
    """

    kept_copy: Path | None
    restored_revision: str | None
    upgraded: bool
    passphrase: str | None = None
    other_database: bool = False


def backup_folder() -> Path:
    """Where the program keeps its backups (and a copy of a database it replaces)."""
    return location.backup_dir()


def default_backup_path(db: Database) -> Path:
    """A file in the database's backup folder named after the database and the moment."""
    return backup_name(_sqlite_path(db), location.backup_dir(), "handmatig", db.passphrase)


def backup_database(db: Database, target: Path | None = None) -> Path:
    """Copy the database to ``target`` (default: the backup folder) while it may be in use.

    Raises:
        ServiceError: for a database that is not a SQLite file, or a copy that fails.
    """
    source = _sqlite_path(db)
    if not source.exists():
        raise ServiceError(message("{file} bestaat niet.", file=source))
    target = target or default_backup_path(db)
    if target.resolve() == source.resolve():
        raise ServiceError(
            message("Kies voor de reservekopie een ander bestand dan de database zelf.")
        )
    try:
        return backup_file(source, target, db.passphrase)
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc


def check_backup(source: Path, passphrase: str | None = None) -> SchemaInfo:
    """Make sure ``source`` is a FlevoDesk database this version can use, changing nothing.

    A backup of an encrypted database is encrypted with the same ``passphrase``.

    Raises:
        ServiceError: with a clear Dutch reason when it is not.
    """
    if not source.is_file():
        raise ServiceError(message("{file} bestaat niet.", file=source))
    if source.stat().st_size == 0:
        raise ServiceError(message("{file} is leeg en dus geen FlevoDesk-database.", file=source))
    candidate = Database(f"sqlite:///{source.resolve()}", read_only=True, passphrase=passphrase)
    try:
        check_sqlite_file(source, passphrase)
        info = inspect_schema(candidate)
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc
    except Exception as exc:  # SQLAlchemy wraps "file is not a database" in its own errors
        raise ServiceError(_foreign(source)) from exc
    finally:
        candidate.dispose()
    if info.state in {SchemaState.EMPTY, SchemaState.FOREIGN}:
        raise ServiceError(_foreign(source))
    if info.state is SchemaState.NEWER:
        raise ServiceError(
            message(
                "{file} is gemaakt met een nieuwere versie van FlevoDesk; "
                "werk FlevoDesk eerst bij.",
                file=source,
            )
        )
    return info


def _foreign(source: Path) -> Message:
    return message("{file} is geen FlevoDesk-database.", file=source)


def _backup_key(source: Path, current: str | None, given: str | None) -> str | None:
    """The passphrase that opens ``source``: the database's own first, else ``given``.

    Raises:
        BackupPassphraseNeeded: when neither opens it (and it looks encrypted).
    """
    if not source.is_file() or not crypto.looks_encrypted(source):
        return None
    tries = [p for p in (current, given) if p]
    if tries and not crypto.sqlcipher_available():
        raise ServiceError(
            message("Versleuteling is niet beschikbaar: sqlcipher3 is niet geïnstalleerd.")
        )
    for passphrase in tries:
        with contextlib.suppress(StoreError):
            crypto.connect(source, passphrase, read_only=True).close()  # type: ignore[attr-defined]
            return passphrase
    if given:
        raise WrongBackupPassphrase(
            message("De wachtzin voor de reservekopie {file} klopt niet.", file=source)
        )
    raise BackupPassphraseNeeded(
        message(
            "{file} opent niet met de wachtzin van de database; geef de wachtzin op die gold "
            "toen deze reservekopie werd gemaakt.",
            file=source,
        )
    )


def restore_database(
    db: Database, source: Path, *, backup_passphrase: str | None = None
) -> RestoreResult:
    """Replace the database's content by the backup ``source``.

    The backup is checked first. A sound database is copied to the backup folder and then
    overwritten under SQLite's locks; a damaged one (or one the passphrase does not open)
    is moved aside into the backup folder with its companions, never changed. A backup
    that does not open with the database's passphrase opens with ``backup_passphrase`` and
    is re-keyed to the database's passphrase on the way in. An older backup is upgraded
    afterwards. The engine's pooled connections are closed so the next session sees the
    restored data.

    Raises:
        BackupPassphraseNeeded: when the backup needs its own passphrase (nothing changes).
        ServiceError: when ``source`` is not a usable FlevoDesk database (nothing changes).
    """
    target = _sqlite_path(db)
    if target.exists() and source.exists() and source.resolve() == target.resolve():
        raise ServiceError(message("Dit is de database zelf; kies een reservekopie."))
    finish_interrupted_restore(target)
    key = _backup_key(source, db.passphrase, backup_passphrase)
    info = check_backup(source, key)
    passphrase = db.passphrase or key
    own = identity_of(target, location.backup_dir(), db.passphrase)
    other = own is not None and read_identity(source, key) not in (None, own)
    db.dispose()
    kept: Path | None
    if passphrase == db.passphrase and _is_sound(target, db.passphrase):
        kept = _restore_into_live_file(source, target, key, passphrase)
    else:
        kept = _restore_beside(source, target, key, passphrase)
    db.dispose()
    # The whole file changed, so every open view reloads whatever it shows.
    note_everything_changed()
    upgraded = False
    if info.state is SchemaState.OLDER:
        restored = Database(db.url, passphrase=passphrase)
        try:
            upgrade(restored, None)
        except StoreError as exc:
            raise ServiceError(exc.translatable) from exc
        finally:
            restored.dispose()
        upgraded = True
    return RestoreResult(kept, info.revision, upgraded, passphrase, other)


def restored_handle(db: Database, result: RestoreResult) -> Database | None:
    """A handle that opens the restored database when ``db``'s passphrase no longer does
    (an encrypted backup put in place of a plain database); ``None`` when ``db`` still does.
    """
    if result.passphrase == db.passphrase:
        return None
    return Database(db.url, passphrase=result.passphrase)


def _is_sound(target: Path, passphrase: str | None) -> bool:
    if not target.exists() or target.stat().st_size == 0:
        return False
    try:
        check_sqlite_file(target, passphrase)
    except Exception:  # any failure to read it whole: treat it as damaged
        return False
    return True


def _restore_into_live_file(
    source: Path, target: Path, key: str | None, passphrase: str | None
) -> Path:
    try:
        name = backup_name(target, location.backup_dir(), "voor-herstel", passphrase)
        kept = backup_file(target, name, passphrase)
    except StoreError as exc:
        raise ServiceError(
            message(
                "Kan geen kopie van de huidige database maken, dus er is niets hersteld: {reason}",
                reason=exc.translatable,
            )
        ) from exc
    try:
        prepared = prepare_copy(source, target, key, passphrase) if key != passphrase else None
        try:
            copy_database(prepared or source, target, passphrase)
        finally:
            if prepared is not None:
                prepared.unlink(missing_ok=True)
    except Exception as exc:  # sqlite3 and sqlcipher3 raise unrelated error classes
        raise ServiceError(
            message(
                "Herstellen mislukt, de database is niet gewijzigd; de kopie van vóór het "
                "herstel staat in {kept}.",
                kept=kept,
            )
        ) from exc
    return kept


def _restore_beside(
    source: Path, target: Path, key: str | None, passphrase: str | None
) -> Path | None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        prepared = prepare_copy(source, target, key, passphrase)
    except StoreError as exc:
        raise ServiceError(
            message("Herstellen mislukt, er is niets gewijzigd: {reason}", reason=exc.translatable)
        ) from exc
    aside = backup_name(target, location.backup_dir(), DAMAGED_TAG, passphrase, free=True)
    try:
        return put_in_place(prepared, target, aside)
    except OSError as exc:
        raise ServiceError(
            message(
                "Herstellen van {file} is onderbroken ({reason}); het wordt afgemaakt "
                "zodra FlevoDesk de database weer opent.",
                file=target,
                reason=reason_message(exc),
            )
        ) from exc


def _sqlite_path(db: Database) -> Path:
    if db.path is None:
        raise ServiceError(
            message("Reservekopieën en herstellen werken alleen met een databasebestand (SQLite).")
        )
    return db.path


def backups_of(target: Path, passphrase: str | None = None) -> list[BackupInfo]:
    """The backups of the database at ``target``, newest first; none when it is unknown."""
    identity = identity_of(target, location.backup_dir(), passphrase)
    return list_backups(location.backup_dir(), identity) if identity else []


def _good_backups(target: Path, passphrase: str | None) -> Iterator[BackupInfo]:
    """Backups of ``target`` that prove to be its own and pass their check, newest first."""
    folder = location.backup_dir()
    identity = identity_of(target, folder, passphrase)
    if identity is None:
        return
    fingerprint = read_fingerprint(target, passphrase) or indexed_fingerprint(folder, identity)
    for candidate in list_backups(folder, identity):
        if candidate.reason == DAMAGED_TAG:
            continue  # what an earlier repair moved aside because it could not be used
        if not belongs_to(candidate.path, identity, fingerprint, passphrase):
            continue  # filed here by hand, or damaged: its content must say whose it is
        try:
            check_backup(candidate.path, passphrase)
        except ServiceError:
            continue
        yield candidate


def newest_good_backup(target: Path, passphrase: str | None = None) -> Path | None:
    """The newest backup of the database at ``target`` that can be restored, if any."""
    return next((b.path for b in _good_backups(target, passphrase)), None)


def restore_newest_good_backup(target: Path, passphrase: str | None = None) -> Path:
    """Put the newest good backup of this very database in place of an unusable file.

    The unusable file is moved into the backup folder with its ``-journal``, ``-wal`` and
    ``-shm`` (renamed, never changed), so nothing is lost even if it was the last copy of
    some data.

    Returns:
        The backup that was restored.

    Raises:
        ServiceError: when no backup of this database passes the check.
    """
    finish_interrupted_restore(target)
    backup = newest_good_backup(target, passphrase)
    if backup is None:
        raise ServiceError(
            message(
                "Er is geen bruikbare reservekopie van {file} gevonden in {folder}.",
                file=target,
                folder=location.backup_dir(),
            )
        )
    _restore_beside(backup, target, passphrase, passphrase)
    note_everything_changed()
    return backup


__all__ = [
    "DEFAULT_KEEP_DAILY",
    "BackupInfo",
    "BackupPassphraseNeeded",
    "RestoreResult",
    "WrongBackupPassphrase",
    "backup_database",
    "backup_folder",
    "backups_of",
    "check_backup",
    "default_backup_path",
    "newest_good_backup",
    "restore_database",
    "restore_newest_good_backup",
    "restored_handle",
]
