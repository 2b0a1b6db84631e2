"""An import killed with SIGKILL at any moment leaves a sound database holding all of that
import's persons or none of them.

The importer runs in a child forked from a server that has the program imported already, so
each kill costs the import itself rather than a fresh interpreter start.
"""

import multiprocessing
import random
import sqlite3
import time

from tests.importing.fault_importer import ROWS, import_and_wait, write_list

KILLS = 24


def _persons_tagged(db_path, tag):
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        found = conn.execute(
            "SELECT count(*) FROM persons WHERE email LIKE ?", (f"{tag}.%",)
        ).fetchone()[0]
    conn.close()
    return found


def test_sigkill_during_an_import_leaves_all_or_none_of_it(db_path, tmp_path):
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.importing.fault_importer"])
    url = f"sqlite:///{db_path}"
    rng = random.Random(13)

    # One import left to finish, to learn how long an import takes on this machine.
    write_list(tmp_path / "eerst.csv", "eerst")
    started = time.monotonic()
    child = context.Process(target=import_and_wait, args=(url, str(tmp_path / "eerst.csv")))
    child.start()
    while _persons_tagged(db_path, "eerst") < ROWS:
        assert child.is_alive(), "the import failed before it was killed"
        time.sleep(0.02)
    duration = time.monotonic() - started
    child.kill()
    child.join(10)

    outcomes = []
    for kill in range(KILLS):
        tag = f"k{kill}"
        path = tmp_path / f"{tag}.csv"
        write_list(path, tag)
        child = context.Process(target=import_and_wait, args=(url, str(path)), daemon=True)
        child.start()
        time.sleep(rng.uniform(0.0, duration * 1.2))
        child.kill()  # SIGKILL: no cleanup, no rollback, like a power cut for the process
        child.join(10)
        assert child.exitcode == -9
        stored = _persons_tagged(db_path, tag)
        assert stored in (0, ROWS), f"kill {kill}: {stored} of {ROWS} persons stored"
        outcomes.append(stored)
    assert _persons_tagged(db_path, "eerst") == ROWS
    assert len(outcomes) == KILLS
