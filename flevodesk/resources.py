"""Find the folders shipped beside the code (``db/``, ``resources/``): source, wheel or frozen."""

from __future__ import annotations

import sys
from functools import cache
from importlib import metadata
from pathlib import Path

#: Where a wheel installs db/ and resources/ (``[tool.setuptools.data-files]``), below the
#: installation's prefix: the venv, ``~/.local`` for ``--user``, ``/usr/local`` ...
WHEEL_DATA = "share/flevodesk"


def app_root() -> Path:
    """The folder that holds ``db/`` and ``resources/``.

    A PyInstaller build unpacks them under ``sys._MEIPASS``; a source checkout or an
    editable install has them one level above the package; an installed wheel has them
    under ``<prefix>/share/flevodesk``.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    source_root = Path(__file__).resolve().parent.parent
    if (source_root / "db").is_dir():
        return source_root
    return _wheel_root() or source_root


@cache
def _wheel_root() -> Path | None:
    # The wheel's RECORD knows where the installer put the data files, whatever the scheme.
    try:
        files = metadata.distribution("flevodesk").files or []
    except metadata.PackageNotFoundError:
        return None
    marker = f"{WHEEL_DATA}/db/env.py"
    for file in files:
        if file.as_posix().endswith(marker):
            return Path(str(file.locate())).resolve().parent.parent
    return None


def resource_path(*parts: str) -> Path:
    """A file or folder below ``resources/``."""
    return app_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    """The Alembic script folder."""
    return app_root() / "db"
