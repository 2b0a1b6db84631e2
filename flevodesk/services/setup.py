"""Open the database the user chose: check it, back it up, upgrade it, fill a new one."""

from __future__ import annotations

from dataclasses import dataclass

from flevodesk.services.errors import ServiceError
from flevodesk.services.reference import load_reference_data
from flevodesk.store import location
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError
from flevodesk.store.migrations import SchemaState, check_sqlite_file, inspect_schema, upgrade


@dataclass(frozen=True)
class Opened:
    db: Database
    created: bool


def open_database(target: str | None = None) -> Opened:
    """Open (and on first use create) the database named by ``--db``/``FLEVODESK_DB``.

    A new database gets the schema and the Flevoland reference data in one go; an older
    one is backed up and upgraded; a damaged, foreign or newer one is refused untouched.

    Raises:
        ServiceError: with a Dutch message when the database cannot be used.
    """
    url = location.resolve_target(target)
    db = Database(url)
    if db.path is not None:
        db.path.parent.mkdir(parents=True, exist_ok=True)
    try:
        before = upgrade(db, location.backup_dir())
    except StoreError as exc:
        db.dispose()
        raise ServiceError(exc.message) from exc
    created = before.state is SchemaState.EMPTY
    if created:
        with db.write() as session:
            load_reference_data(session)
    return Opened(db, created)


def check_database(target: str | None = None) -> str:
    """Check integrity and schema version without changing anything.

    Returns:
        A Dutch one-line verdict for a sound database.

    Raises:
        ServiceError: with a Dutch message when the database is not sound.
    """
    url = location.resolve_target(target)
    path = location.sqlite_file(url)
    if path is not None and not path.exists():
        raise ServiceError(f"{path} bestaat niet.")
    db = Database(url, read_only=True)
    try:
        if db.path is not None:
            check_sqlite_file(db.path)
        info = inspect_schema(db)
    except StoreError as exc:
        raise ServiceError(exc.message) from exc
    finally:
        db.dispose()
    where = db.path or url
    if info.state is SchemaState.EMPTY:
        raise ServiceError(f"{where} is leeg: maak eerst een database met 'flevodesk init'.")
    if info.state is SchemaState.FOREIGN:
        raise ServiceError(f"{where} is geen FlevoDesk-database.")
    if info.state is SchemaState.NEWER:
        raise ServiceError(
            f"{where} is gemaakt met een nieuwere versie van FlevoDesk (schema {info.revision})."
        )
    if info.state is SchemaState.OLDER:
        return (
            f"{where} is in orde (schema {info.revision}; wordt bij openen bijgewerkt "
            f"naar {info.head})."
        )
    return f"{where} is in orde (schema {info.revision})."
