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


#: Sort indexes a server keeps with empty values first, as SQLite orders them (the models
#: cannot say so for one database only); checked on their own below.
NULLS_FIRST = {"ix_persons_sort_key": "sort_key", "ix_persons_place": "place"}
NULLS_FIRST["ix_persons_phone"] = "phone"


def _include(obj, name, type_, reflected, compare_to):
    # The differences by design: the search index is an expression over a model column
    # that no model can declare (on SQLite the FTS5 table is left out the same way), and
    # the sort indexes' order of empty values; the search's prefix table (migration 0012)
    # has no model, as only the server's search reads it.
    if type_ == "table" and name == "person_search_prefixes":
        return False
    return not (type_ == "index" and (name == "ix_persons_search" or name in NULLS_FIRST))


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
            reflected = {i["name"]: i for i in inspect(conn).get_indexes("persons")}
    finally:
        engine.dispose()
    assert differences == []
    assert set(Base.metadata.tables) <= tables
    assert "ix_persons_search" in reflected
    for name, column in NULLS_FIRST.items():
        assert reflected[name]["column_names"] == [column]
        assert reflected[name]["column_sorting"] == {column: ("nulls_first",)}
        assert not reflected[name]["unique"]
        assert [c.name for c in Base.metadata.tables["persons"].indexes if c.name == name]


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
            assert conn.execute(text("SELECT fold(NULL)")).scalar() == ""
    finally:
        engine.dispose()


NAMES = [
    "Zoë Çelik",
    "Ayşe Yılmaz-de Vries",
    "Søren Ødegård",
    "Łukasz Wałęsa",
    "Đorđe Đukić",
    "Straße ẞ",
    "Æsa Œdipe",
    "Ἀλέξανδρος Σίσυφος ΟΔΥΣΣΕΥΣ",
    "Ĳsbrand van 't Hof",
    "ﬁlip Ｗide",
    "Nguyễn Thị Minh Khai",
    "José María Ñúñez",
    "",
]


def test_the_servers_fold_is_the_programs_fold(pg_url):
    from flevodesk.domain.text import fold

    # Case folding differs from lower() only in Cherokee (folded to upper case) and in
    # nine historic Cyrillic letter forms (folded to their modern letter); no name in
    # Flevoland's files is written in them.
    unlike_lower = [*range(0x13A0, 0x1400), *range(0x1C80, 0x1C89)]
    letters = [
        chr(c) for c in range(0x20, 0x3000) if chr(c).isprintable() and c not in unlike_lower
    ]
    texts = NAMES + letters
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            folded = conn.execute(
                text(
                    "SELECT fold(x) FROM unnest(CAST(:texts AS text[])) "
                    "WITH ORDINALITY AS t(x, n) ORDER BY n"
                ),
                {"texts": texts},
            ).scalars()
            differ = [(t, f) for t, f in zip(texts, folded, strict=True) if f != fold(t)]
    finally:
        engine.dispose()
    assert differ == []
