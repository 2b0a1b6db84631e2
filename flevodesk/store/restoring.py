"""Putting a restored copy in place of a database file, whatever state that file is in.

The old file is never opened or changed: it is linked (or, across disks, copied) into the
backups folder, its ``-journal``, ``-wal`` and ``-shm`` travel with it (a hot journal or a
WAL is part of the database: apart, both halves are damaged), and only then is the
prepared copy renamed over the database's name. An intent file beside the database says
what is under way, so a run killed half-way is finished by the next one before anything
opens the file: the database then holds either its old content or the restored copy,
never the old content without its journal or the copy with a stale journal beside it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

from flevodesk.domain.messages import message
from flevodesk.store import atomic, crypto
from flevodesk.store.backup import copy_database
from flevodesk.store.companions import companions_of
from flevodesk.store.errors import StoreError, sqlite_reason
from flevodesk.store.os_errors import reason_message

_INTENT_SUFFIX = ".herstel.json"
#: A prepared copy older than this belongs to no restore that is still running.
_LEFTOVER_AGE_S = 3600


def prepare_copy(
    source: Path, beside: Path, source_passphrase: str | None, passphrase: str | None
) -> Path:
    """A complete, flushed copy of ``source`` in a temporary file beside ``beside``.

    The copy is keyed with ``passphrase`` (``None``: plain) whatever ``source_passphrase``
    opens the source with, so a backup made before a passphrase change is re-keyed on the
    copy, never on a file in use. The caller removes the copy once it is used.

    Raises:
        StoreError: when the source cannot be read or the copy cannot be written.
    """
    temp = atomic.temp_name_for(beside)
    try:
        if source_passphrase == passphrase:
            copy_database(source, temp, passphrase)
        else:
            _export(source, temp, source_passphrase, passphrase)
        atomic.fsync_file(temp)
    except BaseException as exc:
        for path in (temp, *companions_of(temp)):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        if isinstance(exc, StoreError | KeyboardInterrupt | SystemExit):
            raise
        if isinstance(exc, Exception):
            reason = reason_message(exc) if isinstance(exc, OSError) else sqlite_reason(exc)
            raise StoreError(
                message("Kopie van {source} maken mislukt: {reason}.", source=source, reason=reason)
            ) from exc
        raise
    return temp


def _export(source: Path, target: Path, old: str | None, new: str | None) -> None:
    """Copy between different keys: SQLite's backup API copies pages, so keys must match."""
    module = crypto.sqlcipher()
    conn: Any = module.connect(f"file:{source}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {crypto.quote(old or '')}")
        conn.execute(f"ATTACH DATABASE ? AS restored KEY {crypto.quote(new or '')}", (str(target),))
        conn.execute("SELECT sqlcipher_export('restored')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA restored.user_version = {int(version)}")
        conn.execute("DETACH DATABASE restored")
    finally:
        conn.close()


def _intent(target: Path) -> Path:
    return target.with_name(target.name + _INTENT_SUFFIX)


def put_in_place(prepared: Path, target: Path, aside: Path) -> Path | None:
    """Replace ``target`` by ``prepared``; the old file and companions go to ``aside``.

    Returns:
        ``aside`` when there was an old file or companion to keep, else ``None``.

    Raises:
        OSError: when a file cannot be moved; the intent file then lets the next run finish.
    """
    kept = target.exists() or bool(companions_of(target))
    aside.parent.mkdir(parents=True, exist_ok=True)
    record = {"prepared": prepared.name, "aside": str(aside)}
    atomic.write_bytes(_intent(target), json.dumps(record).encode("utf-8"))
    if target.exists():
        _keep(target, aside)
    _finish(target, prepared, aside)
    return aside if kept else None


def finish_interrupted_restore(target: Path) -> bool:
    """Complete (or undo, when nothing was moved yet) a restore that was killed half-way.

    Returns:
        Whether an interrupted restore was found.
    """
    found = _finish_intent(target)
    _remove_old_copies(target)  # after the intent: an old copy may still be its copy
    return found


def _finish_intent(target: Path) -> bool:
    intent = _intent(target)
    try:
        record = json.loads(intent.read_text(encoding="utf-8"))
        prepared = target.with_name(str(record["prepared"]))
        aside = Path(str(record["aside"]))
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError):
        # Written atomically, so never half; a hand-made file is not ours to act on.
        return False
    if prepared.exists():
        if target.exists() and not aside.exists():
            # Killed before the old file was kept: nothing was changed, so undo.
            prepared.unlink()
            intent.unlink()
            return True
        _finish(target, prepared, aside)
    else:
        # The copy was renamed into place, after every companion had moved.
        intent.unlink(missing_ok=True)
    return True


def _remove_old_copies(target: Path) -> None:
    """Prepared copies a run killed before it wrote its intent left beside the database."""
    cutoff = time.time() - _LEFTOVER_AGE_S
    for leftover in target.parent.glob(f"{atomic.TEMP_PREFIX}*-{target.name}"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _finish(target: Path, prepared: Path, aside: Path) -> None:
    for companion in companions_of(target):
        _move(companion, Path(f"{aside}{companion.name[len(target.name) :]}"))
    os.replace(prepared, target)
    atomic.fsync_folder(target.parent)
    _intent(target).unlink(missing_ok=True)


def _keep(path: Path, aside: Path) -> None:
    """Make ``aside`` name the same bytes as ``path`` without touching ``path``."""
    try:
        os.link(path, aside)
    except FileExistsError:
        if aside.stat().st_ino != path.stat().st_ino:
            raise
    except OSError:  # another disk, or a file system without hard links (FAT sticks)
        with atomic.replacing(aside) as temp:
            shutil.copyfile(path, temp)
    atomic.fsync_folder(aside.parent)


def _move(path: Path, aside: Path) -> None:
    try:
        os.replace(path, aside)
    except OSError:
        with atomic.replacing(aside) as temp:
            shutil.copyfile(path, temp)
        path.unlink()
    atomic.fsync_folder(aside.parent)
