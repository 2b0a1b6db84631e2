"""Putting a restored copy in place, stopped after each of its steps as a kill would stop it:
the next opening finishes it, and the old file never loses its hot journal."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from flevodesk.store.restoring import finish_interrupted_restore, prepare_copy, put_in_place
from tests.services.test_backups import _leave_a_hot_journal, _offers


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, no cleanup handler catches it."""


@contextlib.contextmanager
def _stopped_after(steps: int) -> Iterator[None]:
    """Let ``steps`` file operations (links and renames) happen, then stop dead."""
    done = [0]
    real_link, real_replace = os.link, os.replace

    def counted(real):
        def operation(*args):
            if done[0] == steps:
                raise Killed
            done[0] += 1
            return real(*args)

        return operation

    with (
        mock.patch.object(os, "link", counted(real_link)),
        mock.patch.object(os, "replace", counted(real_replace)),
        contextlib.suppress(Killed),
    ):
        yield


@pytest.mark.parametrize("steps", range(5))
def test_a_restore_stopped_after_any_step_is_finished_by_the_next_run(db_path, tmp_path, steps):
    backup = tmp_path / "kopie.sqlite3"
    shutil.copyfile(db_path, backup)
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE partners SET offers = 'hersteld'")
    conn.close()
    target = tmp_path / "vereniging.sqlite3"
    shutil.copyfile(db_path, target)
    before = _offers(target)
    _leave_a_hot_journal(target)
    journal = Path(f"{target}-journal").read_bytes()
    damaged = target.read_bytes()
    aside = tmp_path / "opzij" / "vereniging-beschadigd.sqlite3"
    prepared = prepare_copy(backup, target, None, None)
    with _stopped_after(steps):
        put_in_place(prepared, target, aside)
    finished = finish_interrupted_restore(target)
    # Four operations: write the intent, link the old file aside, move its journal, rename
    # the copy into place. Stopped before the intent or after the rename, nothing is left.
    assert finished == (1 <= steps <= 3)
    assert Path(f"{target}-journal").exists() == (steps <= 1)
    if Path(f"{target}-journal").exists():
        # Undone before anything moved: the old file with its own journal, untouched.
        assert target.read_bytes() == damaged and not aside.exists()
        if steps == 0:  # killed before the intent: the copy is left, and removed once old
            assert prepared.exists()
            os.utime(prepared, (0, 0))
            finish_interrupted_restore(target)
        assert not prepared.exists()
        assert _offers(target) == before  # SQLite rolls the journal back as ever
        return
    assert _offers(target) == ["hersteld"] * len(before)
    assert aside.read_bytes() == damaged
    assert Path(f"{aside}-journal").read_bytes() == journal
    assert not list(tmp_path.glob("*.herstel.json"))
