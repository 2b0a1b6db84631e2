"""Exchange by file on the command line (issue 18).

```
flevodesk exchange export --out FILE [--initiative NAME]... [--peer NAME]
flevodesk exchange import FILE [--delete]
flevodesk exchange conflicts
flevodesk exchange resolve ID (--keep-mine | --take-theirs | --restore | --leave-deleted |
                              --merge | --keep-apart)
flevodesk exchange site [--name NAME]
```

The team passphrase comes from ``FLEVODESK_EXCHANGE_PASSPHRASE``, or is asked once.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from flevodesk.commands.common import say, with_database
from flevodesk.domain.messages import Clock, Number, ShortDate, Value, message
from flevodesk.message_text import render
from flevodesk.services.errors import ServiceError

if TYPE_CHECKING:
    from flevodesk.commands import Subparsers

#: Where a script gives the team passphrase.
PASSPHRASE_VARIABLE = "FLEVODESK_EXCHANGE_PASSPHRASE"
#: The peer a package goes to when none is named.
DEFAULT_PEER = "uitwisseling"


def register(commands: Subparsers) -> None:
    """Add ``flevodesk exchange export|import|conflicts|resolve|site``."""
    exchange = commands.add_parser("exchange", help="gegevens uitwisselen met een pakketbestand")
    what = exchange.add_subparsers(
        dest="what", metavar="opdracht", required=True, parser_class=type(exchange)
    )
    export = what.add_parser("export", help="schrijf een versleuteld uitwisselpakket")
    export.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    export.add_argument(
        "--initiative", action="append", default=[], metavar="NAAM", help="alleen dit initiatief"
    )
    export.add_argument("--peer", default=DEFAULT_PEER, metavar="NAAM", help="voor wie")
    export.set_defaults(handler=cmd_export)
    import_ = what.add_parser("import", help="voeg een uitwisselpakket samen met deze database")
    import_.add_argument("file", type=Path, metavar="BESTAND")
    import_.add_argument("--delete", action="store_true", help="verwijder het pakket daarna")
    import_.set_defaults(handler=cmd_import)
    conflicts = what.add_parser("conflicts", help="wat een persoon nog moet beoordelen")
    conflicts.set_defaults(handler=cmd_conflicts)
    resolve = what.add_parser("resolve", help="beslis over een regel van 'conflicts'")
    resolve.add_argument("id", type=int, metavar="NUMMER", help="het nummer tussen [ ]")
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--keep-mine",
        dest="choice",
        action="store_const",
        const="mine",
        help="houd de waarde van hier",
    )
    how.add_argument(
        "--take-theirs",
        dest="choice",
        action="store_const",
        const="theirs",
        help="neem de waarde van de ander",
    )
    how.add_argument(
        "--restore",
        dest="choice",
        action="store_const",
        const="restore",
        help="zet het record terug",
    )
    how.add_argument(
        "--leave-deleted",
        dest="choice",
        action="store_const",
        const="leave",
        help="laat het record verwijderd",
    )
    how.add_argument(
        "--merge",
        dest="choice",
        action="store_const",
        const="merge",
        help="voeg de nieuwe persoon samen met wie hier hetzelfde e-mailadres heeft",
    )
    how.add_argument(
        "--keep-apart",
        dest="choice",
        action="store_const",
        const="apart",
        help="houd de twee records apart",
    )
    resolve.set_defaults(handler=cmd_resolve)
    site = what.add_parser("site", help="toon of zet de naam van deze database")
    site.add_argument("--name", metavar="NAAM", help='bijvoorbeeld "Laptop Repair Café Dronten"')
    site.set_defaults(handler=cmd_site)


def passphrase() -> str:
    """The team passphrase: from the environment, else asked once on the terminal."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise ServiceError(
            message("Geef de wachtzin van het team in {variable}.", variable=PASSPHRASE_VARIABLE)
        )
    return getpass.getpass(render(message("Wachtzin van het team: ")))


