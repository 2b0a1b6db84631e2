"""Writing generated files so that a failure never leaves half of one behind.

Every export, printout and access export goes through :func:`write_through` (directly or
via :func:`write_file_whole` / :func:`write_files_together`): the content reaches a
temporary file beside the target, is flushed, and only then renamed over it, so an earlier
file survives a full disk, a read-only stick or a kill unchanged. Temporary files that a
killed run left in the target's folder are removed on the next write into that folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

from flevodesk.services.errors import ServiceError
from flevodesk.store import atomic, os_errors


def _refused(exc: OSError, out: Path) -> ServiceError:
    return ServiceError(os_errors.describe_message(exc, "opslaan", out))


def _check_target(out: Path) -> None:
    """Refuse a folder as the target and a folder that is not there.

    A missing folder is not made: a mistyped folder name should be told, not filled.
    """
    if out.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(out))
    if not out.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(out.parent))
    atomic.remove_leftovers(out.parent)


def write_through(out: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary path beside ``out``; it replaces ``out`` when whole.

    For writers that want a path (openpyxl saves to one).

    Raises:
        ServiceError: with one Dutch sentence when the file cannot be written; an earlier
            ``out`` is then unchanged and no temporary file is left.
    """
    try:
        _check_target(out)
        with atomic.replacing(out) as temp:
            write(temp)
    except OSError as exc:
        raise _refused(exc, out) from exc


def write_file_whole(out: Path, render: Callable[[Any], None]) -> None:
    """Write what ``render`` produces to ``out`` only when it produced all of it.

    ``render`` writes into a buffer first, so an error halfway never leaves a truncated
    file (or an overwritten good one) behind; the buffer then reaches the disk through
    :func:`write_through`.

    Raises:
        ServiceError: when the file cannot be written; an earlier ``out`` is then unchanged.
    """
    buffer = BytesIO()
    try:
        render(buffer)
    except OSError as exc:  # a renderer's own scratch files (openpyxl's) met a full disk
        raise _refused(exc, out) from exc
    data = buffer.getvalue()

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    write_through(out, write)


def write_files_together(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files that belong together (an access export's PDF and JSON).

    Every file is written and flushed to a temporary file before the first rename, so a
    full disk leaves all earlier files as they were, never a new PDF beside an old JSON.

    Raises:
        ServiceError: when one of them cannot be written.
    """
    temps: list[tuple[Path, Path]] = []
    current = files[0][0] if files else Path()
    try:
        for out, data in files:
            current = out
            _check_target(out)
            temp = atomic.temp_name_for(out)
            temps.append((temp, out))
            temp.write_bytes(data)
            atomic.fsync_file(temp)
        for temp, out in temps:
            current = out
            os.replace(temp, out)
            atomic.fsync_folder(out.parent)
    except OSError as exc:
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
        raise _refused(exc, current) from exc
