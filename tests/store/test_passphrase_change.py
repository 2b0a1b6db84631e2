"""A passphrase change replaces the file only by a checked, complete copy, and says so."""

import pytest

from flevodesk.cli import main
from flevodesk.services.setup import open_database
from flevodesk.store import crypto
from flevodesk.store.errors import StoreError

pytest.importorskip("sqlcipher3")


def _encrypted(tmp_path, passphrase="oud"):
    path = tmp_path / "geheim.sqlite3"
    open_database(str(path), passphrase=passphrase).db.dispose()
    return path


def _header_fields(path, passphrase):
    conn = crypto.connect(path, passphrase, read_only=True)
    try:
        return tuple(
            conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("user_version", "application_id")
        )
    finally:
        conn.close()


def test_the_new_copy_keeps_the_header_fields_sqlcipher_export_leaves_out(tmp_path):
    path = _encrypted(tmp_path)
    conn = crypto.connect(path, "oud")
    conn.execute("PRAGMA user_version = 7")
    conn.execute("PRAGMA application_id = 1179403076")
    conn.close()
    crypto.change_passphrase(path, "oud", "nieuw")
    assert _header_fields(path, "nieuw") == (7, 1179403076)


def test_a_copy_that_does_not_match_the_original_is_never_swapped_in(tmp_path, monkeypatch):
    path = _encrypted(tmp_path)
    real = crypto.row_counts
    calls = []

    def one_row_short(conn):
        counts = real(conn)
        calls.append(1)
        if len(calls) == 2:  # the check of the new copy
            counts["persons"] = counts.get("persons", 0) - 1
        return counts

    monkeypatch.setattr(crypto, "row_counts", one_row_short)
    with pytest.raises(StoreError, match="niet gelijk aan het origineel; de oude wachtzin geldt"):
        crypto.change_passphrase(path, "oud", "nieuw")
    assert len(calls) == 2
    assert not path.with_name(path.name + crypto.REKEYING_SUFFIX).exists()
    monkeypatch.undo()
    conn = crypto.connect(path, "oud", read_only=True)
    assert crypto.row_counts(conn)  # the old passphrase still opens everything
    conn.close()


def test_the_command_line_says_an_interrupted_change_left_the_old_passphrase(
    tmp_path, monkeypatch, capsys
):
    path = _encrypted(tmp_path)
    leftover = path.with_name(path.name + crypto.REKEYING_SUFFIX)
    leftover.write_bytes(b"\0" * 4096)  # what a kill before the rename leaves
    monkeypatch.setenv("FLEVODESK_PASSPHRASE", "oud")
    monkeypatch.setenv("FLEVODESK_NEW_PASSPHRASE", "nieuw")
    assert main(["passphrase", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "niet afgemaakt; de oude wachtzin geldt nog" in out
    assert "De wachtzin is gewijzigd" in out
    assert not leftover.exists()
    open_database(str(path), passphrase="nieuw", daily_backups=False).db.dispose()


def test_a_rename_the_disk_refuses_is_said_in_dutch_and_keeps_the_old_passphrase(
    tmp_path, monkeypatch
):
    import errno

    from flevodesk.services.errors import ServiceError
    from flevodesk.services.setup import change_passphrase

    path = _encrypted(tmp_path)
    opened = open_database(str(path), passphrase="oud", daily_backups=False)

    def refuse(_source, _target):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(crypto.os, "replace", refuse)
    with pytest.raises(ServiceError, match="alleen-lezen; de oude wachtzin geldt nog") as told:
        change_passphrase(opened.db, "oud", "nieuw")
    monkeypatch.undo()
    assert "Read-only" not in told.value.message
    assert not path.with_name(path.name + crypto.REKEYING_SUFFIX).exists()
    open_database(str(path), passphrase="oud", daily_backups=False).db.dispose()
