"""A failing upgrade undoes all of itself and says only what is true about the file."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from flevodesk.store import migrations
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError
from flevodesk.store.migrations import upgrade

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "schemas" / "0001-demo.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision_and_persons(path: Path) -> tuple[str, int]:
    with sqlite3.connect(path) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        persons = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
    conn.close()
    return revision, persons


def _with_broken_reference(tmp_path: Path, *, wal: bool) -> Path:
    """A copy of the 0001 release with an engagement pointing at a person who is gone."""
    path = tmp_path / "oud.sqlite3"
    shutil.copyfile(FIXTURE, path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO engagements (person_id, initiative_id, role, since, version, created_at, "
        "updated_at) VALUES (999999, 1, 'vrijwilliger', '2026-01-01', 1, '2026-01-01', "
        "'2026-01-01')"
    )
    conn.commit()
    if wal:  # as every database the program itself has opened is
        conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return path


def test_a_failing_upgrade_of_a_released_database_changes_no_byte(tmp_path):
    path = _with_broken_reference(tmp_path, wal=True)
    before = _digest(path)
    db = Database(f"sqlite:///{path}")
    with pytest.raises(StoreError, match="1 verwijzingen niet") as failure:
        upgrade(db, tmp_path / "backups")
    db.dispose()
    assert "niet gewijzigd" in failure.value.message
    assert _digest(path) == before
    assert _revision_and_persons(path)[0] == "0001"


def test_niet_gewijzigd_is_said_only_when_the_bytes_are_the_same(tmp_path):
    # The release files are in rollback-journal mode; opening switches them to WAL, which
    # rewrites the header, so the file is no longer byte for byte what it was.
    path = _with_broken_reference(tmp_path, wal=False)
    revision, persons = _revision_and_persons(path)
    before = _digest(path)
    db = Database(f"sqlite:///{path}")
    with pytest.raises(StoreError, match="verwijzingen niet") as failure:
        upgrade(db, tmp_path / "backups")
    db.dispose()
    said_unchanged = "niet gewijzigd" in failure.value.message
    assert said_unchanged == (_digest(path) == before)
    assert _revision_and_persons(path) == (revision, persons)


_COMMITTING_MIGRATION = '''
"""Test-only revision: commits behind the runner's back, then fails, as SQLite forces some
statements to (VACUUM, journal mode changes) outside a transaction."""
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.get_bind().connection.driver_connection.execute("COMMIT")
    raise RuntimeError("step failed after committing")


def downgrade():
    pass
'''


def test_an_upgrade_that_committed_part_of_itself_is_put_back_from_the_copy(tmp_path, monkeypatch):
    scripts = tmp_path / "db"
    shutil.copytree(REPO / "db", scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrations.head_revision()
    (scripts / "versions" / "9999_commits.py").write_text(_COMMITTING_MIGRATION.format(head=head))
    monkeypatch.setattr(migrations, "migrations_path", lambda: scripts)
    monkeypatch.setattr(migrations, "HEAD_REVISION", "9999")
    path = tmp_path / "oud.sqlite3"
    shutil.copyfile(FIXTURE, path)
    revision, persons = _revision_and_persons(path)

    db = Database(f"sqlite:///{path}")
    with pytest.raises(StoreError, match="teruggezet uit de kopie") as failure:
        upgrade(db, tmp_path / "backups")
    db.dispose()
    assert "niet gewijzigd" not in failure.value.message
    assert _revision_and_persons(path) == (revision, persons)
    assert not Path(f"{path}-wal").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_new_database_whose_first_fill_fails_is_made_again_whole(tmp_path, monkeypatch):
    from flevodesk.services import setup
    from flevodesk.services.reference import load_reference_data

    def half_then_fail(session):
        load_reference_data(session)
        session.flush()
        raise RuntimeError("killed while filling")

    path = tmp_path / "nieuw.sqlite3"
    monkeypatch.setattr(setup, "load_reference_data", half_then_fail)
    with pytest.raises(RuntimeError):
        setup.open_database(str(path))
    monkeypatch.undo()
    opened = setup.open_database(str(path))
    with opened.db.engine.connect() as conn:
        municipalities = conn.exec_driver_sql("SELECT count(*) FROM municipalities").scalar()
    opened.db.dispose()
    assert opened.created  # nothing of the first try stayed: not the schema either
    assert municipalities == 6
