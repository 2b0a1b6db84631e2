"""The command line as a user types it: exit codes, Dutch messages, --db anywhere."""

import sqlite3
import subprocess
import sys

import pytest

from flevodesk import __version__
from flevodesk.cli import main
from flevodesk.services.setup import open_database


def test_init_creates_a_database_with_reference_data(tmp_path, capsys):
    path = tmp_path / "nieuw.sqlite3"
    assert main(["init", "--db", str(path)]) == 0
    assert "Database aangemaakt" in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM partners").fetchone() == (15,)
        assert conn.execute("SELECT count(*) FROM persons").fetchone() == (0,)
    conn.close()
    assert main(["--db", str(path), "init"]) == 0
    assert "bestaat al" in capsys.readouterr().out


def test_init_demo_adds_the_marked_demo_set_once(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    assert main(["init", "--demo", f"--db={path}"]) == 0
    assert "Demoset toegevoegd" in capsys.readouterr().out
    assert main(["init", "--demo", f"--db={path}"]) == 0
    assert "al aanwezig" in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        persons, demo = conn.execute("SELECT count(*), sum(is_demo) FROM persons").fetchone()
        municipalities = conn.execute(
            "SELECT count(DISTINCT municipality_id) FROM initiatives WHERE is_demo"
        ).fetchone()
        statuses = conn.execute(
            "SELECT count(DISTINCT status) FROM funding_applications"
        ).fetchone()
        hours = conn.execute("SELECT count(*) FROM hours_entries").fetchone()
    conn.close()
    assert 50 <= persons == demo <= 70
    assert municipalities == (6,)
    assert statuses == (8,)
    assert hours[0] > 100


def test_check_reports_a_sound_database(db_target, capsys):
    assert main(["check", "--db", db_target]) == 0
    assert "in orde" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"geen database" * 100, "geen FlevoDesk-database of is beschadigd"),
        (b"", "is leeg"),
    ],
)
def test_check_refuses_what_is_not_a_sound_database(tmp_path, capsys, content, message):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
    assert path.read_bytes() == content


def test_check_on_a_missing_file(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "weg.sqlite3")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_the_environment_variable_chooses_the_database(tmp_path, monkeypatch, capsys):
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("FLEVODESK_DB", str(path))
    assert main(["init"]) == 0
    assert str(path) in capsys.readouterr().out


def test_usage_errors_exit_with_2(capsys):
    assert main(["onzin"]) == 2
    assert "fout in de opdracht" in capsys.readouterr().err
    assert main(["check", "--db"]) == 2


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"FlevoDesk {__version__}"


def test_the_installed_entry_point_runs_headless(tmp_path):
    # No display and no Qt import are needed for the command line.
    result = subprocess.run(
        [sys.executable, "-m", "flevodesk", "--db", str(tmp_path / "e.sqlite3"), "init"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "Database aangemaakt" in result.stdout


def test_open_database_refuses_a_newer_schema_untouched(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.close()
    before = db_path.read_bytes()
    from flevodesk.services.errors import ServiceError

    with pytest.raises(ServiceError, match="nieuwere versie"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before
