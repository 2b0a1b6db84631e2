"""Migration 0013 carries every field clock of 0011 into one row per record, on SQLite
and on a server, and back again on a downgrade: no record may change who wins a merge."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from flevodesk.domain.exchange_clocks import read_stored
from flevodesk.services.setup import open_database
from flevodesk.store.migrations import alembic_config

RELEASED_0011 = Path(__file__).parent.parent / "fixtures" / "schemas" / "0011-demo.sqlite3"
OLD_COLUMNS = "table_name, record_uuid, field, counter, site_uuid, base_counter, base_site, seq"

Clock = tuple[str, str, str, int, str, int | None, str | None, int]
KEYS = ("t", "u", "f", "c", "s", "bc", "bs", "q")


def _new_clocks(conn) -> set[Clock]:
    """Every field clock the program reads from the new rows."""
    found: set[Clock] = set()
    names = conn.execute(text("SELECT DISTINCT table_name FROM exchange_record_clocks"))
    for (table,) in names.all():
        uuids = conn.execute(
            text("SELECT record_uuid FROM exchange_record_clocks WHERE table_name = :t"),
            {"t": table},
        ).scalars()
        for record, fields in read_stored(conn, table, list(uuids)).items():
            found.update((table, record, f, *clock) for f, clock in fields.items())
    return found


def test_a_released_databases_field_clocks_all_arrive_in_one_row_per_record(tmp_path):
    path = tmp_path / RELEASED_0011.name
    shutil.copyfile(RELEASED_0011, path)
    with sqlite3.connect(path) as old:
        before = set(old.execute(f"SELECT {OLD_COLUMNS} FROM exchange_clocks"))
        records = old.execute(
            "SELECT count(DISTINCT table_name || '/' || record_uuid) FROM exchange_clocks"
        ).fetchone()[0]
    old.close()
    assert len(before) > 1000 and any(row[6] is not None for row in before)
    db = open_database(str(path)).db
    try:
        with db.engine.connect() as conn:
            after = _new_clocks(conn)
            rows = conn.execute(text("SELECT count(*) FROM exchange_record_clocks")).scalar()
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master").all()}
    finally:
        db.dispose()
    assert after == before
    assert rows == records
    assert "exchange_clocks" not in tables


def _old_rows(conn) -> set[Clock]:
    return set(conn.execute(text(f"SELECT {OLD_COLUMNS} FROM exchange_clocks")).all())


def test_on_a_server_the_clocks_go_up_into_rows_per_record_and_down_again(pg_url):
    site_a, site_b = "0193a6d2-0000-7000-8000-00000000000a", "0193a6d2-0000-7000-8000-00000000000b"
    written: set[Clock] = {
        ("persons", "p-1", "first_name", 7, site_a, None, None, 3),
        ("persons", "p-1", "place", 9, site_b, 7, site_a, 5),
        ("persons", "p-1", "email", 7, site_a, None, None, 3),
        ("persons", "p-2", "first_name", 2, site_b, None, None, 1),
        ("partner_initiatives", "l-1", "present", 4, site_a, 2, site_b, 4),
    }
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0011")
            conn.execute(
                text(
                    f"INSERT INTO exchange_clocks ({OLD_COLUMNS}, created_at, updated_at) VALUES "
                    "(:t, :u, :f, :c, :s, :bc, :bs, :q, now(), now())"
                ),
                [
                    dict(zip(("t", "u", "f", "c", "s", "bc", "bs", "q"), r, strict=True))
                    for r in written
                ],
            )
            before = _old_rows(conn)  # the seed's partners have clocks too
            assert written <= before
            command.upgrade(config, "0013")
            assert _new_clocks(conn) == before
            rows = conn.execute(
                text("SELECT count(*) FROM exchange_record_clocks WHERE record_uuid LIKE '_-_'")
            ).scalar()
            assert rows == 3
            # A site first seen after the migration is numbered after the carried ones.
            conn.execute(text("INSERT INTO exchange_sites (site_uuid) VALUES ('c')"))
            command.downgrade(config, "0011")
            assert _old_rows(conn) == before
            command.upgrade(config, "head")
    finally:
        engine.dispose()
