"""Encrypting a database in use leaves no new plain copy, and deals with the old ones."""

import sqlite3

import pytest

from flevodesk.cli import main
from flevodesk.services.persons import PersonService
from flevodesk.services.setup import open_database
from flevodesk.store import crypto
from flevodesk.store.backup import backup_file, folder_for
from flevodesk.store.location import backup_dir
from tests.store.backup_files import backup_files

pytest.importorskip("sqlcipher3")

SECRET = "een 'lange' wachtzin"


def _plain_database_with_old_backups(tmp_path, monkeypatch):
    """A plain database with a person, and two plain backups of it from earlier days."""
    path = tmp_path / "kantoor.sqlite3"
    opened = open_database(str(path))
    PersonService(opened.db).create(
        {"first_name": "Zoë", "last_name": "Çelik", "email": "zoe@example.nl"}
    )
    opened.db.dispose()
    old = [
        backup_file(
            path, folder_for(path, backup_dir()) / f"kantoor-2026110{day}-120000-dagelijks.sqlite3"
        )
        for day in (1, 2)
    ]
    monkeypatch.setenv("FLEVODESK_PASSPHRASE", SECRET)
    return path, old


def _holds_plaintext(path):
    return b"zoe@example.nl" in path.read_bytes()


def test_init_encrypt_makes_no_plain_copy_and_says_how_many_old_ones_remain(
    tmp_path, monkeypatch, capsys
):
    path, old = _plain_database_with_old_backups(tmp_path, monkeypatch)
    assert main(["init", "--encrypt", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert sorted(backup_files()) == sorted(old)  # no daily copy on the way
    assert not _holds_plaintext(path)
    assert "Er staan nog 2 onversleutelde reservekopieën" in out
    assert "flevodesk backup encrypt-old" in out and "flevodesk backup delete-plain" in out


def test_old_plain_backups_are_encrypted_with_the_new_passphrase(tmp_path, monkeypatch, capsys):
    path, old = _plain_database_with_old_backups(tmp_path, monkeypatch)
    rows = {}
    for copy in old:
        with sqlite3.connect(copy) as conn:
            rows[copy] = crypto.row_counts(conn)
        conn.close()
    assert main(["init", "--encrypt", "--db", str(path)]) == 0
    capsys.readouterr()
    assert main(["backup", "encrypt-old", "--db", str(path)]) == 0
    assert "2 onversleutelde reservekopieën versleuteld" in capsys.readouterr().out
    for copy in old:
        assert not _holds_plaintext(copy)
        conn = crypto.connect(copy, SECRET, read_only=True)
        try:
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            assert crypto.row_counts(conn) == rows[copy]
        finally:
            conn.close()
    # Opening the encrypted database made today's copy, encrypted too.
    assert not any(_holds_plaintext(copy) for copy in backup_files())
    assert main(["backup", "encrypt-old", "--db", str(path)]) == 0
    assert "0 onversleutelde" in capsys.readouterr().out


def test_old_plain_backups_can_be_deleted_instead(tmp_path, monkeypatch, capsys):
    path, old = _plain_database_with_old_backups(tmp_path, monkeypatch)
    assert main(["init", "--encrypt", "--db", str(path)]) == 0
    assert main(["backup", "delete-plain", "--db", str(path)]) == 1  # no terminal, no --yes
    assert all(copy.exists() for copy in old)
    assert main(["backup", "delete-plain", "--yes", "--db", str(path)]) == 0
    assert "2 onversleutelde reservekopieën verwijderd" in capsys.readouterr().out
    assert not any(copy.exists() for copy in old)
    assert path.exists() and not _holds_plaintext(path)
    # The backup command itself still works beside its new actions.
    assert main(["backup", "--db", str(path)]) == 0
    assert "Reservekopie gemaakt" in capsys.readouterr().out
    assert not any(_holds_plaintext(copy) for copy in backup_files())
