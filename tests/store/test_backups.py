"""Automatic daily backups: one per day, consistent while writing, the newest N kept."""

import sqlite3
import threading
from datetime import date

from flevodesk.domain.geography import Municipality
from flevodesk.services.setup import open_database
from flevodesk.store.backup import backup_file, daily_backup, list_backups
from flevodesk.store.database import Database
from flevodesk.store.identity import read_identity
from flevodesk.store.location import backup_dir


def _stamp(folder, stem, day, reason="dagelijks"):
    path = folder / f"{stem}-{day:%Y%m%d}-120000-{reason}.sqlite3"
    path.write_bytes(b"x")
    return path


def test_the_first_opening_of_a_day_makes_a_backup_and_the_second_does_not(db_path):
    first = open_database(str(db_path))
    first.db.dispose()
    second = open_database(str(db_path))
    second.db.dispose()
    assert first.daily_backup is not None
    # Filed under the database's identity, not beside other databases' copies.
    assert first.daily_backup.parent == backup_dir() / read_identity(db_path)
    assert second.daily_backup is None
    with sqlite3.connect(first.daily_backup) as conn:
        assert conn.execute("SELECT count(*) FROM partners").fetchone() == (15,)
    conn.close()


def test_a_new_database_needs_no_backup(tmp_path):
    opened = open_database(str(tmp_path / "nieuw.sqlite3"))
    opened.db.dispose()
    assert opened.daily_backup is None


def test_only_the_newest_daily_copies_are_kept(db_path, tmp_path):
    folder = tmp_path / "backups"
    identity = read_identity(db_path)
    own = folder / identity
    own.mkdir(parents=True)
    old = [_stamp(own, db_path.stem, date(2026, 11, d)) for d in range(1, 20)]
    migration = _stamp(own, db_path.stem, date(2026, 10, 1), "voor-migratie-0001")
    other = _stamp(folder, "ander", date(2026, 10, 1))
    made = daily_backup(db_path, folder, keep=5, today=date(2026, 11, 28))
    kept = [b.path for b in list_backups(folder, identity) if b.reason == "dagelijks"]
    assert kept == [made, *reversed(old[-4:])]
    assert migration.exists() and other.exists()


def test_a_backup_is_consistent_while_another_connection_writes(db_path, tmp_path):
    db = Database(f"sqlite:///{db_path}")
    stop = threading.Event()
    written = []

    def writer():
        n = 0
        while not stop.is_set():
            with db.write() as session:
                session.add(Municipality(name=f"Gemeente {n}"))
            written.append(n)
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    while len(written) < 20:
        pass
    copies = [backup_file(db_path, tmp_path / f"kopie{i}.sqlite3") for i in range(3)]
    stop.set()
    thread.join()
    db.dispose()
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            names = {r[0] for r in conn.execute("SELECT name FROM municipalities")}
        conn.close()
        numbers = sorted(int(n.split()[1]) for n in names if n.startswith("Gemeente "))
        assert numbers == list(range(len(numbers)))  # a prefix of the commits, no gaps
    assert not list(tmp_path.glob("*.part"))
