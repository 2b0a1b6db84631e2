"""Alembic environment: runs on the connection the program hands over, in batch mode."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from flevodesk.domain.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    # The search index (FTS5 and its shadow tables on SQLite, a GIN expression index on
    # PostgreSQL) is managed by hand in migrations: no model can declare either.
    if type_ == "index" and name == "ix_persons_search":
        return False
    return not (type_ == "table" and name is not None and name.startswith("person_search"))


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        # All of an upgrade or none: SQLite does roll back DDL, though Alembic assumes not.
        transactional_ddl=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        run_migrations(conn)


if context.is_offline_mode():
    raise SystemExit("FlevoDesk migrations run online only")
run_online()
