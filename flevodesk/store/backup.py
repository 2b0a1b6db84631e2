"""Consistent copies of a SQLite database through SQLite's online backup API."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from flevodesk.store import crypto
from flevodesk.store.errors import StoreError


def backup_file(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """Copy ``source`` to ``target`` while other connections may be reading or writing.

    The backup API copies a consistent snapshot, WAL contents included, which a plain file
    copy of a database in WAL mode would not.

    An encrypted database is copied with the same passphrase, so its backup is encrypted too.

    Raises:
        StoreError: when either file cannot be opened or written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        if passphrase:
            src: Any = crypto.connect(source, passphrase, read_only=True)
        else:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst: Any = (
                crypto.connect(partial, passphrase) if passphrase else sqlite3.connect(partial)
            )
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        # Rename only when the copy is complete, so a half-written file never looks valid.
        partial.replace(target)
    except StoreError:
        partial.unlink(missing_ok=True)
        raise
    except Exception as exc:  # sqlite3 and sqlcipher3 raise unrelated error classes
        partial.unlink(missing_ok=True)
        raise StoreError(f"Kopie van {source} naar {target} mislukt: {exc}") from exc
    return target


def timestamped_backup(
    source: Path, folder: Path, reason: str, passphrase: str | None = None
) -> Path:
    """Back up ``source`` into ``folder`` under a name that says when and why."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-{stamp}-{reason}{source.suffix}"
    return backup_file(source, target, passphrase)


DAILY_TAG = "dagelijks"
DEFAULT_KEEP_DAILY = 14


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore dialog lists it."""

    path: Path
    created: datetime
    size: int
    reason: str


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in ``folder``, newest first; only those of database ``stem`` when given."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _BACKUP_NAME.match(path.name)
        if not match or (stem is not None and match["stem"] != stem):
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path, created, path.stat().st_size, match["reason"]))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def daily_backup(
    source: Path,
    folder: Path,
    *,
    keep: int = DEFAULT_KEEP_DAILY,
    today: date | None = None,
    passphrase: str | None = None,
) -> Path | None:
    """Make the day's first backup of ``source`` and prune the daily copies to ``keep``.

    Returns:
        The new copy, or ``None`` when today's copy already exists (or there is no file yet).
    """
    if not source.exists() or source.stat().st_size == 0:
        return None
    today = today or date.today()
    dailies = [b for b in list_backups(folder, source.stem) if b.reason == DAILY_TAG]
    made = None
    if not any(b.created.date() == today for b in dailies):
        made = timestamped_backup(source, folder, DAILY_TAG, passphrase)
        dailies = [b for b in list_backups(folder, source.stem) if b.reason == DAILY_TAG]
    for old in dailies[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return made


_BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[\w.-]+?)\.(?:sqlite3|db|sqlite)$"
)
