"""SQLite is opened the way DESIGN.md asks: WAL, foreign keys, busy timeout, immediate writes."""

import threading

import pytest
from sqlalchemy import text

from flevodesk.domain.geography import Municipality
from flevodesk.store.database import BUSY_TIMEOUT_MS, Database
from flevodesk.store.location import resolve_target, sqlite_file


@pytest.mark.sqlite_only
def test_connections_use_wal_foreign_keys_and_a_busy_timeout(db):
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS


@pytest.mark.sqlite_only
def test_every_connection_zeroes_what_it_frees_whatever_the_sqlite_build_does(db_path):
    # This machine's SQLite zeroes freed bytes by default; a build that does not would
    # leave a deleted or erased person's old values in the file.
    from tests.services.exchange.sites import without_secure_delete

    db = Database(f"sqlite:///{db_path}")
    try:
        without_secure_delete(db)
        with db.read() as session:
            assert session.execute(text("PRAGMA secure_delete")).scalar() == 1
    finally:
        db.dispose()


def test_a_second_writer_waits_instead_of_failing(db_path):
    first, second = Database(f"sqlite:///{db_path}"), Database(f"sqlite:///{db_path}")
    holding, released = threading.Event(), threading.Event()

    def hold_the_lock():
        with first.write() as session:
            session.add(Municipality(name="Eerste"))
            session.flush()
            holding.set()
            released.wait(5)

    worker = threading.Thread(target=hold_the_lock)
    worker.start()
    holding.wait(5)
    threading.Timer(0.2, released.set).start()
    with second.write() as session:  # blocks until the first commits, then succeeds
        session.add(Municipality(name="Tweede"))
    worker.join()
    with second.read() as session:
        names = set(session.scalars(text("SELECT name FROM municipalities")).all())
    first.dispose()
    second.dispose()
    assert {"Eerste", "Tweede"} <= names


def test_a_failed_write_leaves_nothing_behind(db):
    try:
        with db.write() as session:
            session.add(Municipality(name="Half"))
            session.flush()
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    with db.read() as session:
        assert (
            session.execute(text("SELECT count(*) FROM municipalities WHERE name='Half'")).scalar()
            == 0
        )


def test_the_target_comes_from_the_option_then_the_environment_then_the_data_folder(
    monkeypatch, tmp_path, isolated_user_dirs
):
    assert resolve_target(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    monkeypatch.setenv("FLEVODESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_target(None).endswith("env.sqlite3")
    assert resolve_target(str(tmp_path / "a.sqlite3")).endswith("a.sqlite3")
    monkeypatch.delenv("FLEVODESK_DB")
    default = sqlite_file(resolve_target(None))
    assert default is not None
    assert default.is_relative_to(isolated_user_dirs / "data")
    assert resolve_target("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
