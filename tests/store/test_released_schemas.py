"""Every database an earlier release made must open, upgrade and keep all its data.

``tests/fixtures/schemas/`` holds one real database file per released schema, made by that
release with ``flevodesk init --demo``. Add one for every release that changes the schema.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from flevodesk.services.setup import open_database
from flevodesk.store.migrations import HEAD_REVISION, SchemaState, head_revision, inspect_schema

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


def _legacy_privacy(path: Path) -> tuple[set[tuple], set[tuple]] | None:
    """Consents and VOG dates as schemas before 0005 kept them, one date per person."""
    conn = sqlite3.connect(path)
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(persons)")}
        if "vog_date" not in columns:
            return None
        consents = set(
            conn.execute(
                "SELECT id, consent_date, consent_method, consent_purpose FROM persons "
                "WHERE consent_date IS NOT NULL"
            )
        )
        vogs = set(conn.execute("SELECT id, vog_date FROM persons WHERE vog_date IS NOT NULL"))
    finally:
        conn.close()
    return consents, vogs


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_consents_and_vog_dates_move_into_their_registers(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    legacy = _legacy_privacy(path)
    if legacy is None:
        pytest.skip("this schema already keeps consents and VOGs in their own tables")
    consents, vogs = legacy
    assert consents and vogs
    open_database(str(path)).db.dispose()
    with sqlite3.connect(path) as conn:
        moved_consents = set(
            conn.execute(
                "SELECT person_id, given_on, method, notes FROM consents WHERE purpose='contact'"
            )
        )
        moved_vogs = conn.execute(
            "SELECT person_id, seen_on, valid_until, outcome FROM vog_records"
        ).fetchall()
        columns = {r[1] for r in conn.execute("PRAGMA table_info(persons)")}
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
    conn.close()
    assert moved_consents == consents
    assert {(p, seen) for p, seen, _, _ in moved_vogs} == vogs
    for _, seen, valid_until, outcome in moved_vogs:
        assert outcome == "afgegeven"
        assert (int(valid_until[:4]) - int(seen[:4]), valid_until[5:7]) == (3, seen[5:7])
    assert not columns & {"vog_date", "consent_date", "consent_purpose", "consent_method"}
    assert {"person_search_ai", "person_search_ad", "person_search_au"} <= triggers


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
    if "settings" in before and not _identity(fixture):
        before["settings"] += 1  # the identity 0007 gives a database that had none
    # 0013 packs 0011's clock rows into one per record (every clock carried over is
    # checked in test_record_clocks_migration).
    before.pop("exchange_clocks", None)
    assert {t: n for t, n in after.items() if t in before} == before
    assert _identity(path)
    assert before["persons"] > 0 and before["hours_entries"] > 0
    assert found >= 1
    assert unsorted == 0  # data migrations filled what later schemas derive
    assert head_revision()


def _identity(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "settings" not in tables:
            return None
        row = conn.execute("SELECT value FROM settings WHERE key = 'database_id'").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def test_two_upgraded_copies_of_a_released_database_get_two_identities(tmp_path):
    # Databases made before 0007 carry no identity; each gets its own random one.
    released = next(f for f in FIXTURES if f.name.startswith("0006"))
    assert _identity(released) is None
    identities = set()
    for name in ("a", "b"):
        path = tmp_path / name / released.name
        path.parent.mkdir()
        shutil.copyfile(released, path)
        open_database(str(path)).db.dispose()
        identities.add(_identity(path))
    assert len(identities) == 2 and None not in identities


def test_there_is_a_fixture_for_the_current_head():
    assert any(f.name.startswith(head_revision()) for f in FIXTURES)


def test_the_head_the_program_opens_without_alembic_is_alembics_head():
    # A new migration must also move HEAD_REVISION, or databases it made would look older.
    assert head_revision() == HEAD_REVISION
