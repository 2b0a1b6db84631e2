"""Backups belong to one database, and a restore works over any damage without loss.

The databases here are made the way users make them (``open_database`` on a new path), so
each has its own identity; "damage" is what users meet: a file overwritten with rubbish,
or a process killed in the middle of a transaction, which leaves a hot journal.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from flevodesk.services.backups import (
    BackupPassphraseNeeded,
    WrongBackupPassphrase,
    backup_database,
    backups_of,
    newest_good_backup,
    restore_database,
    restore_newest_good_backup,
)
from flevodesk.services.errors import ServiceError
from flevodesk.services.persons import PersonService
from flevodesk.services.setup import change_passphrase, open_database
from flevodesk.store import crypto
from flevodesk.store.database import Database
from flevodesk.store.location import backup_dir

# Of a database file: skipped with --on-postgres.
pytestmark = pytest.mark.sqlite_only

RUBBISH = b"SQLite format 3\x00" + b"\x07" * 8000


def make_database(path: Path, first_name: str, passphrase: str | None = None) -> None:
    """A new database holding one person, opened twice so the day's backup is made."""
    path.parent.mkdir(parents=True, exist_ok=True)
    opened = open_database(str(path), passphrase=passphrase)
    PersonService(opened.db).create(
        {"first_name": first_name, "last_name": "Lid", "email": f"{first_name}@example.nl"}
    )
    opened.db.dispose()
    open_database(str(path), passphrase=passphrase).db.dispose()


def first_names(path: Path, passphrase: str | None = None) -> set[str]:
    db = Database(f"sqlite:///{path}", passphrase=passphrase)
    try:
        with db.read() as session:
            rows = session.connection().exec_driver_sql("SELECT first_name FROM persons")
            return {r[0] for r in rows}
    finally:
        db.dispose()


def sound(path: Path, passphrase: str | None = None) -> bool:
    conn = crypto.connect(path, passphrase) if passphrase else sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)  # type: ignore[attr-defined]
    finally:
        conn.close()  # type: ignore[attr-defined]


def damage(path: Path) -> None:
    path.write_bytes(RUBBISH)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@pytest.fixture
def two_namesakes(tmp_path: Path) -> tuple[Path, Path]:
    """Two organisations' databases, both called vereniging.sqlite3, in two folders."""
    first, second = tmp_path / "a" / "vereniging.sqlite3", tmp_path / "b" / "vereniging.sqlite3"
    make_database(first, "Anna")
    make_database(second, "Bram")
    return first, second


def test_same_named_databases_each_get_their_own_daily_backup(two_namesakes):
    first, second = two_namesakes
    first_backups, second_backups = backups_of(first), backups_of(second)
    assert [b.reason for b in first_backups] == ["dagelijks"]
    assert [b.reason for b in second_backups] == ["dagelijks"]
    assert first_names(first_backups[0].path) == {"Anna"}
    assert first_names(second_backups[0].path) == {"Bram"}


def test_a_damaged_database_gets_its_own_backup_back_never_its_namesakes(two_namesakes):
    first, second = two_namesakes
    damage(second)  # unreadable: only the index tells which database it was
    assert newest_good_backup(second) == backups_of(second)[0].path
    restore_newest_good_backup(second)
    assert first_names(second) == {"Bram"}
    assert first_names(first) == {"Anna"}


def test_a_backup_of_another_database_filed_in_its_folder_is_not_restored(two_namesakes):
    first, second = two_namesakes
    own = backups_of(second)[0].path
    own.unlink()
    # A copy of the other organisation's backup, put (by hand) among this one's copies.
    shutil.copyfile(backups_of(first)[0].path, own)
    damage(second)
    assert newest_good_backup(second) is None
    with pytest.raises(ServiceError, match="geen bruikbare reservekopie"):
        restore_newest_good_backup(second)
    assert second.read_bytes() == RUBBISH


def test_restore_over_a_badly_damaged_file_moves_it_aside_unchanged(db, tmp_path):
    PersonService(db).create({"first_name": "Zoë", "last_name": "Çelik"})
    backup = backup_database(db, tmp_path / "kopie.sqlite3")
    db.dispose()
    damage(db.path)
    result = restore_database(db, backup)
    assert result.kept_copy is not None and result.kept_copy.read_bytes() == RUBBISH
    assert result.kept_copy.is_relative_to(backup_dir())
    assert "Zoë" in first_names(db.path)
    assert sound(db.path)


