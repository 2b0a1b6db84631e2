"""Every migration runs on PostgreSQL and ends in exactly the schema the models declare."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from flevodesk.domain.models import Base
from flevodesk.store.database import Database
from flevodesk.store.migrations import HEAD_REVISION, SchemaState, inspect_schema, upgrade


def test_an_empty_server_database_is_upgraded_to_head(empty_pg_url):
    db = Database(empty_pg_url)
    try:
        before = upgrade(db, None, administering=True)
        assert before.state is SchemaState.EMPTY
        assert inspect_schema(db).state is SchemaState.CURRENT
    finally:
        db.dispose()


def _include(obj, name, type_, reflected, compare_to):
    # The one difference, by design: the search index is an expression over a model column
    # that no model can declare (on SQLite the FTS5 table is left out the same way).
    return not (type_ == "index" and name == "ix_persons_search")


def test_the_upgraded_schema_is_exactly_the_models(pg_url):
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                HEAD_REVISION
            )
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": _include}
            )
            differences = compare_metadata(context, Base.metadata)
            tables = set(inspect(conn).get_table_names())
            indexes = {i["name"] for i in inspect(conn).get_indexes("persons")}
    finally:
        engine.dispose()
    assert differences == []
    assert set(Base.metadata.tables) <= tables
    assert "ix_persons_search" in indexes


def test_every_migration_goes_down_and_up_again_on_the_server(pg_url):
    from alembic import command

    from flevodesk.store.migrations import alembic_config

    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
            assert "persons" not in inspect(conn).get_table_names()
            command.upgrade(config, "head")
            assert conn.execute(text("SELECT fold('Zoë Çelik-Søren')")).scalar() == (
                "zoe celik-soren"
            )
    finally:
        engine.dispose()
