"""Know a database's schema version, refuse what we cannot handle, upgrade the rest."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from flevodesk.resources import migrations_path
from flevodesk.store import crypto
from flevodesk.store.backup import timestamped_backup
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError


class PassphraseNeeded(StoreError):
    """The file is encrypted (or damaged beyond recognition) and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is versleuteld of beschadigd. Geef de wachtzin op "
            "(op de opdrachtregel met FLEVODESK_PASSPHRASE)."
        )
        self.path = path


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
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "db/ holds no migrations"
    return head


def check_sqlite_file(path: Path, passphrase: str | None = None) -> None:
    """Refuse a file that is not a healthy SQLite database, without changing it.

    Raises:
        StoreError: for a file that is not SQLite, is damaged, or cannot be read; for an
            encrypted file opened without passphrase, a message that asks for one.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if passphrase:
        conn: Any = crypto.connect(path, passphrase, read_only=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    else:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                result = conn.execute("PRAGMA quick_check").fetchall()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            if crypto.looks_encrypted(path):
                raise PassphraseNeeded(path) from exc
            raise StoreError(
                f"{path} is geen FlevoDesk-database of is beschadigd ({exc})."
            ) from exc
    if result != [("ok",)]:
        problems = "; ".join(row[0] for row in result[:3])
        raise StoreError(f"{path} is beschadigd: {problems}")


def inspect_schema(db: Database) -> SchemaInfo:
    """Tell whether a database is new, current, older, newer or not ours at all."""
    head = head_revision()
    script = ScriptDirectory.from_config(alembic_config())
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = MigrationContext.configure(conn).get_current_revision()
        conn.rollback()
    if revision is None:
        state = SchemaState.EMPTY if not tables else SchemaState.FOREIGN
    elif revision == head:
        state = SchemaState.CURRENT
    else:
        try:
            script.get_revision(revision)
        except Exception:  # alembic raises several kinds for an unknown revision
            state = SchemaState.NEWER
        else:
            state = SchemaState.OLDER
    return SchemaInfo(state, revision, head)


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


def upgrade(db: Database, backup_folder: Path | None) -> SchemaInfo:
    """Bring the schema to the newest revision, backing up an older database first.

    Returns:
        The state before the upgrade, so a caller knows whether the database was new.

    Raises:
        StoreError: for a damaged, foreign or newer database (left untouched).
    """
    if db.path is not None and db.path.exists() and db.path.stat().st_size > 0:
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
