"""A writer killed with SIGKILL at random moments never leaves half a transaction behind.

The writer runs in a child forked from a server that has the program imported already, so
each of the kills costs milliseconds rather than a fresh interpreter start.
"""

import multiprocessing
import random
import sqlite3
import time

from tests.store.fault_writer import BATCH, write_forever

KILLS = 60


def test_sigkill_during_writes_leaves_whole_transactions_and_a_sound_file(db_path):
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.store.fault_writer"])
    url = f"sqlite:///{db_path}"
    rng = random.Random(8)

    def kill_after(kill: int, delay: float) -> int:
        """Kill a writer after ``delay`` seconds; check the file; the batches stored."""
        child = context.Process(target=write_forever, args=(url, kill), daemon=True)
        child.start()
        time.sleep(delay)
        child.kill()  # SIGKILL: no cleanup, no rollback, like a power cut for the process
        child.join(10)
        assert child.exitcode == -9

        with sqlite3.connect(db_path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            batches = conn.execute(
                "SELECT last_name, count(*) FROM persons WHERE first_name LIKE 'P%' "
                "GROUP BY last_name"
            ).fetchall()
            anchors = conn.execute(
                "SELECT notes, place, skills FROM persons WHERE first_name = 'Anker' "
                "AND last_name = ?",
                (f"W{kill}",),
            ).fetchall()
        conn.close()
        assert all(size == BATCH for _, size in batches), batches
        for notes, place, skills in anchors:
            assert notes == place == skills  # one save, never half of it
        return len(batches)

    committed_batches = 0
    for kill in range(KILLS):
        committed_batches = kill_after(kill, rng.uniform(0.03, 0.2))
    # The writers must get work done between the kills (about two batches a kill when the
    # machine is idle): on a machine busy with other work, give a few writers longer.
    for extra in range(KILLS, KILLS + 20):
        if committed_batches > KILLS // 2:
            break
        committed_batches = kill_after(extra, rng.uniform(0.3, 0.6))
    assert committed_batches > KILLS // 2
