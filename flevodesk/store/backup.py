"""Consistent copies of a SQLite database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from flevodesk.store.errors import StoreError


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` while other connections may be reading or writing.

    The backup API copies a consistent snapshot, WAL contents included, which a plain file
    copy of a database in WAL mode would not.

    Raises:
        StoreError: when either file cannot be opened or written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        # Rename only when the copy is complete, so a half-written file never looks valid.
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Kopie van {source} naar {target} mislukt: {exc}") from exc
    return target


def timestamped_backup(source: Path, folder: Path, reason: str) -> Path:
    """Back up ``source`` into ``folder`` under a name that says when and why."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_file(source, folder / f"{source.stem}-{stamp}-{reason}{source.suffix}")
