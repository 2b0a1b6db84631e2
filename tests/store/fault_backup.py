"""Backups and restores for the kill tests, run in a child that the test kills with SIGKILL."""

from __future__ import annotations

import itertools
import os
import time
from ctypes import c_double
from multiprocessing.synchronize import Event
from pathlib import Path

from flevodesk.services.backups import restore_database
from flevodesk.store.backup import timestamped_backup
from flevodesk.store.database import Database


def back_up_forever(source: str, folder: str, started: Event) -> None:
    """Back up ``source`` into ``folder`` again and again, each under a new reason."""
    started.set()
    for n in itertools.count():
        timestamped_backup(Path(source), Path(folder), f"handmatig-{os.getpid()}-{n}")


def restore_once(target: str, backup: str, data_home: str, took: c_double, started: Event) -> None:
    """Restore ``backup`` over ``target`` once, say how long it took, wait to be killed."""
    # The forkserver was started with another test's environment: use this test's folders.
    os.environ["XDG_DATA_HOME"] = data_home
    db = Database(f"sqlite:///{target}")
    started.set()
    began = time.perf_counter()
    restore_database(db, Path(backup))
    db.dispose()
    took.value = time.perf_counter() - began
    time.sleep(60)
