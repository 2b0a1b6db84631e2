"""What every sub-command needs: the database the user named, opened with its passphrase."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from flevodesk.services.errors import ServiceError
from flevodesk.services.setup import open_database
from flevodesk.store.database import Database

PASSPHRASE_VAR = "FLEVODESK_PASSPHRASE"


def passphrase_from_environment() -> str | None:
    """The passphrase for an encrypted database, as the command line receives it."""
    return os.environ.get(PASSPHRASE_VAR) or None


def open_for_command(args: argparse.Namespace) -> Database:
    """Open the database of ``--db``/``FLEVODESK_DB``; it must exist already.

    Raises:
        ServiceError: when the file does not exist or cannot be opened.
    """
    from flevodesk.store import location

    path = location.sqlite_file(location.resolve_target(args.db))
    if path is not None and not path.exists():
        raise ServiceError(f"{path} bestaat niet; maak eerst een database met 'flevodesk init'.")
    return open_database(args.db, passphrase=passphrase_from_environment()).db


def write_file_whole(out: Path, render: Callable[[Any], None]) -> None:
    """Write what ``render`` produces to ``out`` only when it produced all of it.

    ``render`` writes into a buffer first, so an error halfway never leaves a truncated
    file (or an overwritten good one) behind.

    Raises:
        ServiceError: when the file cannot be written.
    """
    buffer = BytesIO()
    render(buffer)
    partial = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(buffer.getvalue())
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ServiceError(f"Kan {out} niet schrijven: {exc.strerror or exc}") from exc
