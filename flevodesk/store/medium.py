"""Whether the disk or file holding a database can be written: a write-protected USB stick,
a read-only share or a file marked read-only.

Kept free of SQLAlchemy, like :mod:`.integrity`, so start-up can ask before loading it.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Why a write-protected database opens read-only, as a Dutch phrase for the banner.
WRITE_PROTECTED = "de schijf of het bestand is beveiligd tegen schrijven"


def nearest_existing(path: Path) -> Path:
    """The folder ``path`` is in or, when that does not exist yet, the nearest existing
    parent that will hold it (a file there means the path cannot be made)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def folder_writable(path: Path) -> bool:
    """Whether files can be made beside ``path`` (SQLite's ``-wal``, ``-shm``, the lock)."""
    folder = nearest_existing(path)
    return folder.is_dir() and os.access(folder, os.W_OK)


def write_protected(path: Path) -> bool:
    """Whether the database file, or the folder or disk it is on, refuses writing.

    ``os.access`` asks the operating system itself, so it also sees a read-only mount
    (``EROFS``) and an immutable file, which refuse even an administrator.
    """
    if path.is_dir():
        return False  # not a database file at all; opening says so
    if path.exists() and not os.access(path, os.W_OK):
        return True
    return nearest_existing(path).is_dir() and not folder_writable(path)


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing anything, also beside it.

    In WAL mode a reader needs the ``-shm`` file; in a folder it cannot write, SQLite can only
    read the file when told nothing will change it (``immutable=1``), which holds for a
    write-protected medium.
    """
    uri = f"file:{path}?mode=ro"
    if path.exists() and not folder_writable(path):
        uri += "&immutable=1"
    return uri
