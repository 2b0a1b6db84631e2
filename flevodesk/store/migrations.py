"""Know a database's schema version, refuse what we cannot handle, upgrade the rest."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, inspect, text

from flevodesk.resources import migrations_path
from flevodesk.store.backup import timestamped_backup
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError
from flevodesk.store.integrity import check_sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where a migration runs, not here: opening a current database should
# not wait for it (about 170 ms), so its revision is compared with this constant instead.
#: The newest revision in db/versions; a test keeps it equal to Alembic's head.
HEAD_REVISION = "0007"


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class SchemaInfo:
    state: SchemaState
    revision: str | None
    head: str


def alembic_config() -> Config:
    """An Alembic configuration pointing at the shipped ``db/`` scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def head_revision() -> str:
    """The newest schema revision in the shipped migration scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "db/ holds no migrations"
    return head


def inspect_schema(db: Database) -> SchemaInfo:
    """Tell whether a database is new, current, older, newer or not ours at all."""
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        conn.rollback()
    if revision is None:
        state = SchemaState.EMPTY if not tables else SchemaState.FOREIGN
    elif revision == HEAD_REVISION:
        state = SchemaState.CURRENT
    else:
        from alembic.script import ScriptDirectory

        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(revision)
        except Exception:  # alembic raises several kinds for an unknown revision
            state = SchemaState.NEWER
        else:
            state = SchemaState.OLDER
    return SchemaInfo(state, revision, HEAD_REVISION)


def refuse_unusable(db: Database, info: SchemaInfo) -> None:
    """Raise a Dutch message for a database this version must not touch.

    Raises:
        StoreError: for a newer or a foreign database.
    """
    where = db.path or db.url
    if info.state is SchemaState.NEWER:
        raise StoreError(
            f"{where} is gemaakt met een nieuwere versie van FlevoDesk (schema {info.revision}); "
            "werk FlevoDesk bij om dit bestand te openen."
        )
    if info.state is SchemaState.FOREIGN:
        raise StoreError(f"{where} is geen FlevoDesk-database.")


def upgrade(db: Database, backup_folder: Path | None, checked: bool = False) -> SchemaInfo:
    """Bring the schema to the newest revision, backing up an older database first.

    ``checked`` says the caller has just run :func:`check_sqlite_file` on the file and it
    passed, so the (whole-file) check is not read twice.

    Returns:
        The state before the upgrade, so a caller knows whether the database was new.

    Raises:
        StoreError: for a damaged, foreign or newer database (left untouched).
    """
    if db.path is not None and db.path.exists() and db.path.stat().st_size > 0:
        if not checked:
            check_sqlite_file(db.path, db.passphrase)
        # Look read-only first: even switching to WAL would change a file we must refuse.
        probe = db.reopened(read_only=True)
        try:
            info = inspect_schema(probe)
        finally:
            probe.dispose()
    else:
        info = inspect_schema(db)
    refuse_unusable(db, info)
    if info.state is SchemaState.CURRENT:
        return info
    if info.state is SchemaState.OLDER and db.path is not None and backup_folder is not None:
        timestamped_backup(db.path, backup_folder, f"voor-migratie-{info.revision}", db.passphrase)
    from alembic import command

    config = alembic_config()
    sqlite = db.engine.dialect.name == "sqlite"
    with db.engine.connect() as conn:
        if sqlite:
            # Batch mode rebuilds tables, which with foreign keys on would cascade deletes.
            # The pragma is ignored inside a transaction, so it goes to the driver directly.
            _driver(conn).execute("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
            if sqlite:
                violations = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if violations:
                    raise StoreError(
                        f"Na de migratie kloppen {len(violations)} verwijzingen niet; "
                        "de database is niet gewijzigd."
                    )
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            if sqlite:
                _driver(conn).execute("PRAGMA foreign_keys=ON")
    return info


def _driver(conn: Connection) -> Any:
    """The DB-API connection under ``conn``, for pragmas that must bypass the transaction."""
    driver = conn.connection.driver_connection
    assert driver is not None, "a checked-out connection always has a driver connection"
    return driver
