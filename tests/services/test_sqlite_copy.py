"""Exporteren naar een SQLite-bestand: the server's data as a file that opens as it is."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

import flevodesk.services.sqlite_copy as sqlite_copy
from flevodesk.domain.models import Base
from flevodesk.services.demo import load_demo_data
from flevodesk.services.errors import ServiceError
from flevodesk.services.export_log import exports_before
from flevodesk.services.setup import open_database
from flevodesk.services.sqlite_copy import export_to_sqlite
from flevodesk.store.database import Database
from flevodesk.store.identity import IDENTITY_KEY

SETTINGS = Base.metadata.tables["settings"]


@pytest.fixture
def server_db(pg_demo_url):
    db = Database(pg_demo_url)
    yield db
    db.dispose()


def _counts(db):
    with db.read() as session:
        return {
            t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def _identity(db):
    with db.read() as session:
        query = select(SETTINGS.c.value).where(SETTINGS.c.key == IDENTITY_KEY)
        return session.execute(query).scalar()


def test_the_copy_holds_every_row_and_opens_as_a_file_of_its_own(server_db, tmp_path):
    out = tmp_path / "laptop.sqlite3"
    expected = _counts(server_db)  # before: the export's own note is added after the copy
    copied = export_to_sqlite(server_db, out)
    assert expected["persons"] == 60
    assert copied == sum(expected.values())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laptop.sqlite3"]  # no -wal beside
    with sqlite3.connect(out) as raw:  # the search index was filled as the persons came in
        assert raw.execute("SELECT count(*) FROM person_search").fetchone() == (60,)
    opened = open_database(str(out), daily_backups=False)
    try:
        assert _counts(opened.db) == expected
        assert _identity(opened.db) not in (None, _identity(server_db))
    finally:
        opened.db.dispose()
    with server_db.read() as session:  # an erasure later names the copy among the exports
        from datetime import UTC, datetime

        assert out in [note.path for note in exports_before(session, datetime.now(UTC))]


def test_a_copy_that_does_not_match_is_not_put_in_place(server_db, tmp_path, monkeypatch):
    real_check = sqlite_copy._check

    def short_by_one(copy, copied):
        copied["persons"] += 1  # as if a row was lost on the way
        real_check(copy, copied)

    monkeypatch.setattr(sqlite_copy, "_check", short_by_one)
    out = tmp_path / "laptop.sqlite3"
    out.write_bytes(b"an older copy")
    with pytest.raises(ServiceError, match="tabel persons kreeg 60 van de 61 rijen"):
        export_to_sqlite(server_db, out)
    assert out.read_bytes() == b"an older copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laptop.sqlite3"]


def test_a_missing_folder_is_one_dutch_sentence(server_db, tmp_path):
    with pytest.raises(ServiceError) as caught:
        export_to_sqlite(server_db, tmp_path / "geen-map" / "kopie.sqlite3")
    assert "geen-map" in caught.value.message


def test_a_database_file_copies_too(db_path, tmp_path):
    source = Database(f"sqlite:///{db_path}")
    try:
        with source.write() as session:
            load_demo_data(session)
        out = tmp_path / "copy.sqlite3"
        expected = _counts(source)
        export_to_sqlite(source, out)
        copy = Database(f"sqlite:///{out}")
        try:
            assert _counts(copy) == expected
        finally:
            copy.dispose()
    finally:
        source.dispose()
