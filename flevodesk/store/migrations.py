"""Know a database's schema version, refuse what we cannot handle, upgrade the rest."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from flevodesk.domain.messages import Message, message
from flevodesk.resources import migrations_path
from flevodesk.store import crypto, server
from flevodesk.store.atomic import fsync_file, fsync_folder, temp_name_for
from flevodesk.store.backup import backup_file, timestamped_backup
from flevodesk.store.companions import companions_of, remove_companions
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError, sqlite_reason
from flevodesk.store.integrity import check_sqlite_file
from flevodesk.store.os_errors import reason_message

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where a migration runs, not here: opening a current database should
# not wait for it (about 170 ms), so its revision is compared with this constant instead.
#: The newest revision in db/versions; a test keeps it equal to Alembic's head.
HEAD_REVISION = "0013"
#: The advisory lock a server's upgrade holds (any fixed number; FlevoDesk's own).
MIGRATION_LOCK = 0x464C4556_00000001


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
        info = _schema_of(conn)
        conn.rollback()
    return info


def _schema_of(conn: Connection) -> SchemaInfo:
    tables = set(inspect(conn).get_table_names())
    revision = None
    if "alembic_version" in tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
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
    """Raise StoreError, saying why, for a database this version must not touch (a newer
    or a foreign one)."""
    where = db.shown
    if info.state is SchemaState.NEWER:
        if on_server(db):
            raise StoreError(
                message(
                    "{database} is gemaakt met een nieuwere versie van FlevoDesk (schema "
                    "{revision}); werk FlevoDesk bij om deze database te openen.",
                    database=where,
                    revision=str(info.revision),
                )
            )
        raise StoreError(
            message(
                "{database} is gemaakt met een nieuwere versie van FlevoDesk (schema "
                "{revision}); werk FlevoDesk bij om dit bestand te openen.",
                database=where,
                revision=str(info.revision),
            )
        )
    if info.state is SchemaState.FOREIGN:
        raise StoreError(message("{database} is geen FlevoDesk-database.", database=where))


def on_server(db: Database) -> bool:
    """Whether ``db`` is a shared database on a server (PostgreSQL), not a file."""
    return db.engine.dialect.name != "sqlite"


def server_not_ready(db: Database, info: SchemaInfo) -> Message:
    """What a user is told of a server database this version must not upgrade by itself."""
    command = f"flevodesk migrate --db {db.shown}"
    if info.state is SchemaState.EMPTY:
        return message(
            "{database} is nog leeg; de beheerder richt de database in met: {command}",
            database=db.shown,
            command=command,
        )
    return message(
        "{database} heeft schema {revision} en deze FlevoDesk verwacht {head}; "
        "vraag de beheerder om de database bij te werken met: {command}",
        database=db.shown,
        revision=str(info.revision),
        head=str(info.head),
        command=command,
    )


def upgrade(
    db: Database,
    backup_folder: Path | None,
    checked: bool = False,
    fill_new: Callable[[Session], None] | None = None,
    *,
    administering: bool = False,
) -> SchemaInfo:
    """Bring the schema to the newest revision, backing up an older database first.

    All migrations run in one transaction, so an upgrade that fails or is killed leaves the
    database at the revision it had. ``checked`` says the caller has just run
    :func:`check_sqlite_file` on the file and it passed, so the check is not read twice.
    ``fill_new`` adds the first rows to a new database in that same transaction, so a
    kill never leaves a current schema without them.
    A database on a server is shared by a team: only an administrator upgrades it
    (``administering``, from ``flevodesk migrate``), under an advisory lock so two
    administrators cannot upgrade it at once; any other client is refused.

    Returns:
        The state before the upgrade, so a caller knows whether the database was new.

    Raises:
        StoreError: for a damaged, foreign or newer database (left untouched), or an upgrade
            that failed (saying truthfully what became of the file).
    """
    if db.path is not None and db.path.exists() and db.path.stat().st_size > 0:
        if not checked:
            finish_interrupted_writes(db.path, db.passphrase)
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
    if on_server(db) and not administering:
        raise StoreError(server_not_ready(db, info))
    if db.check is not None:
        db.check.wait()  # a damaged file is neither backed up nor migrated
    kept = None
    if info.state is SchemaState.OLDER and db.path is not None and backup_folder is not None:
        kept = timestamped_backup(
            db.path, backup_folder, f"voor-migratie-{info.revision}", db.passphrase
        )
    before = file_digest(db.path) if info.state is SchemaState.OLDER and db.path else None
    try:
        found = _run_migrations(db, fill_new if info.state is SchemaState.EMPTY else None)
    except Exception as exc:
        db.dispose()
        if info.state is not SchemaState.OLDER or db.path is None:
            raise
        raise StoreError(
            message(
                "Bijwerken van {file} van schema {revision} naar {head} is mislukt: "
                "{reason}; {outcome}",
                file=db.path,
                revision=str(info.revision),
                head=str(info.head),
                reason=_reason(exc),
                outcome=_what_became_of(db, info, before, kept),
            )
        ) from exc
    return found or info


def finish_interrupted_writes(path: Path, passphrase: str | None) -> None:
    """Let SQLite roll back or recover what a killed writer left beside ``path``.

    A hot journal, or a WAL whose index a kill left mid-update, can only be dealt with by
    a read-write connection; the read-only check would call the file damaged. Undoing an
    unfinished transaction is what any SQLite program does on opening, not a change to
    the data. Whatever goes wrong here, the check that follows explains.
    """
    if not any(c.stat().st_size > 0 for c in companions_of(path) if not c.name.endswith("-shm")):
        return
    if not passphrase and not crypto.has_plain_header(path):
        return  # not a database any more: moved aside whole with its journal, never played
    try:
        conn = crypto.open_file(path, passphrase)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except Exception:  # sqlite3 and sqlcipher3 raise unrelated classes; the check reports
        return


class _BrokenReferences(Exception):
    def __init__(self, count: int) -> None:
        super().__init__(f"{count} broken references")
        self.count = count


def _run_migrations(db: Database, fill: Callable[[Session], None] | None) -> SchemaInfo | None:
    """Upgrade to head in one transaction (on a server under the migration lock).

    Returns:
        On a server, the schema as found once the lock was held: another administrator
        may have upgraded it meanwhile.
    """
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
            # Begun here, so Alembic sees a transaction of ours and joins it: on its own it
            # commits after every migration on SQLite (no "transactional DDL"), and a
            # failure or a kill then left the database at an intermediate revision.
            with conn.begin():
                found = None
                if not sqlite:
                    # Held to the end of the transaction. Whoever waited for it finds the
                    # schema at head, and a new database filled already.
                    conn.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                    )
                    found = _schema_of(conn)
                    refuse_unusable(db, found)
                    problem = server.unsuitable(conn)
                    if problem is not None:
                        raise StoreError(
                            message(
                                "FlevoDesk kan {database} niet inrichten: {problem}.",
                                database=db.shown,
                                problem=problem,
                            )
                        )
                    if found.state is not SchemaState.EMPTY:
                        fill = None
                command.upgrade(config, "head")
                if fill is not None:
                    with Session(bind=conn) as session:  # joins the transaction begun here
                        fill(session)
                        session.flush()
                if sqlite:
                    violations = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if violations:
                        raise _BrokenReferences(len(violations))
            return found
        finally:
            if sqlite:
                _driver(conn).execute("PRAGMA foreign_keys=ON")


def _reason(exc: Exception) -> Message:
    if isinstance(exc, _BrokenReferences):
        return message("na de migratie kloppen {count} verwijzingen niet", count=exc.count)
    if isinstance(exc, StoreError):
        return exc.translatable
    if isinstance(exc, OSError):
        return reason_message(exc)
    if isinstance(exc, OperationalError):
        return sqlite_reason(exc.orig or exc)
    return message("een migratiestap gaf een fout ({error})", error=type(exc).__name__)


def _what_became_of(
    db: Database, info: SchemaInfo, before: str | None, kept: Path | None
) -> Message:
    """The end of the failure message: only what is true of the file now."""
    assert db.path is not None
    if before is not None and file_digest(db.path) == before:
        return message("de database is niet gewijzigd.")
    try:
        now = _revision_on_disk(db)
    except Exception:  # unreadable after the failure: the copy is the way back
        now = None
    if now == info.revision:
        # Switching to WAL (or a checkpoint) rewrote header bytes, not data.
        return message(
            "alle wijzigingen zijn teruggedraaid; de gegevens staan nog op schema {revision}.",
            revision=str(now),
        )
    if kept is not None:
        try:
            put_back(kept, db.path, db.passphrase)
        except (StoreError, OSError):
            pass
        else:
            return message(
                "de database is teruggezet uit de kopie van vóór de migratie ({kept}).", kept=kept
            )
        return message(
            "de database is deels bijgewerkt; de kopie van vóór de migratie staat in {kept}.",
            kept=kept,
        )
    return message("de database is deels bijgewerkt; zet een reservekopie terug.")


def _revision_on_disk(db: Database) -> str | None:
    probe = db.reopened(read_only=True)
    try:
        return inspect_schema(probe).revision
    finally:
        probe.dispose()


def file_digest(path: Path) -> str:
    """SHA-256 of the file's bytes, to know afterwards whether it changed at all."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def put_back(copy: Path, path: Path, passphrase: str | None) -> None:
    """Replace ``path`` atomically by a consistent copy of ``copy``.

    The copy is made beside ``path`` and renamed over it; the old file's ``-wal``, ``-shm``
    and ``-journal`` are removed first, so they never pair with the file that replaces it.

    Raises:
        StoreError: when the copy cannot be made, or another program still has ``path``
            open (its WAL is not empty), in which case nothing is changed.
        OSError: when the rename fails (``path`` is then unchanged).
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(message("{file} is nog geopend door een ander programma.", file=path))
    temp = temp_name_for(path)
    try:
        backup_file(copy, temp, passphrase)
        fsync_file(temp)
        remove_companions(path)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    fsync_folder(path.parent)


def _driver(conn: Connection) -> Any:
    """The DB-API connection under ``conn``, for pragmas that must bypass the transaction."""
    driver = conn.connection.driver_connection
    assert driver is not None, "a checked-out connection always has a driver connection"
    return driver