def cmd_export(args: argparse.Namespace) -> int:
    from flevodesk.services.exchange import export_package

    secret = passphrase()
    result = with_database(
        args,
        lambda db: export_package(
            db, args.out, secret, peer=args.peer, initiatives=args.initiative
        ),
    )
    said = message(
        "Uitwisselpakket {number} voor {peer} geschreven naar {file} "
        "({records} records, {size} bytes).",
        number=result.package_number,
        peer=result.peer,
        file=str(result.path),
        records=Number(result.records),
        size=Number(result.size_bytes),
    )
    say(said)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from flevodesk.services.exchange import import_package

    secret = passphrase()
    result = with_database(args, lambda db: import_package(db, args.file, secret))
    counts: dict[str, Value] = {
        "number": result.package_number,
        "sender": result.sender,
        "applied": Number(result.applied),
        "conflicts": Number(result.conflicts),
        "doubles": Number(result.duplicates_proposed),
    }
    if result.already_seen:
        read = message(
            "Pakket {number} van {sender} ingelezen (dit pakket was al eerder ingelezen): "
            "{applied} wijzigingen, {conflicts} conflicten, {doubles} mogelijke dubbelen.",
            **counts,
        )
    else:
        read = message(
            "Pakket {number} van {sender} ingelezen: "
            "{applied} wijzigingen, {conflicts} conflicten, {doubles} mogelijke dubbelen.",
            **counts,
        )
    say(read)
    if result.scrub_pending is not None:
        say(result.scrub_pending)
    if result.conflicts or result.duplicates_proposed:
        say(message("Bekijk ze met 'flevodesk exchange conflicts' of in Gegevens > Uitwisselen."))
    if args.delete:
        from flevodesk.services.exchange.package import remove_package

        remove_package(args.file)
        say(message("{file} is verwijderd.", file=str(args.file)))
    else:
        say(
            message(
                "Het pakket bevat persoonsgegevens; "
                "verwijder {file} als u het niet meer nodig hebt.",
                file=str(args.file),
            )
        )
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from flevodesk.services.exchange import open_conflicts

    found = with_database(args, open_conflicts)
    if not found:
        say(message("Er is niets te beoordelen."))
        return 0
    say(message("{count} te beoordelen:", count=Number(len(found))))
    for c in found:
        values: dict[str, Value] = {
            "id": c.id,
            "kind": c.record_kind,
            "record": c.record_label,
            "field": c.field_label,
            "ours": c.ours or "",
            "site": c.theirs_site,
            "theirs": c.theirs or "",
        }
        if c.theirs_at is not None:
            line = message(
                "  [{id}] {kind} {record}, {field}: hier '{ours}', "
                "van {site} op {day} {time} '{theirs}'",
                day=ShortDate(c.theirs_at.date()),
                time=Clock(c.theirs_at),
                **values,
            )
        else:
            line = message(
                "  [{id}] {kind} {record}, {field}: hier '{ours}', van {site} '{theirs}'", **values
            )
        say(line)
        if c.kind == "delete":
            say(
                message(
                    "      verwijderd: zet het terug met --restore of laat het zo met "
                    "--leave-deleted"
                )
            )
        elif c.mergeable:
            say(message("      lijkt op wie hier staat: voeg samen met --merge of --keep-apart"))
        elif c.kind == "duplicate":
            say(message("      lijkt op wat hier staat: bekijk het en sluit af met --keep-apart"))
    say(
        message(
            "Beslis met 'flevodesk exchange resolve NUMMER' en --keep-mine, --take-theirs, "
            "--restore, --leave-deleted, --merge of --keep-apart."
        )
    )
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from flevodesk.services.exchange import leave_deleted, resolve_conflict, restore_deleted
    from flevodesk.services.merging import keep_apart, merge_proposal

    choice: str = args.choice
    if choice == "restore":
        with_database(args, lambda db: restore_deleted(db, args.id))
        said = message("Conflict {id}: het verwijderde record is teruggezet.", id=args.id)
    elif choice == "leave":
        with_database(args, lambda db: leave_deleted(db, args.id))
        said = message("Conflict {id}: het record blijft verwijderd.", id=args.id)
    elif choice == "merge":
        with_database(args, lambda db: merge_proposal(db, args.id))
        said = message(
            "Voorstel {id}: de twee personen zijn samengevoegd (ongedaan te maken in het "
            "venster: Gegevens → Samenvoegen ongedaan maken).",
            id=args.id,
        )
    elif choice == "apart":
        with_database(args, lambda db: keep_apart(db, args.id))
        said = message("Voorstel {id}: de twee records blijven apart.", id=args.id)
    else:
        keep_theirs = choice == "theirs"
        with_database(args, lambda db: resolve_conflict(db, args.id, keep_theirs))
        said = message("Conflict {id} is beslist.", id=args.id)
    say(said)
    if choice not in ("leave", "apart"):  # what the others already have
        say(message("Uw keuze gaat met het volgende pakket mee naar de anderen."))
    return 0


def cmd_site(args: argparse.Namespace) -> int:
    from flevodesk.services.exchange import set_site_name, site_name

    if args.name is not None:
        with_database(args, lambda db: set_site_name(db, args.name))
    say(message("Deze database heet bij uitwisselen: {name}", name=with_database(args, site_name)))
    return 0
