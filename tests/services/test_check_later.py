"""Opening with the whole-file check in the background: rows at once, writes only once sound."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from flevodesk.services.backups import backups_of
from flevodesk.services.errors import ServiceError
from flevodesk.services.listing import ListQuery, fetch_page
from flevodesk.services.persons import PersonListing, PersonService
from flevodesk.services.setup import open_database
from tests.services.test_backups import make_database

PAGE = 4096


def damage_a_page_opening_never_reads(path: Path) -> None:
    """Fill the last page (rows of the person-change log, written last) with garbage.

    Opening and the first page of every list still read fine; only the whole-file check
    (or reading that log) meets the damage, as with a bad sector found late.
    """
    conn = sqlite3.connect(path)
    person = conn.execute("SELECT id FROM persons").fetchone()[0]
    conn.executemany(
        "INSERT INTO person_changes (person_id, changed_at, user_name, field, created_at, "
        "updated_at) VALUES (?, '2026-01-01', ?, 'email', '2026-01-01', '2026-01-01')",
        [(person, "x" * 1500) for _ in range(300)],
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size - PAGE)
        handle.write(b"\x07" * PAGE)


@pytest.fixture
def damaged(tmp_path):
    path = tmp_path / "vereniging.sqlite3"
    make_database(path, "Bram")  # also leaves today's backup of the sound file
    damage_a_page_opening_never_reads(path)
    return path


def test_rows_are_read_while_the_check_runs_and_a_late_verdict_stops_every_write(damaged):
    before = {b.path for b in backups_of(damaged)}
    opened = open_database(str(damaged), check_later=True)
    try:
        page = fetch_page(opened.db, PersonListing(), ListQuery(limit=200))
        assert [row["first_name"] for row in page.rows] == ["Bram"]  # on screen meanwhile
        with pytest.raises(ServiceError, match="beschadigd"):
            PersonService(opened.db).create(
                {"first_name": "Zoë", "last_name": "Çelik", "email": "zoe@example.nl"}
            )
        assert opened.finish is not None
        with pytest.raises(ServiceError, match="beschadigd"):
            opened.finish()
    finally:
        opened.db.dispose()
    # No copy of the damaged file was filed as a good backup.
    assert {b.path for b in backups_of(damaged)} == before


def test_a_sound_file_is_written_and_backed_up_after_the_check(tmp_path):
    path = tmp_path / "vereniging.sqlite3"
    open_database(str(path)).db.dispose()  # new: no backup of an empty database
    opened = open_database(str(path), check_later=True)
    try:
        PersonService(opened.db).create(
            {"first_name": "Zoë", "last_name": "Çelik", "email": "zoe@example.nl"}
        )
        assert opened.finish is not None
        made = opened.finish()
    finally:
        opened.db.dispose()
    assert made is not None and made in {b.path for b in backups_of(path)}


def test_without_check_later_a_damaged_page_refuses_the_opening(damaged):
    with pytest.raises(ServiceError, match="beschadigd"):
        open_database(str(damaged))
