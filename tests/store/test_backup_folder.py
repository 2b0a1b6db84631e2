"""The backups folder as users leave it: stray files, the previous release's flat copies,
temporary files of a killed backup. None of it may break a command or mislead a restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from flevodesk.services.backups import backups_of, newest_good_backup
from flevodesk.services.setup import check_database, open_database
from flevodesk.store import atomic
from flevodesk.store.backup import list_backups
from flevodesk.store.identity import INDEX_NAME, read_identity, read_index
from flevodesk.store.location import backup_dir

SCHEMAS = Path(__file__).parent.parent / "fixtures" / "schemas"


def _stray_files(folder: Path, stem: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}-20261345-120000-dagelijks.sqlite3").write_bytes(b"x")  # month 13
    (folder / f"{stem}-20260230-256161-handmatig.db").write_bytes(b"x")  # 30 February
    (folder / f"{stem}-20261101-120000-dagelijks.sqlite3.txt").write_text("notities")
    (folder / "LEESMIJ.txt").write_text("kopieën van de vereniging")
    (folder / f"{stem}-20261101-120000-map.sqlite3").mkdir()  # a folder named like one


def test_oddly_named_files_in_the_backups_folder_are_ignored(db_path):
    opened = open_database(str(db_path))
    opened.db.dispose()
    identity = read_identity(db_path)
    _stray_files(backup_dir(), db_path.stem)
    _stray_files(backup_dir() / identity, db_path.stem)
    (backup_dir() / INDEX_NAME).write_text("{ half")  # an index someone edited by hand
    for _ in range(2):  # the second opening makes no new daily copy, but reads the folder
        open_database(str(db_path)).db.dispose()
    assert "in orde" in check_database(str(db_path))
    assert [b.reason for b in backups_of(db_path)] == ["dagelijks"]
    assert all(b.path.is_file() for b in list_backups(backup_dir()))
    assert read_index(backup_dir()) == {str(db_path.resolve()): identity}  # rewritten whole


def test_backups_are_never_looked_up_by_file_name(db_path):
    open_database(str(db_path)).db.dispose()
    with pytest.raises(ValueError, match="identity"):
        list_backups(backup_dir(), db_path.stem)  # what the previous release took


def test_backups_of_the_previous_release_are_claimed_only_by_their_own_database(tmp_path):
    # The previous release (schema 0006) kept flat copies named after the file only.
    path = tmp_path / "vereniging.sqlite3"
    shutil.copyfile(SCHEMAS / "0006-demo.sqlite3", path)
    folder = backup_dir()
    own = folder / "vereniging-20261130-120000-dagelijks.sqlite3"
    shutil.copyfile(SCHEMAS / "0006-demo.sqlite3", own)
    namesake = folder / "vereniging-20261129-120000-dagelijks.sqlite3"
    shutil.copyfile(SCHEMAS / "0005-demo.sqlite3", namesake)  # another organisation's
    open_database(str(path), daily_backups=False).db.dispose()
    found = {b.path.name: b.reason for b in backups_of(path)}
    assert own.name in found and namesake.name not in found
    assert namesake.exists()  # left where it was, never deleted
    assert any(name.endswith("voor-migratie-0006.sqlite3") for name in found)
    assert newest_good_backup(path) is not None


def test_a_killed_backups_temporary_file_is_never_listed_and_is_cleaned_later(db_path):
    open_database(str(db_path)).db.dispose()
    own = backup_dir() / read_identity(db_path)
    leftover = own / f"{atomic.TEMP_PREFIX}123-456-flevodesk-20261201-120000-dagelijks.sqlite3"
    leftover.write_bytes(b"SQLite format 3\x00half")
    assert leftover.name not in {b.path.name for b in backups_of(db_path)}
    hour_ago = time.time() - 7200
    os.utime(leftover, (hour_ago, hour_ago))
    for copy in backups_of(db_path):
        copy.path.unlink()  # so the next opening makes the day's copy again
    open_database(str(db_path)).db.dispose()
    assert not leftover.exists()
    [daily] = backups_of(db_path)
    with sqlite3.connect(daily.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
