"""Backup while another connection writes; restore that checks first and keeps a copy."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import func, select

from flevodesk.cli import main
from flevodesk.domain.people import Person
from flevodesk.services.backups import backup_database, check_backup, restore_database
from flevodesk.services.errors import ServiceError
from flevodesk.store.database import Database
from flevodesk.store.location import backup_dir

# Of a database file: skipped with --on-postgres.
pytestmark = pytest.mark.sqlite_only


def count(db):
    with db.read() as session:
        return session.scalar(select(func.count(Person.id)))


class Writer(threading.Thread):
    """A second connection that keeps adding persons, one transaction each."""

    def __init__(self, path):
        super().__init__(daemon=True)
        self.db = Database(f"sqlite:///{path}")
        self.stop = threading.Event()
        self.written = 0
        self.error = None

    def run(self):
        try:
            while not self.stop.is_set():
                with self.db.write() as session:
                    session.add(Person(first_name="Schrijver", last_name=str(self.written)))
                self.written += 1
        except Exception as exc:  # reported by the test
            self.error = exc
        finally:
            self.db.dispose()

    def __enter__(self):
        self.start()
        while self.written < 5 and self.error is None:
            self.stop.wait(0.005)
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.join(10)
        assert self.error is None, self.error


def test_backup_while_another_connection_writes(db, tmp_path):
    with Writer(db.path) as writer:
        copies = [backup_database(db, tmp_path / f"kopie-{i}.sqlite3") for i in range(5)]
        assert writer.written > 0
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            names = [r[0] for r in conn.execute("SELECT last_name FROM persons ORDER BY id")]
        conn.close()
        # A consistent snapshot: persons 0..n-1 without gaps.
        assert names == [str(i) for i in range(len(names))]
        check_backup(copy)


def test_default_backup_goes_to_the_backup_folder(db):
    path = backup_database(db)
    assert path.parent.parent == backup_dir()  # in the subfolder of the database's identity
    assert "handmatig" in path.name


def test_restore_while_another_connection_writes_keeps_a_copy(db, tmp_path):
    with db.write() as session:
        session.add(Person(first_name="In", last_name="Backup"))
    backup = backup_database(db, tmp_path / "backup.sqlite3")
    with db.write() as session:
        session.add(Person(first_name="Na", last_name="Backup"))
    with Writer(db.path) as writer:
        result = restore_database(db, backup)
        before_stop = writer.written
    assert before_stop > 0
    assert result.kept_copy is not None and result.kept_copy.parent.parent == backup_dir()
    with sqlite3.connect(result.kept_copy) as conn:
        kept = {r[0] for r in conn.execute("SELECT last_name FROM persons")}
    conn.close()
    assert "Backup" in kept
    with db.read() as session:
        names = {(p.first_name, p.last_name) for p in session.scalars(select(Person))}
    assert ("In", "Backup") in names
    assert ("Na", "Backup") not in names
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), "is leeg"),
        (lambda p: p.write_text("Naam;E-mail\n" * 200), "geen FlevoDesk-database"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), "geen"),
        (lambda p: None, "bestaat niet"),
    ],
)
def test_restore_refuses_what_is_not_a_flevodesk_database(db, tmp_path, make, message):
    source = tmp_path / "verkeerd.sqlite3"
    make(source)
    before = count(db)
    with pytest.raises(ServiceError, match=message):
        restore_database(db, source)
    assert count(db) == before
    assert not list(backup_dir().rglob("*voor-herstel*"))


def test_restore_refuses_the_database_itself(db):
    with pytest.raises(ServiceError, match="database zelf"):
        restore_database(db, db.path)


def test_command_line_backup_and_restore(db, tmp_path, capsys):
    db.dispose()
    target = str(db.path)
    out = tmp_path / "kopie.sqlite3"
    assert main(["--db", target, "backup", "--out", str(out)]) == 0
    assert out.exists()
    assert main(["--db", target, "restore", str(out)]) == 0
    assert "vorige database is bewaard" in capsys.readouterr().out
    text = tmp_path / "lijst.csv"
    text.write_text("Naam\nKees\n" * 100)
    assert main(["--db", target, "restore", str(text)]) == 1
    assert "geen FlevoDesk-database" in capsys.readouterr().err
