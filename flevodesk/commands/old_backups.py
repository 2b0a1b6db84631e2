"""Plain backups left from before the database was encrypted: encrypt or delete them.

```
flevodesk backup encrypt-old            versleutel ze met de wachtzin van de database
flevodesk backup delete-plain [--yes]   verwijder ze (vraagt bevestiging)
```

Both work on the backups of the database ``--db`` names, which must be encrypted (its
passphrase from ``FLEVODESK_PASSPHRASE``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from flevodesk.commands.common import YES, say, with_database
from flevodesk.domain.messages import Message, Number, message
from flevodesk.message_text import render
from flevodesk.services.errors import ServiceError
from flevodesk.services.plain_backups import (
    delete_plain_backups,
    encrypt_plain_backups,
    plain_backups,
)
from flevodesk.store.database import Database

if TYPE_CHECKING:
    from flevodesk.commands import Subparsers


def register(commands: Subparsers) -> None:
    """Add ``encrypt-old`` and ``delete-plain`` under the ``backup`` command of ``data``."""
    backup = commands.choices["backup"]
    actions = backup.add_subparsers(
        dest="backup_action", metavar="actie", parser_class=type(backup)
    )
    old = actions.add_parser(
        "encrypt-old", help="versleutel de onversleutelde reservekopieën van deze database"
    )
    old.set_defaults(handler=cmd_encrypt_old)
    plain = actions.add_parser(
        "delete-plain", help="verwijder de onversleutelde reservekopieën van deze database"
    )
    plain.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    plain.set_defaults(handler=cmd_delete_plain)


def plain_copies(count: int) -> Message:
    """ "1 onversleutelde reservekopie", "3 onversleutelde reservekopieën"."""
    if count == 1:
        return message("{count} onversleutelde reservekopie", count=count)
    return message("{count} onversleutelde reservekopieën", count=Number(count))


def cmd_encrypt_old(args: argparse.Namespace) -> int:
    count = with_database(args, encrypt_plain_backups)
    say(
        message("{copies} versleuteld met de wachtzin van de database.", copies=plain_copies(count))
    )
    return 0


def cmd_delete_plain(args: argparse.Namespace) -> int:
    def delete(db: Database) -> int | None:
        found = plain_backups(db)
        if found and not args.yes:
            if not sys.stdin.isatty():
                raise ServiceError(
                    message("bevestig het verwijderen met --yes (er is geen terminal)")
                )
            answer = input(
                render(message("{copies} verwijderen? Typ 'ja': ", copies=plain_copies(len(found))))
            )
            if answer.strip().lower() not in YES:
                return None
        return delete_plain_backups(db)

    count = with_database(args, delete)
    if count is None:
        say(message("Niets verwijderd."))
        return 1
    say(message("{copies} verwijderd.", copies=plain_copies(count)))
    return 0
