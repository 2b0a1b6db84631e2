"""``flevodesk check`` names the way back from damage; ``flevodesk restore`` takes it."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from flevodesk.cli import main
from flevodesk.services.backups import backups_of, newest_good_backup
from flevodesk.store import crypto
from tests.services.test_backups import (
    RUBBISH,
    _leave_a_hot_journal,
    damage,
    first_names,
    make_database,
)


def test_check_on_a_damaged_database_names_its_own_newest_backup_and_the_command(tmp_path, capsys):
    first, second = tmp_path / "a" / "vereniging.sqlite3", tmp_path / "b" / "vereniging.sqlite3"
    make_database(first, "Anna")
    make_database(second, "Bram")
    own = backups_of(second)[0].path
    damage(second)
    assert main(["--db", str(second), "check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "beschadigd" in err
    assert str(own) in err and str(backups_of(first)[0].path) not in err
    command = err.split("zet die terug met: ")[1].strip()
    assert command.startswith(f"flevodesk restore {shlex.quote(str(own))}")
    # The command works as printed, over the damaged file.
    assert main(shlex.split(command)[1:]) == 0
    assert "vorige database is bewaard" in capsys.readouterr().out
    assert first_names(second) == {"Bram"}
    assert main(["--db", str(second), "check"]) == 0


def test_check_without_a_good_backup_says_so(tmp_path, capsys):
    path = tmp_path / "los.sqlite3"
    path.write_bytes(RUBBISH)
    assert main(["--db", str(path), "check"]) == 1
    assert "geen goede reservekopie" in capsys.readouterr().err


@pytest.fixture
def rekeyed_backup(tmp_path):
    if not crypto.sqlcipher_available():
        pytest.skip("sqlcipher3 is not installed")
    path = tmp_path / "geheim.sqlite3"
    make_database(path, "Oud", passphrase="oud")
    backup = backups_of(path, "oud")[0].path
    crypto.change_passphrase(path, "oud", "nieuw")
    return path, backup


def test_restore_of_a_backup_from_before_a_passphrase_change_on_the_command_line(
    rekeyed_backup, monkeypatch, capsys
):
    path, backup = rekeyed_backup
    monkeypatch.setenv("FLEVODESK_PASSPHRASE", "nieuw")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", str(path), "restore", str(backup)]) == 1
    assert "FLEVODESK_BACKUP_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("FLEVODESK_BACKUP_PASSPHRASE", "fout")
    assert main(["--db", str(path), "restore", str(backup)]) == 1
    assert "klopt niet" in capsys.readouterr().err
    monkeypatch.setenv("FLEVODESK_BACKUP_PASSPHRASE", "oud")
    assert main(["--db", str(path), "restore", str(backup)]) == 0
    assert first_names(path, "nieuw") == {"Oud"}
    assert main(["--db", str(path), "check"]) == 0


def test_restore_asks_the_backups_passphrase_at_a_terminal(rekeyed_backup, monkeypatch):
    path, backup = rekeyed_backup
    monkeypatch.setenv("FLEVODESK_PASSPHRASE", "nieuw")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "oud")
    assert main(["--db", str(path), "restore", str(backup)]) == 0
    assert asked == ["Wachtzin van de reservekopie: "]
    assert first_names(path, "nieuw") == {"Oud"}


def test_restoring_another_databases_backup_by_hand_works_and_says_so(tmp_path, capsys):
    first, second = tmp_path / "a" / "vereniging.sqlite3", tmp_path / "b" / "vereniging.sqlite3"
    make_database(first, "Anna")
    make_database(second, "Bram")
    other = backups_of(first)[0].path
    assert main(["--db", str(second), "restore", str(other)]) == 0
    assert "hoort bij een andere database" in capsys.readouterr().out
    assert first_names(second) == {"Anna"}
    # Its identity came along with its content: it is now a copy of the first database.
    assert newest_good_backup(second) == other


def test_check_beside_an_interrupted_write_says_opening_rolls_it_back_not_restore(tmp_path, capsys):
    path = tmp_path / "vereniging.sqlite3"
    make_database(path, "Anna")  # with a good backup that check must not push instead
    _leave_a_hot_journal(path)
    assert main(["check", "--db", str(path)]) == 1
    message = capsys.readouterr().err
    assert "schrijfactie onderbroken" in message and "Open de database met FlevoDesk" in message
    assert "restore" not in message and "beveiligd" not in message
    assert Path(f"{path}-journal").exists()  # check changed nothing
    assert main(["check", "--db", str(path)]) == 1  # and says the same again
    capsys.readouterr()
    assert main(["export", "volunteers", "--out", str(tmp_path / "v.csv"), "--db", str(path)]) == 0
    assert not Path(f"{path}-journal").exists()  # opening rolled it back
    assert main(["check", "--db", str(path)]) == 0
