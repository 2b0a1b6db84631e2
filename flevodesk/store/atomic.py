"""Writing files so that a crash, a kill or a full disk never leaves half of one behind.

Every file the program writes (exports, PDFs, backups, access exports) goes through
:func:`replacing`: the content is written to a temporary file in the target's own folder,
flushed to the disk, and only then renamed over the target. A rename within one folder is
atomic, so a reader sees the old file or the new one, never a truncated mix; a failure
removes the temporary file and leaves the old target as it was.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

#: Temporary files start with this, so leftovers of a killed run can be found and removed.
TEMP_PREFIX = ".flevodesk-tmp-"
#: A leftover younger than this may belong to a write that is still under way elsewhere.
_LEFTOVER_AGE_S = 3600


def temp_name_for(target: Path) -> Path:
    """A fresh temporary path beside ``target`` (same folder, so the rename is atomic)."""
    unique = f"{os.getpid()}-{time.monotonic_ns()}"
    return target.with_name(f"{TEMP_PREFIX}{unique}-{target.name}")


def fsync_file(path: Path) -> None:
    """Flush ``path``'s content to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries, so a rename in it survives a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (network shares) refuse fsync on a folder
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` atomically.

    On any exception the temporary file is removed and ``target`` is left untouched.

    Raises:
        OSError: when the folder cannot be created or the file cannot be written or renamed.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = temp_name_for(target)
    try:
        yield temp
        fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically (see :func:`replacing`).

    Raises:
        OSError: when it cannot be written; ``target`` is then unchanged.
    """
    with replacing(target) as temp, temp.open("wb") as handle:
        handle.write(data)


def remove_leftovers(folder: Path, *, min_age_s: float = _LEFTOVER_AGE_S) -> int:
    """Remove temporary files that a killed run left in ``folder``; returns how many.

    Only files older than ``min_age_s`` go, so a write under way in another process is
    never pulled from under it.
    """
    if not folder.is_dir():
        return 0
    removed = 0
    cutoff = time.time() - min_age_s
    for path in folder.glob(TEMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
    return removed
