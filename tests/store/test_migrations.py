"""The schema comes from migrations only, and databases we cannot handle stay untouched."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from flevodesk.domain.models import Base
from flevodesk.store import migrations
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError
from flevodesk.store.migrations import SchemaState, inspect_schema, upgrade

REPO = Path(__file__).resolve().parents[2]


def _include(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name and name.startswith("person_search"))


def test_upgrade_head_yields_exactly_the_models(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(db, None)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _include}
        )
        diff = compare_metadata(context, Base.metadata)
    db.dispose()
    assert diff == []


def test_a_new_database_is_empty_then_current(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    assert inspect_schema(db).state is SchemaState.EMPTY
    before = upgrade(db, None)
    assert before.state is SchemaState.EMPTY
    assert inspect_schema(db).state is SchemaState.CURRENT
    db.dispose()


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()
    before = _bytes(db_path)
    db = Database(f"sqlite:///{db_path}")
    with pytest.raises(StoreError, match="nieuwere versie"):
        upgrade(db, db_path.parent / "backups")
    db.dispose()
    assert _bytes(db_path) == before


def test_a_foreign_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    before = _bytes(path)
    db = Database(f"sqlite:///{path}")
    with pytest.raises(StoreError, match="geen FlevoDesk-database"):
        upgrade(db, None)
    db.dispose()
    assert _bytes(path) == before


@pytest.mark.parametrize(
    "content",
    [b"Dit is een tekstbestand, geen database.\n" * 20, b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "kapot.sqlite3"
    path.write_bytes(content)
    db = Database(f"sqlite:///{path}")
    with pytest.raises(StoreError, match="geen FlevoDesk-database of is beschadigd"):
        upgrade(db, None)
    db.dispose()
    assert path.read_bytes() == content


_NEXT_MIGRATION = '''
"""Test-only revision: adds a column, as a later release would."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("nickname", sa.String(40)))


def downgrade():
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("nickname")
'''


def test_an_older_database_is_backed_up_then_upgraded_keeping_its_data(
    db_path, tmp_path, monkeypatch
):
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO persons (first_name, last_name, status, is_demo, version, "
            "created_at, updated_at) VALUES ('Şükrü', 'Yılmaz', 'actief', 0, 1, "
            "'2026-01-01', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO engagements (person_id, initiative_id, role, since, version, "
            "created_at, updated_at) SELECT 1, 1, 'vrijwilliger', '2026-01-01', 1, "
            "'2026-01-01', '2026-01-01' WHERE 0"
        )  # keeps FK checks meaningful
    conn.close()
    scripts = tmp_path / "db"
    shutil.copytree(REPO / "db", scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrations.head_revision()
    (scripts / "versions" / "9999_next.py").write_text(_NEXT_MIGRATION.format(head=head))
    monkeypatch.setattr(migrations, "migrations_path", lambda: scripts)
    monkeypatch.setattr(migrations, "HEAD_REVISION", "9999")  # as the next release will say

    db = Database(f"sqlite:///{db_path}")
    assert inspect_schema(db).state is SchemaState.OLDER
    backups = tmp_path / "backups"
    before = upgrade(db, backups)
    assert before.state is SchemaState.OLDER
    assert inspect_schema(db).state is SchemaState.CURRENT
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT first_name, last_name, nickname FROM persons").one()
        fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        partners = conn.exec_driver_sql("SELECT count(*) FROM partners").scalar()
    db.dispose()
    assert tuple(row) == ("Şükrü", "Yılmaz", None)
    assert fks == 1
    assert partners == 15  # ten network partners of the seed, five funders
    copies = list(backups.rglob("*.sqlite3"))  # filed under the database's identity
    assert len(copies) == 1 and f"voor-migratie-{head}" in copies[0].name
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert conn.execute("SELECT count(*) FROM persons").fetchone() == (1,)
    conn.close()
