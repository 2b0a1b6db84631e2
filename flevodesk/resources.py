"""Find the folders shipped beside the code (``db/``, ``resources/``) from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds ``db/`` and ``resources/``.

    A PyInstaller build unpacks them under ``sys._MEIPASS``; a source checkout or an
    editable install has them one level above the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file or folder below ``resources/``."""
    return app_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    """The Alembic script folder."""
    return app_root() / "db"
