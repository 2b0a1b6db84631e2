"""Consistent copies of a SQLite database, filed per database identity in the backups folder.

The backups folder holds one subfolder per database identity (see :mod:`.identity`), named
by the identity itself; backups of the previous release lie flat in the folder and move
into their database's subfolder once their content proves whose they are.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from flevodesk.domain.messages import message
from flevodesk.store import atomic, crypto
from flevodesk.store.companions import companions_of, remove_companions
from flevodesk.store.errors import StoreError, sqlite_reason
from flevodesk.store.identity import (
    belongs_to,
    identity_of,
    is_identity,
    read_marks,
    remember,
)
from flevodesk.store.os_errors import reason_message

DAILY_TAG = "dagelijks"
DEFAULT_KEEP_DAILY = 14

_BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[\w.-]+?)\.(?:sqlite3|db|sqlite)$"
)
_STAMP = "%Y%m%d-%H%M%S"


def backup_file(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """Copy ``source`` to ``target`` while other connections may be reading or writing.

    The backup API copies a consistent snapshot, WAL contents included, which a plain file
    copy of a database in WAL mode would not. The copy is written to a temporary file beside
    ``target``, flushed and renamed, so a kill never leaves half a file under its name.

    An encrypted database is copied with the same passphrase, so its backup is encrypted too.

    Raises:
        StoreError: when either file cannot be opened or written.
    """
    try:
        with atomic.replacing(target) as partial:
            try:
                copy_database(source, partial, passphrase)
                _make_standalone(partial, passphrase)
            finally:
                remove_companions(partial)
    except StoreError:
        raise
    except OSError as exc:
        raise StoreError(
            message(
                "Kopie van {source} naar {target} mislukt: {reason}.",
                source=source,
                target=target,
                reason=reason_message(exc),
            )
        ) from exc
    except Exception as exc:  # sqlite3 and sqlcipher3 raise unrelated error classes
        raise StoreError(
            message(
                "Kopie van {source} naar {target} mislukt: {reason}.",
                source=source,
                target=target,
                reason=sqlite_reason(exc),
            )
        ) from exc
    return target


def _make_standalone(path: Path, passphrase: str | None) -> None:
    """Switch a fresh copy to a rollback journal, so reading it leaves no -wal or -shm.

    The backup API copies the source's WAL flag along; a WAL file that is only ever read
    (to list, prove or restore it) would otherwise get companions beside it each time.
    """
    conn = crypto.open_file(path, passphrase)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def copy_database(source: Path, target: Path, passphrase: str | None) -> None:
    """Copy ``source`` into ``target`` with the backup API, both with the same passphrase.

    ``target`` may be a live database: the backup API takes its write lock (waiting while
    another connection writes) and replaces its content in one transaction.
    """
    # Imported here: the GUI reads DEFAULT_KEEP_DAILY on its UI thread, which must not wait
    # for SQLAlchemy and the models that flevodesk.store.database loads.
    from flevodesk.store.database import BUSY_TIMEOUT_MS

    src: Any
    dst: Any
    src = crypto.open_file(source, passphrase, read_only=True)
    try:
        if passphrase:
            # A new copy borrows the source's salt: same key, no second derivation.
            dst = crypto.connect(target, passphrase, salt_from=source)
            dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        else:
            dst = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def folder_for(
    database: Path, folder: Path, passphrase: str | None = None, identity: str | None = None
) -> Path:
    """Where the backups of ``database`` go: its identity's subfolder, else ``folder`` itself.

    Only a database that cannot be read and was never indexed has no known identity; its
    copies stay flat, to be claimed later when their content proves whose they are. A
    caller that knows the ``identity`` saves reading it (a key derivation when encrypted).
    """
    identity = identity or identity_of(database, folder, passphrase)
    return folder / identity if identity else folder


def timestamped_backup(
    source: Path,
    folder: Path,
    reason: str,
    passphrase: str | None = None,
    *,
    identity: str | None = None,
) -> Path:
    """Back up ``source`` into its subfolder of ``folder`` under a name that says when and why."""
    target = backup_name(source, folder, reason, passphrase, identity=identity)
    return backup_file(source, target, passphrase)


def backup_name(
    source: Path,
    folder: Path,
    reason: str,
    passphrase: str | None = None,
    *,
    free: bool = False,
    identity: str | None = None,
) -> Path:
    """A backup path for ``source`` in its subfolder of ``folder``, named by moment and reason.

    ``free`` picks a name no file has yet (for a file moved aside, which must never replace
    another); otherwise a copy made in the same second replaces the one before it.
    """
    where = folder_for(source, folder, passphrase, identity)
    stamp = datetime.now().strftime(_STAMP)
    path = where / f"{source.stem}-{stamp}-{reason}{source.suffix}"
    number = 1
    while free and (path.exists() or Path(f"{path}-journal").exists()):
        number += 1
        path = where / f"{source.stem}-{stamp}-{reason}.{number}{source.suffix}"
    return path


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore dialog lists it."""

    path: Path
    created: datetime
    size: int
    reason: str


