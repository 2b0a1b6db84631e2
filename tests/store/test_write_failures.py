"""A save the disk refuses stores nothing, says why in Dutch, and works once there is room."""

import sqlite3

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from flevodesk.services.errors import ServiceError
from flevodesk.services.persons import PersonService
from flevodesk.store import database
from flevodesk.store.database import Database, WriteFailed, translate_write_error


def _limit_pages(db: Database, extra_pages: int) -> None:
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.dispose()

    @event.listens_for(db.engine, "connect")
    def _small_disk(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def test_a_full_disk_refuses_the_save_whole_and_a_later_save_succeeds(db_path):
    db = Database(f"sqlite:///{db_path}")
    _limit_pages(db, 4)
    service = PersonService(db)
    values = {"first_name": "Zoë", "last_name": "Çelik", "notes": "veel tekst " * 20000}
    with pytest.raises(ServiceError, match="De schijf is vol") as caught:
        service.create(values)
    assert "uw invoer blijft staan" in caught.value.message
    db.dispose()

    roomy = Database(f"sqlite:///{db_path}")
    assert PersonService(roomy).create(values).notes == values["notes"]
    with roomy.read() as session:
        count = (
            session.connection()
            .exec_driver_sql("SELECT count(*) FROM persons WHERE last_name = 'Çelik'")
            .scalar()
        )
    roomy.dispose()
    assert count == 1  # the failed attempt left nothing behind


def test_a_read_only_file_is_explained(db_path):
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    try:
        db = Database(f"sqlite:///{db_path}", read_only=True)
        with pytest.raises(ServiceError, match="alleen-lezen"):
            PersonService(db).create({"first_name": "Kees", "last_name": "Jansen"})
        db.dispose()
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o644)


def _refusal(db_path, sql):
    conn = sqlite3.connect(db_path)
    try:
        conn.execute(sql)
    except sqlite3.OperationalError as exc:
        return OperationalError(sql, (), exc)
    finally:
        conn.close()
    raise AssertionError(f"{sql} did not fail")


@pytest.mark.parametrize("table", ["full", "readonly", "locked", "disk_i_o"])
def test_errors_are_told_by_sqlite_code_not_by_english_words(db_path, table):
    # "no such table: full" is SQLITE_ERROR: no disk problem, whatever its text says.
    error = _refusal(db_path, f"SELECT * FROM {table}")
    assert error.orig.sqlite_errorcode == sqlite3.SQLITE_ERROR
    assert translate_write_error(error, db_path) is error


def test_a_disk_error_is_told_by_its_code_whatever_the_text(db_path):
    original = sqlite3.OperationalError("schijf vol (vertaalde SQLite)")
    original.sqlite_errorcode = sqlite3.SQLITE_FULL
    told = translate_write_error(OperationalError("INSERT", (), original), db_path)
    assert isinstance(told, WriteFailed) and "De schijf is vol" in told.message


def test_a_write_while_another_program_writes_says_it_is_busy(db_path, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    db = Database(f"sqlite:///{db_path}")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ServiceError, match="bezet door een ander programma"):
            PersonService(db).create({"first_name": "Kees", "last_name": "Jansen"})
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.dispose()
