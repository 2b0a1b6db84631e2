"""The files SQLite keeps beside a database, which belong to that one file only.

A ``-wal`` or hot ``-journal`` next to a different file would be played into it, so
whoever renames, replaces or removes a database deals with these too.
"""

from __future__ import annotations

from pathlib import Path

#: Write-ahead log, its index, and the rollback journal.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def companions_of(path: Path) -> list[Path]:
    """The companion files of ``path`` that exist now."""
    return [c for c in (Path(f"{path}{s}") for s in COMPANION_SUFFIXES) if c.exists()]


def remove_companions(path: Path) -> None:
    """Remove ``path``'s companions; only for a database no connection has open."""
    for companion in companions_of(path):
        companion.unlink(missing_ok=True)
