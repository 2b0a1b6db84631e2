"""Exporteren naar een SQLite-bestand: the team server's data as a database file for a laptop.

Backups, restore and encryption belong to the server's administrator; what a user can take
with them is a copy. It is read in one snapshot (REPEATABLE READ, so a colleague's save
halfway does not split it), written into a new file with the schema at head, checked (row
counts per table, SQLite's integrity check, every reference), and only then put in place.
The copy gets an identity of its own: its backups are not the server's, nor another copy's.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text, update

from flevodesk.domain.messages import Number, message
from flevodesk.domain.models import Base
from flevodesk.domain.privacy import Setting
from flevodesk.services.errors import ServiceError
from flevodesk.services.export_log import note_export
from flevodesk.services.files import write_through
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError
from flevodesk.store.identity import IDENTITY_KEY
from flevodesk.store.migrations import upgrade

#: Rows inserted per statement: bounded memory on the large sets.
_BATCH = 2000


def export_to_sqlite(db: Database, out: Path) -> int:
    """Copy every table of ``db`` into a new SQLite file ``out``; returns the rows copied.

    Raises:
        ServiceError: one Dutch sentence when the file cannot be written or the copy does
            not match what was read; an earlier ``out`` is then unchanged.
    """
    copied: dict[str, int] = {}

    def write(temp: Path) -> None:
        try:
            _fill(db, temp, copied)
        except BaseException:
            for suffix in ("-journal", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{temp}{suffix}").unlink(missing_ok=True)
            raise

    try:
        write_through(out, write)
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc
    note_export(db, "sqlite-kopie", out)
    return sum(copied.values())


def _fill(db: Database, temp: Path, copied: dict[str, int]) -> None:
    copy = Database(f"sqlite:///{temp}")
    try:
        upgrade(copy, None)  # the schema at head, without the reference rows: they come along
        with db.engine.connect() as source:
            if source.dialect.name != "sqlite":
                source = source.execution_options(isolation_level="REPEATABLE READ")
            with source.begin(), copy.write() as target:
                for table in reversed(Base.metadata.sorted_tables):
                    target.execute(delete(table))  # what the migrations put in a new file
                for table in Base.metadata.sorted_tables:
                    count = 0
                    rows = source.execute(select(table)).mappings()
                    while batch := rows.fetchmany(_BATCH):
                        target.execute(insert(table), [dict(row) for row in batch])
                        count += len(batch)
                    copied[table.name] = count
                target.execute(
                    update(Setting)
                    .where(Setting.key == IDENTITY_KEY)
                    .values(value=str(uuid.uuid4()))
                )
        _check(copy, copied)
        with copy.engine.connect() as conn:
            # One file to carry away, without a write-ahead log beside it; to the driver
            # itself, since the pragma is refused inside the transaction SQLAlchemy begins.
            driver = conn.connection.driver_connection
            assert driver is not None
            driver.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.dispose()


def _check(copy: Database, copied: dict[str, int]) -> None:
    with copy.read() as session:
        for table in Base.metadata.sorted_tables:
            found = session.execute(select(func.count()).select_from(table)).scalar_one()
            if found != copied[table.name]:
                raise ServiceError(
                    message(
                        "De kopie is niet bewaard: tabel {table} kreeg {found} van de "
                        "{total} rijen.",
                        table=table.name,
                        found=Number(found),
                        total=Number(copied[table.name]),
                    )
                )
        verdict = session.execute(text("PRAGMA integrity_check")).scalar_one()
        broken = session.execute(text("PRAGMA foreign_key_check")).fetchall()
    if verdict != "ok" or broken:
        raise ServiceError(
            message("De kopie is niet bewaard: het nieuwe bestand bleek niet in orde.")
        )