def _leave_a_hot_journal(path: Path) -> None:
    """Kill a process half-way through a transaction in rollback-journal mode."""
    script = (
        "import os, signal, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode=DELETE')\n"
        "conn.execute('PRAGMA cache_size=1')\n"  # spill the changed pages into the file
        "conn.execute('BEGIN')\n"
        "conn.execute('UPDATE partners SET offers = hex(randomblob(3000))')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(path)], timeout=60, check=False)
    assert run.returncode == -signal.SIGKILL
    assert Path(f"{path}-journal").stat().st_size > 0


def _offers(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        offers = [r[0] for r in conn.execute("SELECT offers FROM partners ORDER BY id")]
    conn.close()
    return offers


def test_the_offered_repair_takes_the_hot_journal_along_and_keeps_what_was_recoverable(
    db_path, tmp_path
):
    open_database(str(db_path)).db.dispose()  # the day's backup
    before = _offers(db_path)
    _leave_a_hot_journal(db_path)
    restored = restore_newest_good_backup(db_path)
    assert restored.name.endswith("-dagelijks.sqlite3")
    # No stale journal beside the restored file: SQLite would "roll it back" into it.
    assert not Path(f"{db_path}-journal").exists()
    assert sound(db_path) and _offers(db_path) == before
    kept = [b for b in backups_of(db_path) if b.reason == "beschadigd"]
    assert len(kept) == 1 and Path(f"{kept[0].path}-journal").exists()
    # The kept pair is still recoverable: opened together, the journal rolls the file back.
    rescue = tmp_path / "redding.sqlite3"
    shutil.copyfile(kept[0].path, rescue)
    shutil.copyfile(f"{kept[0].path}-journal", f"{rescue}-journal")
    assert sound(rescue) and _offers(rescue) == before


@pytest.fixture
def rekeyed(tmp_path: Path) -> tuple[Database, Path]:
    """An encrypted database with a backup made before its passphrase changed."""
    if not crypto.sqlcipher_available():
        pytest.skip("sqlcipher3 is not installed")
    path = tmp_path / "geheim.sqlite3"
    make_database(path, "Oud", passphrase="oude wachtzin")
    backup = backups_of(path, "oude wachtzin")[0].path
    opened = open_database(str(path), passphrase="oude wachtzin", daily_backups=False)
    PersonService(opened.db).create({"first_name": "Later", "last_name": "Toegevoegd"})
    db = change_passphrase(opened.db, "oude wachtzin", "nieuwe wachtzin")
    yield db, backup
    db.dispose()


def test_a_backup_from_before_a_passphrase_change_asks_its_own_passphrase(rekeyed):
    db, backup = rekeyed
    before = db.path.read_bytes()
    with pytest.raises(BackupPassphraseNeeded, match="wachtzin"):
        restore_database(db, backup)
    with pytest.raises(WrongBackupPassphrase, match="klopt niet"):
        restore_database(db, backup, backup_passphrase="geraden")
    assert db.path.read_bytes() == before  # nothing changed while asking


def test_a_backup_from_before_a_passphrase_change_is_restored_under_the_current_one(rekeyed):
    db, backup = rekeyed
    result = restore_database(db, backup, backup_passphrase="oude wachtzin")
    assert result.passphrase == "nieuwe wachtzin"
    assert first_names(db.path, "nieuwe wachtzin") == {"Oud"}
    assert sound(db.path, "nieuwe wachtzin")
    with pytest.raises(crypto.WrongPassphrase):
        crypto.connect(db.path, "oude wachtzin")
    # The backup itself was only read.
    assert first_names(backup, "oude wachtzin") == {"Oud"}
    assert result.kept_copy is not None
    assert first_names(result.kept_copy, "nieuwe wachtzin") == {"Oud", "Later"}


def test_a_damaged_encrypted_database_gets_an_old_backup_under_the_current_passphrase(rekeyed):
    db, backup = rekeyed
    db.dispose()
    size = db.path.stat().st_size
    db.path.write_bytes(os.urandom(size))
    restore_database(db, backup, backup_passphrase="oude wachtzin")
    assert first_names(db.path, "nieuwe wachtzin") == {"Oud"}
