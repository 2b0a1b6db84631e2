"""Where the database lives: ``--db``, ``FLEVODESK_DB`` or the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "FlevoDesk"
DEFAULT_FILE_NAME = "flevodesk.sqlite3"
ENV_VAR = "FLEVODESK_DB"


def data_dir() -> Path:
    """The user's FlevoDesk data folder (created on demand)."""
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def backup_dir() -> Path:
    """Where automatic and manual backups go unless the user names another place."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_target(explicit: str | None = None) -> str:
    """The database the user asked for, as a SQLAlchemy URL.

    ``explicit`` (from ``--db``) wins over ``FLEVODESK_DB``, which wins over the default file.
    A value containing ``://`` is taken as a SQLAlchemy URL, anything else as a file path.
    """
    target = explicit or os.environ.get(ENV_VAR) or str(data_dir() / DEFAULT_FILE_NAME)
    if "://" in target:
        return target
    path = Path(target).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or ``None`` for another kind of database."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and url != prefix + ":memory:":
        return Path(url[len(prefix) :])
    return None
