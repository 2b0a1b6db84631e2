"""A server is named by one URL; its password is never shown, and a refusal is one Dutch line."""

from __future__ import annotations

import pytest
from sqlalchemy import make_url

from flevodesk.cli import main
from flevodesk.store.database import Database
from flevodesk.store.migrations import HEAD_REVISION
from flevodesk.store.server import shown
from tests.english import english, english_catalogue, english_installed  # noqa: F401

ENGLISH = ("Traceback", "Error", "failed", "password authentication", "FATAL", "socket")


def _one_dutch_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    for word in ENGLISH:
        assert word not in lines[0], lines[0]
    return lines[0]


def _with_login(pg_url: str, user: str, password: str | None) -> str:
    return make_url(pg_url).set(username=user, password=password).render_as_string(False)


def test_check_names_the_server_database_without_its_password(pg_url, password_role, capsys):
    user, password = password_role
    url = _with_login(pg_url, user, password)
    assert main(["check", "--db", url]) == 0
    out = capsys.readouterr().out
    assert f"is in orde (schema {HEAD_REVISION})" in out
    assert password not in out
    assert f"{user}:***@" in out


def test_a_wrong_password_is_one_dutch_line_without_any_password(pg_url, password_role, capsys):
    user, password = password_role
    url = _with_login(pg_url, user, password + "x")
    assert main(["check", "--db", url]) == 1
    captured = capsys.readouterr()
    line = _one_dutch_line(captured.err)
    assert "weigert het wachtwoord van gebruiker flevodesk_pw" in line
    assert password not in captured.err + captured.out


@pytest.mark.usefixtures("english")
def test_a_wrong_password_reads_in_english_when_english_is_chosen(pg_url, password_role, capsys):
    user, password = password_role
    assert main(["check", "--db", _with_login(pg_url, user, password + "x")]) == 1
    line = capsys.readouterr().err.strip()
    assert line.startswith("flevodesk: No connection to database "), line
    assert "the team server refuses the password of user flevodesk_pw" in line


def test_a_missing_password_says_where_it_belongs(pg_url, password_role, capsys, monkeypatch):
    user, _ = password_role
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    assert main(["init", "--db", _with_login(pg_url, user, None)]) == 1
    assert "pgpass-bestand" in _one_dutch_line(capsys.readouterr().err)


def test_the_password_may_come_from_a_pgpass_file(pg_url, password_role, tmp_path, monkeypatch):
    user, password = password_role
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{user}:{password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert main(["check", "--db", _with_login(pg_url, user, None)]) == 0


def test_an_unreachable_server_is_one_dutch_line(pg_url, tmp_path, capsys, monkeypatch):
    url = make_url(pg_url).set(query={"host": str(tmp_path / "no-server-here")})
    monkeypatch.setenv("FLEVODESK_DB", url.render_as_string(False))
    assert main(["init", "--demo"]) == 1
    line = _one_dutch_line(capsys.readouterr().err)
    assert line.startswith("flevodesk: Geen verbinding met database ")
    assert "niet bereikbaar" in line


def test_the_status_and_logs_never_carry_a_password():
    url = "postgresql+psycopg://anna:zeer-geheim@db.gemeente.nl/flevodesk?sslmode=require"
    assert shown(url) == "postgresql+psycopg://anna:***@db.gemeente.nl/flevodesk?sslmode=require"
    db = Database(url)
    try:
        assert "zeer-geheim" not in db.shown + repr(db)
        assert db.path is None
        # TLS settings reach libpq unchanged.
        assert db.engine.url.query["sslmode"] == "require"
    finally:
        db.dispose()
