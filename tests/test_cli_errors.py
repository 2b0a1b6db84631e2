"""Every error a user can meet on the command line: one Dutch line, never a traceback."""

import argparse
import sqlite3

import pytest
from sqlalchemy import Engine, event

from flevodesk import cli, error_log
from flevodesk.cli import main
from flevodesk.store import database

ENGLISH = (
    "Traceback",
    "Error",
    "usage:",
    "invalid choice",
    "the following arguments",
    "unrecognized",
    "expected one",
    "No such file",
    "Is a directory",
    "Permission denied",
    "locked",
    "readonly",
)


def _one_dutch_line(text):
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    for word in ENGLISH:
        assert word not in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def volunteers_csv(tmp_path):
    path = tmp_path / "vrijwilligers.csv"
    path.write_text("Naam;E-mail\nKees Jansen;kees@example.nl\n", encoding="utf-8")
    return path


def test_db_on_a_folder_is_one_dutch_line(tmp_path, capsys, volunteers_csv):
    folder = tmp_path / "map"
    folder.mkdir()
    for command in (["check"], ["import", "volunteers", str(volunteers_csv)], ["init"]):
        assert main(["--db", str(folder), *command]) == 1
        line = _one_dutch_line(capsys.readouterr().err)
        assert str(folder) in line and "map" in line
    assert list(folder.iterdir()) == []


def test_db_in_a_missing_folder_is_one_dutch_line(tmp_path, capsys, volunteers_csv):
    target = tmp_path / "weg" / "db.sqlite3"
    assert main(["--db", str(target), "import", "volunteers", str(volunteers_csv)]) == 1
    assert "bestaat niet" in _one_dutch_line(capsys.readouterr().err)
    assert not target.parent.exists()


@pytest.mark.parametrize("protect", ["file", "folder"])
def test_a_write_protected_database_reads_and_refuses_writes_in_dutch(
    db_path, tmp_path_factory, capsys, volunteers_csv, write_protect, protect
):
    write_protect(db_path if protect == "file" else db_path.parent)
    assert main(["--db", str(db_path), "import", "volunteers", str(volunteers_csv)]) == 1
    line = _one_dutch_line(capsys.readouterr().err)
    assert "alleen-lezen" in line and "beveiligd tegen schrijven" in line
    assert "beschadigd" not in line and "bereikbaar" not in line
    assert main(["--db", str(db_path), "check"]) == 0
    out = tmp_path_factory.mktemp("uitvoer") / "partners.csv"
    assert main(["--db", str(db_path), "export", "table", "partners", "--out", str(out)]) == 0
    assert "15 rijen geschreven" in capsys.readouterr().out


def test_an_import_while_another_program_writes_is_refused_whole(
    db_path, capsys, volunteers_csv, monkeypatch
):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    assert main(["--db", str(db_path), "check"]) == 0
    capsys.readouterr()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert main(["--db", str(db_path), "import", "volunteers", str(volunteers_csv)]) == 1
        err = capsys.readouterr().err
    finally:
        other.execute("ROLLBACK")
    line = _one_dutch_line(err)
    assert "bezet door een ander programma" in line and "niets opgeslagen" in line
    assert other.execute("SELECT count(*) FROM persons").fetchone() == (0,)
    other.close()


