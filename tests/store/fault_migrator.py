"""An upgrade for the kill tests, run in a child that the test kills with SIGKILL."""

from __future__ import annotations

from pathlib import Path

import alembic.command  # noqa: F401  (preloaded, so each child starts migrating at once)

from flevodesk.store.database import Database
from flevodesk.store.migrations import upgrade


def upgrade_file(path: str, backups: str) -> None:
    """Upgrade the database at ``path`` as opening an older one does, backup first."""
    db = Database(f"sqlite:///{path}")
    try:
        upgrade(db, Path(backups))
    finally:
        db.dispose()
