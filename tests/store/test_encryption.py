"""Encryption at rest: no readable byte without the passphrase, and everything still works."""

import sqlite3

import pytest

from flevodesk.cli import main
from flevodesk.services.backups import backups_of
from flevodesk.services.persons import PersonService
from flevodesk.services.setup import (
    PassphraseRequired,
    WrongPassphrase,
    change_passphrase,
    check_database,
    encrypt_database,
    open_database,
)

pytest.importorskip("sqlcipher3")


def _no_plaintext(path, *needles):
    data = path.read_bytes()
    return all(n.encode() not in data for n in needles)


def test_a_new_encrypted_database_holds_no_readable_text(tmp_path):
    path = tmp_path / "geheim.sqlite3"
    opened = open_database(str(path), passphrase="paard batterij nietje")
    assert opened.created
    PersonService(opened.db).create(
        {"first_name": "Şükrü", "last_name": "Yılmaz", "email": "sukru@example.nl"}
    )
    with opened.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.dispose()
    assert _no_plaintext(path, "sukru@example.nl", "Flever", "SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(path) as conn:
        conn.execute("SELECT * FROM persons").fetchall()


def test_the_passphrase_is_needed_and_checked(tmp_path):
    path = tmp_path / "geheim.sqlite3"
    open_database(str(path), passphrase="juist").db.dispose()
    with pytest.raises(PassphraseRequired, match="FLEVODESK_PASSPHRASE"):
        open_database(str(path))
    with pytest.raises(WrongPassphrase, match="klopt niet"):
        open_database(str(path), passphrase="fout")
    assert "versleuteld" in check_database(str(path), passphrase="juist")


def test_an_existing_database_is_encrypted_in_place_with_its_data(db_path):
    opened = open_database(str(db_path))
    PersonService(opened.db).create(
        {"first_name": "Zoë", "last_name": "Çelik", "email": "zoe@example.nl"}
    )
    db = encrypt_database(opened.db, "nieuw geheim")
    assert PersonService(db).find_by_email("zoe@example.nl").first_name == "Zoë"
    db.dispose()
    assert _no_plaintext(db_path, "zoe@example.nl")
    assert not db_path.with_name(db_path.name + ".versleutelen").exists()


def test_the_passphrase_can_be_changed(tmp_path):
    path = tmp_path / "geheim.sqlite3"
    opened = open_database(str(path), passphrase="oud")
    with pytest.raises(WrongPassphrase):
        change_passphrase(opened.db, "verkeerd", "nieuw")
    db = change_passphrase(opened.db, "oud", "nieuw")
    db.dispose()
    with pytest.raises(WrongPassphrase):
        open_database(str(path), passphrase="oud")
    open_database(str(path), passphrase="nieuw").db.dispose()


def test_backups_of_an_encrypted_database_are_encrypted(tmp_path):
    path = tmp_path / "geheim.sqlite3"
    opened = open_database(str(path), passphrase="sleutel")
    PersonService(opened.db).create(
        {"first_name": "Anja", "last_name": "de Jong", "email": "anja@example.nl"}
    )
    opened.db.dispose()
    reopened = open_database(str(path), passphrase="sleutel")  # first opening today: backup
    reopened.db.dispose()
    assert reopened.daily_backup is not None
    backup = reopened.daily_backup
    assert _no_plaintext(backup, "anja@example.nl", "SQLite format 3")
    restored = open_database(str(backup), passphrase="sleutel", daily_backups=False)
    assert PersonService(restored.db).find_by_email("anja@example.nl").last_name == "de Jong"
    restored.db.dispose()
    assert [b.path for b in backups_of(path, "sleutel")] == [backup]


def test_command_line_encryption_round_trip(tmp_path, monkeypatch, capsys):
    path = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("FLEVODESK_PASSPHRASE", "een 'lastige' zin")
    assert main(["init", "--encrypt", "--db", str(path)]) == 0
    assert main(["check", "--db", str(path)]) == 0
    monkeypatch.setenv("FLEVODESK_NEW_PASSPHRASE", "nieuw")
    assert main(["passphrase", "--db", str(path)]) == 0
    assert main(["check", "--db", str(path)]) == 1
    assert "klopt niet" in capsys.readouterr().err
    monkeypatch.delenv("FLEVODESK_PASSPHRASE")
    assert main(["check", "--db", str(path)]) == 1
    assert "versleuteld" in capsys.readouterr().err


def test_an_encrypted_database_serves_many_threads_at_once(tmp_path):
    # The GUI reads from its worker threads and from every opening's own; more than five
    # at once made pysqlcipher's default pool close connections still in use.
    from tests.store.test_key_derivation import read_from_threads

    opened = open_database(str(tmp_path / "geheim.sqlite3"), passphrase="paard batterij nietje")
    db = opened.db
    failures = read_from_threads(db)
    db.dispose()
    assert failures == []
