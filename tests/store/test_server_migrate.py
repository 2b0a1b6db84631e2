"""Only an administrator's `flevodesk migrate` changes a server's schema; clients refuse."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from flevodesk.cli import main
from flevodesk.store.migrations import HEAD_REVISION, alembic_config


def _one_line(text_: str) -> str:
    lines = text_.strip().splitlines()
    assert len(lines) == 1, text_
    assert "Traceback" not in text_
    return lines[0]


def _scalar(url: str, sql: str):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def _migrate_to(url: str, revision: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_a_fresh_server_is_set_up_by_migrate_then_used(empty_pg_url, capsys):
    assert main(["migrate", "--db", empty_pg_url]) == 0
    assert f"is ingericht (schema {HEAD_REVISION}" in capsys.readouterr().out
    municipalities = _scalar(empty_pg_url, "SELECT count(*) FROM municipalities")
    assert municipalities > 0
    assert main(["init", "--demo", "--db", empty_pg_url]) == 0
    assert "Demoset toegevoegd" in capsys.readouterr().out
    assert main(["check", "--db", empty_pg_url]) == 0
    assert f"is in orde (schema {HEAD_REVISION})" in capsys.readouterr().out
    assert main(["migrate", "--db", empty_pg_url]) == 0
    assert f"stond al op schema {HEAD_REVISION}" in capsys.readouterr().out
    assert _scalar(empty_pg_url, "SELECT count(*) FROM municipalities") == municipalities


def test_a_client_never_sets_up_an_empty_server(empty_pg_url, capsys):
    assert main(["init", "--db", empty_pg_url]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "is nog leeg; de beheerder richt de database in met: flevodesk migrate --db" in line
    assert _tables(empty_pg_url) == set()


def test_a_client_refuses_an_older_server_schema_and_leaves_it(empty_pg_url, capsys):
    _migrate_to(empty_pg_url, "0006")
    for args in (["init"], ["check"], ["export", "contacts", "--out", "/dev/null"]):
        assert main([*args, "--db", empty_pg_url]) == 1
        line = _one_line(capsys.readouterr().err)
        assert f"heeft schema 0006 en deze FlevoDesk verwacht {HEAD_REVISION}" in line
        assert "flevodesk migrate --db postgresql+psycopg://" in line
    assert _scalar(empty_pg_url, "SELECT version_num FROM alembic_version") == "0006"
    assert main(["migrate", "--db", empty_pg_url]) == 0
    assert f"bijgewerkt van schema 0006 naar {HEAD_REVISION}" in capsys.readouterr().out


def test_a_client_refuses_a_newer_server_schema(pg_url, capsys):
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    for args in (["init"], ["migrate"]):
        assert main([*args, "--db", pg_url]) == 1
        line = _one_line(capsys.readouterr().err)
        assert "nieuwere versie van FlevoDesk (schema 0099)" in line
        assert "werk FlevoDesk bij om deze database te openen" in line


def test_two_administrators_migrating_at_once_set_up_the_database_once(empty_pg_url):
    from flevodesk.services.setup import migrate_database

    start = threading.Barrier(2)
    said: list[str] = []
    failed: list[BaseException] = []

    def migrate() -> None:
        start.wait()
        try:
            said.append(migrate_database(empty_pg_url))
        except BaseException as exc:
            failed.append(exc)

    workers = [threading.Thread(target=migrate) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert failed == []
    # The second waited for the first's lock and then found nothing left to do.
    assert sorted(s.split(" ", 1)[1] for s in said) == [
        f"is ingericht (schema {HEAD_REVISION}, met de Flevolandse gegevens).",
        f"stond al op schema {HEAD_REVISION}; er is niets gewijzigd.",
    ]
    assert _scalar(empty_pg_url, "SELECT count(*) FROM municipalities") == _scalar(
        empty_pg_url, "SELECT count(DISTINCT name) FROM municipalities"
    )


def test_a_database_that_orders_text_otherwise_is_refused_untouched(postgres_server, capsys):
    from tests.postgres import _admin_execute, drop_database

    name = "flevodesk_test_dutch_order"
    try:
        _admin_execute(
            postgres_server,
            f"DROP DATABASE IF EXISTS {name}",
            f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'nl' "
            "LOCALE 'C.UTF-8'",
        )
    except DBAPIError as exc:  # a server built without ICU, or older than 15
        pytest.skip(f"cannot make a database in Dutch order here: {exc.orig}")
    url = postgres_server.url_for(name).render_as_string(False)
    try:
        assert main(["migrate", "--db", url]) == 1
        line = _one_line(capsys.readouterr().err)
        assert "ordent of verkleint tekst anders dan FlevoDesk verwacht" in line
        assert f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'" in line
        assert _tables(url) == set()
    finally:
        drop_database(postgres_server, name)
