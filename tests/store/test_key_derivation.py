"""An encrypted database's key is derived once per process and opens every connection."""

import logging
import threading

import pytest

from flevodesk.domain.people import Person
from flevodesk.services.persons import PersonService
from flevodesk.services.setup import WrongPassphrase, open_database
from flevodesk.store import crypto

sqlcipher3 = pytest.importorskip("sqlcipher3")

PASSPHRASE = "paard batterij nietje"


@pytest.fixture
def encrypted(tmp_path):
    path = tmp_path / "geheim.sqlite3"
    opened = open_database(str(path), passphrase=PASSPHRASE)
    PersonService(opened.db).create(
        {"first_name": "Anja", "last_name": "de Jong", "email": "anja@example.nl"}
    )
    opened.db.dispose()
    crypto._derived.cache_clear()
    return path


def read_from_threads(db, threads: int = 8) -> list[BaseException]:
    """Read from ``threads`` threads at once, each on its own pooled connection."""
    together = threading.Barrier(threads)
    failures: list[BaseException] = []

    def read() -> None:
        try:
            with db.read() as session:
                session.query(Person).count()
                together.wait(timeout=30)  # every thread holds its own connection now
                session.query(Person).count()
        except BaseException as exc:  # reported below, not lost in the thread
            failures.append(exc)

    workers = [threading.Thread(target=read) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    return failures


def test_opening_derives_the_key_once_for_every_connection_check_and_backup(
    encrypted, monkeypatch, caplog
):
    statements: list[str] = []

    def traced(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    # Every connection, SQLAlchemy's pool and the store's own ones alike.
    real_connect = sqlcipher3.dbapi2.connect
    monkeypatch.setattr(sqlcipher3.dbapi2, "connect", traced)
    monkeypatch.setattr(sqlcipher3, "connect", traced)
    caplog.set_level(logging.DEBUG)
    opened = open_database(str(encrypted), passphrase=PASSPHRASE)  # checks, registers, backs up
    failures = read_from_threads(opened.db)
    opened.db.dispose()
    assert failures == []
    keyings = [s for s in statements if s.lower().startswith("pragma key")]
    assert len(keyings) >= 8
    # Keyed by the passphrase itself, SQLCipher would derive the key once more each time.
    assert all("x'" in s and PASSPHRASE not in s for s in keyings)
    assert crypto._derived.cache_info().misses == 1
    assert opened.daily_backup is not None
    assert PASSPHRASE not in caplog.text
    # The backup is encrypted with the same passphrase: SQLCipher's own derivation opens it.
    conn = sqlcipher3.connect(str(opened.daily_backup))
    conn.execute(f"PRAGMA key = {crypto.quote(PASSPHRASE)}")
    assert conn.execute("SELECT email FROM persons").fetchall() == [("anja@example.nl",)]
    conn.close()
    assert b"anja@example.nl" not in opened.daily_backup.read_bytes()


def test_a_wrong_passphrase_is_refused_after_the_right_one_was_derived(encrypted):
    open_database(str(encrypted), passphrase=PASSPHRASE, daily_backups=False).db.dispose()
    with pytest.raises(WrongPassphrase):
        open_database(str(encrypted), passphrase="paard batterij nietjes", daily_backups=False)