@pytest.mark.parametrize(
    ("argv", "dutch"),
    [
        (["onzin"], "ongeldige keuze: 'onzin' (kies uit"),
        (["import", "volunteers"], "deze argumenten ontbreken: BESTAND"),
        (["check", "overbodig"], "onbekende argumenten: overbodig"),
        (["export", "funding", "--out"], "argument --out: verwacht één waarde"),
        (["export", "funding", "--id", "x", "--out", "a.pdf"], "verwacht een geheel getal"),
        (["export", "table", "geen", "--out", "a.csv"], "ongeldige keuze: 'geen'"),
    ],
)
def test_wrong_usage_is_told_in_dutch_with_exit_2(capsys, argv, dutch):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert dutch in err
    assert err.startswith("gebruik: flevodesk")
    for word in ENGLISH:
        assert word not in err
    # argparse is itself again afterwards (pytest and others use it too).
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_the_help_is_dutch(capsys):
    assert main(["import", "volunteers", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: flevodesk import volunteers")
    assert "\nargumenten:\n" in out and "\nopties:\n" in out
    assert "toon deze hulp en stop" in out
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in out
    assert main(["--help"]) == 0
    assert "toon het versienummer en stop" in capsys.readouterr().out


def test_an_unexpected_error_is_logged_and_told_in_one_dutch_sentence(db_path, capsys, monkeypatch):
    def broken(_args):
        raise RuntimeError("interne fout 4711")

    monkeypatch.setattr(cli, "cmd_check", broken)
    assert main(["--db", str(db_path), "check"]) == 1
    err = capsys.readouterr().err
    log = error_log.log_path()
    line = _one_dutch_line(err)
    assert line.startswith("flevodesk: Er ging iets onverwachts mis")
    assert str(log) in line and "4711" not in line
    logged = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: interne fout 4711" in logged and "broken" in logged
    error_log.uninstall()


def test_an_interrupted_command_says_so(db_path, capsys, monkeypatch):
    def interrupted(_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_check", interrupted)
    assert main(["--db", str(db_path), "check"]) == 1
    assert _one_dutch_line(capsys.readouterr().err) == "flevodesk: afgebroken"


def test_an_import_onto_a_full_disk_is_refused_whole(db_path, tmp_path, capsys):
    rows = "".join(f"Persoon{i} Achternaam{i};p{i}@example.nl\n" for i in range(400))
    many = tmp_path / "veel.csv"
    many.write_text("Naam;E-mail\n" + rows, encoding="utf-8")
    with sqlite3.connect(db_path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()

    def full_disk(dbapi_connection, _record):
        # SQLite's own "disk full" (SQLITE_FULL) as soon as the file would grow.
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", full_disk)
    try:
        assert main(["--db", str(db_path), "import", "volunteers", str(many)]) == 1
    finally:
        event.remove(Engine, "connect", full_disk)
    line = _one_dutch_line(capsys.readouterr().err)
    assert "De schijf is vol" in line and "niets opgeslagen" in line
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM persons").fetchone() == (0,)
    conn.close()


def test_a_write_protected_database_in_the_older_journal_mode_still_exports(
    db_path, tmp_path, capsys, write_protect
):
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    conn.close()
    write_protect(db_path)
    out = tmp_path / "partners.csv"
    assert main(["--db", str(db_path), "export", "table", "partners", "--out", str(out)]) == 0
    assert "15 rijen geschreven" in capsys.readouterr().out
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 16


def test_an_encrypted_database_on_a_write_protected_stick_reads_with_its_passphrase(
    tmp_path, tmp_path_factory, capsys, monkeypatch, write_protect
):
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "stick" / "versleuteld.sqlite3"
    path.parent.mkdir()
    monkeypatch.setenv("FLEVODESK_PASSPHRASE", "een wachtzin op de stick")
    assert main(["--db", str(path), "init", "--encrypt"]) == 0
    warm = tmp_path / "eerst.csv"  # opened for writing once: the file is in WAL mode now
    assert main(["--db", str(path), "export", "table", "partners", "--out", str(warm)]) == 0
    with open(path, "rb") as handle:
        assert handle.read(16) != b"SQLite format 3\x00"  # still encrypted
    capsys.readouterr()
    write_protect(path.parent)
    out = tmp_path_factory.mktemp("uitvoer") / "partners.csv"
    assert main(["--db", str(path), "export", "table", "partners", "--out", str(out)]) == 0
    assert "15 rijen geschreven" in capsys.readouterr().out
