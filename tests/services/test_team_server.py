"""Testing a team server's address before the window switches to it: one Dutch line."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, make_url, text

from flevodesk.services.errors import ServiceError
from flevodesk.services.setup import ServerPasswordNeeded, open_database
from flevodesk.services.team_server import (
    ServerAddress,
    address_of,
    check_server,
    remembered,
    with_password,
)


def _address(url: str, user: str | None = None) -> ServerAddress:
    parsed = make_url(url)
    return ServerAddress(
        host=str(parsed.query["host"]),
        database=str(parsed.database),
        user=user or str(parsed.username),
        sslmode="disable",
    )


def _one_dutch_line(message: str) -> str:
    assert "\n" not in message
    for english in ("Traceback", "FATAL", "password authentication", "failed"):
        assert english not in message
    return message


def test_a_current_server_database_passes_with_the_typed_password(pg_url, password_role):
    user, password = password_role
    url = _address(pg_url, user).url(password)
    line = check_server(url)
    assert line.startswith("Verbinding gelukt met database flevodesk_test_")
    assert password not in line


def test_a_wrong_password_asks_again_in_one_line_without_it(pg_url, password_role):
    user, password = password_role
    with pytest.raises(ServerPasswordNeeded) as caught:
        check_server(_address(pg_url, user).url(password + "x"))
    line = _one_dutch_line(caught.value.message)
    assert "weigert het wachtwoord van gebruiker flevodesk_pw" in line
    assert password not in line


def test_no_password_and_no_pgpass_asks_for_one(pg_url, password_role, monkeypatch):
    user, _ = password_role
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    with pytest.raises(ServerPasswordNeeded) as caught:
        check_server(_address(pg_url, user).url())
    assert "vraagt een wachtwoord" in _one_dutch_line(caught.value.message)


def test_the_pgpass_file_serves_when_no_password_is_typed(
    pg_url, password_role, tmp_path, monkeypatch
):
    user, password = password_role
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{user}:{password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert check_server(_address(pg_url, user).url()).startswith("Verbinding gelukt")


def test_an_unreachable_server_is_one_line(tmp_path):
    address = ServerAddress(host=str(tmp_path / "no-server"), user="iemand", sslmode="disable")
    with pytest.raises(ServiceError) as caught:
        check_server(address.url())
    assert not isinstance(caught.value, ServerPasswordNeeded)
    assert "niet bereikbaar" in _one_dutch_line(caught.value.message)


def test_an_empty_server_database_names_the_administrators_command(empty_pg_url):
    with pytest.raises(ServiceError) as caught:
        check_server(_address(empty_pg_url).url())
    assert "de beheerder richt de database in met: flevodesk migrate" in caught.value.message


def test_a_newer_server_schema_says_to_update_flevodesk(pg_url):
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(ServiceError) as caught:
        check_server(_address(pg_url).url())
    assert "werk FlevoDesk bij" in _one_dutch_line(caught.value.message)


def test_opening_with_a_refused_password_is_told_apart(pg_url, password_role):
    user, password = password_role
    with pytest.raises(ServerPasswordNeeded):
        open_database(_address(pg_url, user).url(password + "x"))


def test_what_is_remembered_has_no_password_and_fills_the_dialog_again():
    address = ServerAddress(host="db.example.nl", port=6543, database="team", user="anna")
    url = address.url("geheim")
    assert "geheim" in url  # for this session's engine only
    kept = remembered(url)
    assert "geheim" not in kept
    assert address_of(kept) == address
    assert address_of(with_password(kept, "ander")) == address
    assert address_of("sqlite:///x.sqlite3") is None


def test_server_and_database_must_be_filled_in():
    with pytest.raises(ServiceError, match="Server"):
        ServerAddress(host=" ").url()
    with pytest.raises(ServiceError, match="Database"):
        ServerAddress(host="h", database="").url()