def _backups_in(folder: Path) -> list[BackupInfo]:
    """The files in ``folder`` named like backups; anything else there is ignored."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _BACKUP_NAME.match(path.name)
        if not match or path.name.startswith(atomic.TEMP_PREFIX):
            continue
        try:
            created = datetime.strptime(match["stamp"], _STAMP)
            if not path.is_file():
                continue
            size = path.stat().st_size
        except (ValueError, OSError):  # 20261345-…: not one of ours, whatever it is
            continue
        found.append(BackupInfo(path, created, size, match["reason"]))
    return found


def _newest_first(backups: list[BackupInfo]) -> list[BackupInfo]:
    return sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True)


def list_backups(folder: Path, identity: str | None = None) -> list[BackupInfo]:
    """Backups of the database ``identity`` in ``folder``, newest first.

    Without ``identity``: every backup in ``folder``, filed or flat.

    Raises:
        ValueError: for an ``identity`` that is none (a file name, as this took before).
    """
    if identity is not None and not is_identity(identity):
        raise ValueError(f"list_backups takes a database identity, not {identity!r}")
    if not folder.is_dir():
        return []
    if identity is not None:
        return _newest_first(_backups_in(folder / identity))
    found = _backups_in(folder)
    with contextlib.suppress(OSError):
        for sub in folder.iterdir():
            if is_identity(sub.name) and sub.is_dir():
                found.extend(_backups_in(sub))
    return _newest_first(found)


def register(database: Path, folder: Path, passphrase: str | None = None) -> str | None:
    """Note a database that opened well: index its identity, claim its old flat backups.

    Returns:
        Its identity, or ``None`` for a file without one.
    """
    identity, fingerprint = read_marks(database, passphrase)
    if identity is None:
        return None
    with contextlib.suppress(OSError):  # the index only helps to recognise a damaged file
        remember(folder, database, identity, fingerprint)
    claim_flat_backups(database, folder, identity, fingerprint, passphrase)
    return identity


def claim_flat_backups(
    database: Path,
    folder: Path,
    identity: str,
    fingerprint: str | None,
    passphrase: str | None = None,
) -> list[Path]:
    """Move flat backups of ``database`` into its subfolder, where their content proves it.

    A flat backup proves it belongs by its identity or, made before identities existed, by
    the moment the database's reference data was created. Flat copies of a same-named other
    database fail both, and stay where they are.
    """
    moved = []
    for backup in _backups_in(folder):
        match = _BACKUP_NAME.match(backup.path.name)
        if match is None or match["stem"] != database.stem:
            continue
        if not belongs_to(backup.path, identity, fingerprint, passphrase):
            continue
        target = folder / identity / backup.path.name
        with contextlib.suppress(OSError):
            target.parent.mkdir(exist_ok=True)
            if not target.exists():
                # A previous release's copy kept WAL mode: proving it left companions.
                for companion in companions_of(backup.path):
                    suffix = companion.name[len(backup.path.name) :]
                    os.replace(companion, Path(f"{target}{suffix}"))
                os.replace(backup.path, target)
                moved.append(target)
    return moved


def daily_backup(
    source: Path,
    folder: Path,
    *,
    keep: int = DEFAULT_KEEP_DAILY,
    today: date | None = None,
    passphrase: str | None = None,
    identity: str | None = None,
) -> Path | None:
    """Make the day's first backup of ``source`` and prune the daily copies to ``keep``.

    ``identity``, when the caller knows it, saves reading it from the file once more.

    Returns:
        The new copy, or ``None`` when today's copy already exists (or there is no file yet).
    """
    if not source.exists() or source.stat().st_size == 0:
        return None
    today = today or date.today()
    where = folder_for(source, folder, passphrase, identity)
    for leftover_folder in {where, folder}:
        atomic.remove_leftovers(leftover_folder)
    dailies = [b for b in _newest_first(_backups_in(where)) if _is_daily_of(b, source, where)]
    made = None
    if not any(b.created.date() == today for b in dailies):
        made = timestamped_backup(source, folder, DAILY_TAG, passphrase, identity=identity)
        dailies = [b for b in _newest_first(_backups_in(where)) if _is_daily_of(b, source, where)]
    for old in dailies[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
        remove_companions(old.path)
    return made


def _is_daily_of(backup: BackupInfo, source: Path, where: Path) -> bool:
    if backup.reason != DAILY_TAG:
        return False
    # A subfolder holds one database's copies only; flat, only its name can tell.
    return is_identity(where.name) or backup.path.name.startswith(f"{source.stem}-")
