"""Every database an earlier release made must open, upgrade and keep all its data.

``tests/fixtures/schemas/`` holds one real database file per released schema, made by that
release with ``flevodesk init --demo``. Add one for every release that changes the schema.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from flevodesk.services.setup import open_database
from flevodesk.store.migrations import SchemaState, head_revision, inspect_schema

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "schemas").glob("*.sqlite3"))


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'person_search%' AND name != 'alembic_version'"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn.close()
    return counts


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_a_released_database_opens_upgrades_and_keeps_its_data(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    before = _counts(path)
    opened = open_database(str(path))
    assert not opened.created
    assert inspect_schema(opened.db).state is SchemaState.CURRENT
    with opened.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM person_search WHERE person_search MATCH 'celik*'"
        ).scalar()
        unsorted = conn.exec_driver_sql(
            "SELECT count(*) FROM persons WHERE sort_key IS NULL"
        ).scalar()
    opened.db.dispose()
    after = _counts(path)
    assert {t: n for t, n in after.items() if t in before} == before
    assert before["persons"] > 0 and before["hours_entries"] > 0
    assert found >= 1
    assert unsorted == 0  # data migrations filled what later schemas derive
    assert head_revision()


def test_there_is_a_fixture_for_the_current_head():
    assert any(f.name.startswith(head_revision()) for f in FIXTURES)
