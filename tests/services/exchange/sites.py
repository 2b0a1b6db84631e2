"""Separate databases that exchange with each other, each a site of its own."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import event

from flevodesk.services.exchange import set_site_name
from flevodesk.store.database import Database


def make_site(template: Path, folder: Path, name: str) -> Database:
    """A fresh database with the reference data, under an identity (and so a site) of its own."""
    path = folder / f"{name}.sqlite3"
    shutil.copyfile(template, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE settings SET value = ? WHERE key = 'database_id'", (str(uuid.uuid4()),)
        )
    conn.close()
    db = Database(f"sqlite:///{path}")
    set_site_name(db, name)
    return db


def _secure_delete_off(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA secure_delete=OFF")


def without_secure_delete(db: Database) -> None:
    """Every new connection of ``db`` starts as on a SQLite built without
    ``SQLITE_SECURE_DELETE`` (this machine's zeroes freed bytes by default; another build
    need not), before the program's own settings are made."""
    db.dispose()
    event.listen(db.engine, "connect", _secure_delete_off, insert=True)
