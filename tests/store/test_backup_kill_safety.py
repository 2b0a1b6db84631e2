"""A backup or a restore killed with SIGKILL at a random moment loses nothing.

After every kill the database, opened as the program opens it, holds all of the change or
none of it; every file that looks like a backup is a whole one; what a restore moved aside
is intact. The child is forked from a server with the program imported (see
test_kill_safety.py), so each kill costs milliseconds.
"""

from __future__ import annotations

import multiprocessing
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from flevodesk.services.backups import backup_database
from flevodesk.services.errors import ServiceError
from flevodesk.services.persons import PersonService
from flevodesk.services.setup import open_database
from flevodesk.store import atomic
from flevodesk.store.backup import list_backups
from flevodesk.store.database import Database
from flevodesk.store.location import backup_dir
from tests.store.fault_backup import back_up_forever, restore_once

# Kills of a process writing a database file: nothing of it is on a team server, so
# `--on-postgres` does not run them a second time.
pytestmark = pytest.mark.sqlite_only

KILLS = 24
RUBBISH = b"SQLite format 3\x00" + b"\x07" * 9000


def _context():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.store.fault_backup"])
    return context


def _names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {r[0] for r in conn.execute("SELECT first_name FROM persons")}
    conn.close()
    return names


def _kill_at_random(context, target, args, rng: random.Random, window: float, until=None):
    started = context.Event()
    child = context.Process(target=target, args=(*args, started), daemon=True)
    child.start()
    assert started.wait(10)
    time.sleep(rng.uniform(0, window))
    deadline = time.monotonic() + 20
    while until is not None and not until() and time.monotonic() < deadline:
        time.sleep(0.005)
    child.kill()
    child.join(10)
    assert child.exitcode == -9


def _database_with(path: Path, first_name: str) -> None:
    opened = open_database(str(path), daily_backups=False)
    PersonService(opened.db).create({"first_name": first_name, "last_name": "Test"})
    with opened.db.engine.connect() as conn:
        # A few years of use: big enough that writing the file takes a while to kill.
        conn.exec_driver_sql("CREATE TABLE ballast (data BLOB)")
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
            "INSERT INTO ballast SELECT randomblob(4000) FROM n"
        )
        conn.commit()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.dispose()


@pytest.mark.parametrize("damaged", [False, True], ids=["sound", "damaged"])
def test_a_restore_killed_at_random_leaves_the_old_or_the_restored_database(
    tmp_path, isolated_user_dirs, damaged
):
    target = tmp_path / "vereniging.sqlite3"
    _database_with(target, "Oud")
    old = tmp_path / "oud.sqlite3"
    shutil.copyfile(target, old)
    backup = tmp_path / "kopie.sqlite3"
    shutil.copyfile(old, backup)
    db = Database(f"sqlite:///{backup}")
    with db.write() as session:
        session.connection().exec_driver_sql("UPDATE persons SET first_name = 'Nieuw'")
    db.dispose()

    def reset() -> None:
        for companion in tmp_path.glob("vereniging.sqlite3*"):
            companion.unlink()
        if damaged:
            target.write_bytes(RUBBISH)
        else:
            shutil.copyfile(old, target)

    context, rng = _context(), random.Random(13 if damaged else 7)
    data_home = str(isolated_user_dirs / "data")
    # Without a lock: a child killed while it held one would leave the test waiting for it
    # forever (a read of took.value hung for good once in a full run).
    took = context.RawValue("d", 0.0)
    args = (str(target), str(backup), data_home, took)
    # One restore left to finish in a child, to learn how long one takes there.
    reset()
    _kill_at_random(context, restore_once, args, rng, 0, until=lambda: took.value > 0)
    window = took.value * 1.3
    outcomes = {"old": 0, "restored": 0, "finished by the next opening": 0}
    for _ in range(KILLS):
        reset()
        _kill_at_random(context, restore_once, args, rng, window)
        if target.with_name(target.name + ".herstel.json").exists():
            outcomes["finished by the next opening"] += 1
        try:
            opened = open_database(str(target), daily_backups=False)  # finishes a half restore
        except ServiceError:
            assert damaged and target.read_bytes() == RUBBISH  # untouched
            outcomes["old"] += 1
        else:
            opened.db.dispose()
            names = _names(target)
            assert names in ({"Oud"}, {"Nieuw"})
            outcomes["old" if names == {"Oud"} else "restored"] += 1
        for kept in list_backups(backup_dir()):
            if kept.reason == "beschadigd":
                assert kept.path.read_bytes() == RUBBISH  # moved aside, never changed
            elif kept.reason == "voor-herstel":
                assert _names(kept.path) == {"Oud"}
    assert outcomes["old"] and outcomes["restored"], outcomes
    print(f"restore kills ({'damaged' if damaged else 'sound'}, {took.value:.3f} s): {outcomes}")


def test_a_backup_killed_at_random_leaves_no_half_file_that_looks_like_a_backup(db_path):
    _database_with(db_path, "Bewaard")
    folder = backup_dir()
    began = time.perf_counter()
    backup_database(Database(f"sqlite:///{db_path}"))
    window = (time.perf_counter() - began) * 5
    context, rng = _context(), random.Random(5)
    for _ in range(KILLS):
        _kill_at_random(context, back_up_forever, (str(db_path), str(folder)), rng, window)
        for backup in list_backups(folder):
            assert not backup.path.name.startswith(atomic.TEMP_PREFIX)
            assert "Bewaard" in _names(backup.path)
    made = len(list_backups(folder))
    # What the kills cut off mid-write; the daily backup removes these once an hour old.
    leftovers = sum(atomic.remove_leftovers(sub, min_age_s=0) for sub in folder.iterdir())
    assert not list(folder.rglob(atomic.TEMP_PREFIX + "*"))
    print(f"backup kills: {KILLS}, whole backups made: {made}, temporary leftovers: {leftovers}")
    assert made > 1 and leftovers > 1  # the kills fell both between and inside backups
