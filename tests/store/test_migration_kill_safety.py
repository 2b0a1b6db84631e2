"""An upgrade killed at any moment leaves the old revision with the old data, or the new
revision with all of it: never a database in between.

The upgrade runs in a child forked from a server that has the program and Alembic imported
already, so each kill costs milliseconds rather than a fresh interpreter start.
"""

import multiprocessing
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from flevodesk.services.setup import open_database
from flevodesk.store.crypto import row_counts
from flevodesk.store.migrations import HEAD_REVISION, finish_interrupted_writes
from tests.store.fault_migrator import upgrade_file

# Kills of a process writing a database file: nothing of it is on a team server, so
# `--on-postgres` does not run them a second time.
pytestmark = pytest.mark.sqlite_only

KILLS = 24
RELEASED = Path(__file__).parent.parent / "fixtures" / "schemas" / "0001-demo.sqlite3"
#: Copies of the release's people, so the migrations themselves (table rebuilds, sort keys
#: computed row by row) take long enough that kills land between their steps.
EXTRA_PERSONS = 4000


def _state(path: Path) -> tuple[str, dict[str, int]]:
    """Revision and row counts, read-only as the next opening's check reads them, after
    the step that opening takes first (rolling back what the killed writer left)."""
    finish_interrupted_writes(path, None)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        # The search index's shadow tables are rebuilt by 0005, in segments of their own.
        counts = {t: n for t, n in row_counts(conn).items() if not t.startswith("person_search")}
    finally:
        conn.close()
    return revision, counts


def _grown_release(tmp_path: Path) -> Path:
    path = tmp_path / "0001-groot.sqlite3"
    shutil.copyfile(RELEASED, path)
    conn = sqlite3.connect(path)
    columns = "first_name, tussenvoegsel, last_name, place, skills, notes, status, is_demo, "
    columns += "search_text, version, created_at, updated_at, vog_date, consent_date"
    with conn:
        for _ in range(EXTRA_PERSONS // 60):
            conn.execute(
                f"INSERT INTO persons ({columns}) SELECT {columns} FROM persons WHERE id <= 60"
            )
    conn.close()
    return path


def test_sigkill_during_an_upgrade_leaves_the_old_or_the_new_revision(tmp_path):
    release = _grown_release(tmp_path)
    old_revision, old_counts = _state(release)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.store.fault_migrator"])
    # How long a child takes to upgrade on this machine now, so the kills spread over all
    # of it (the first start also starts the fork server, so it is left out).
    spans = []
    for run in range(2):
        calibration = tmp_path / f"calibration-{run}.sqlite3"
        shutil.copyfile(release, calibration)
        started = time.monotonic()
        child = context.Process(
            target=upgrade_file, args=(str(calibration), str(tmp_path / "backups"))
        )
        child.start()
        child.join(60)
        assert child.exitcode == 0
        spans.append(time.monotonic() - started)
    span = spans[-1]
    rng = random.Random(21)
    outcomes = {old_revision: 0, HEAD_REVISION: 0}

    def kill_after(kill: int, delay: float) -> None:
        path = tmp_path / f"oud-{kill}.sqlite3"
        shutil.copyfile(release, path)
        child = context.Process(
            target=upgrade_file, args=(str(path), str(tmp_path / "backups")), daemon=True
        )
        child.start()
        time.sleep(delay)
        child.kill()  # SIGKILL: no rollback, no cleanup, like a power cut for the process
        child.join(10)
        revision, counts = _state(path)
        assert revision in outcomes, f"kill {kill} left revision {revision}"
        if revision == old_revision:
            assert counts == old_counts
        else:
            assert {t: n for t, n in counts.items() if t in old_counts} == old_counts
        outcomes[revision] += 1

    for kill in range(KILLS):
        kill_after(kill, rng.uniform(0.0, span * 1.2))
    # A machine whose pace changed after the calibration (other work started) may have had
    # every kill land on one side of the commit: aim a few more where the other side lies.
    for extra in range(KILLS, KILLS + 10):
        if all(outcomes.values()):
            break
        late = outcomes[HEAD_REVISION] == 0
        kill_after(extra, span * (1.5 + extra - KILLS) if late else rng.uniform(0.0, span * 0.1))
    assert all(outcomes.values()), outcomes  # kills landed before and after the commit
    # And the program opens a database left behind by a kill, bringing it to the head.
    opened = open_database(str(tmp_path / "oud-0.sqlite3"), daily_backups=False)
    opened.db.dispose()
    assert _state(tmp_path / "oud-0.sqlite3")[0] == HEAD_REVISION
