"""``flevodesk init --remove-demo``: a database made with the demo set, with it taken out
again, holds what a newly made database holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from flevodesk.cli import main
from tests.database_rows import table_rows


def test_remove_demo_leaves_what_a_newly_made_database_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new, tried = tmp_path / "nieuw.sqlite3", tmp_path / "geprobeerd.sqlite3"
    assert main(["init", "--db", str(new)]) == 0
    assert main(["init", "--demo", "--db", str(tried)]) == 0
    capsys.readouterr()

    assert main(["init", "--remove-demo", "--db", str(tried)]) == 0

    out = capsys.readouterr().out
    assert "Voorbeeldgegevens verwijderd: 60 vrijwilligers, 16 initiatieven" in out
    assert "voor-demo-verwijderen" in out
    assert table_rows(tried, except_identity=True) == table_rows(new, except_identity=True)
    # What was left out of the comparison is only the identity and the moments.
    assert table_rows(tried) != table_rows(new)


def test_remove_demo_keeps_a_volunteer_the_user_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "db.sqlite3"
    assert main(["init", "--demo", "--db", str(path)]) == 0
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO persons (first_name, last_name, status, is_demo, version, created_at,"
            " updated_at) VALUES ('Eigen', 'Vrijwilliger', 'actief', 0, 1, datetime('now'),"
            " datetime('now'))"
        )
    conn.close()
    assert main(["init", "--remove-demo", "--db", str(path)]) == 0
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT first_name FROM persons").fetchall() == [("Eigen",)]
    conn.close()


def test_demo_and_remove_demo_together_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", "--demo", "--remove-demo", "--db", str(tmp_path / "x.sqlite3")]) == 2
    assert "niet toegestaan samen met --demo" in capsys.readouterr().err
