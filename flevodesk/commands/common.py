"""What every sub-command needs: the database the user named, opened with its passphrase."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TypeVar

from flevodesk.commands.environment import passphrase_from_environment
from flevodesk.domain.messages import Message, message
from flevodesk.message_text import render
from flevodesk.services.errors import ServiceError
from flevodesk.services.files import write_file_whole
from flevodesk.services.setup import open_database, open_read_only
from flevodesk.store.database import Database

T = TypeVar("T")

#: The answers that confirm a question at the terminal, in either language.
YES = frozenset({"ja", "j", "yes", "y"})


def open_for_command(args: argparse.Namespace) -> Database:
    """Open the database of ``--db``/``FLEVODESK_DB``; it must exist already.

    On a write-protected disk or file it opens read-only: reading and exporting work, and
    a write is refused as "beveiligd tegen schrijven" rather than as a missing disk.

    Raises:
        ServiceError: when the file does not exist or cannot be opened.
    """
    from flevodesk.store import location, medium

    path = location.sqlite_file(location.resolve_target(args.db))
    if path is not None and not path.exists():
        raise ServiceError(
            message("{file} bestaat niet; maak eerst een database met 'flevodesk init'.", file=path)
        )
    if path is not None and medium.write_protected(path):
        return open_read_only(args.db, passphrase=passphrase_from_environment())
    opened = open_database(args.db, passphrase=passphrase_from_environment())
    for notice in opened.notices:  # e.g. an interrupted passphrase change, tidied
        say(notice, error=True)
    return opened.db


__all__ = [
    "open_for_command",
    "passphrase_from_environment",
    "say",
    "with_database",
    "write_file_whole",
]


def say(text: Message | str, *, error: bool = False) -> None:
    """Print ``text`` in the reader's language: on stdout, or on stderr for an ``error``."""
    print(render(text), file=sys.stderr if error else sys.stdout)


def with_database(args: argparse.Namespace, work: Callable[[Database], T]) -> T:
    """Run ``work`` on the command's database and close it afterwards, also after an error."""
    db = open_for_command(args)
    try:
        return work(db)
    finally:
        db.dispose()
