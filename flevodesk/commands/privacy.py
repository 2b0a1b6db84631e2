"""Privacy (AVG) on the command line.

```
flevodesk privacy review                              wie al lang stil is (bewaartermijn)
flevodesk privacy export --person EMAIL --out FILE    inzageverzoek: PDF + JSON ernaast
flevodesk privacy erase --person EMAIL [--yes]        anonimiseren (vraagt bevestiging)
flevodesk privacy register --out FILE.pdf             het verwerkingsregister
```
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from flevodesk.commands.common import YES, open_for_command, say, with_database
from flevodesk.domain.messages import message
from flevodesk.message_text import render
from flevodesk.services.erasure import erase_person, find_person_id, retention_proposals
from flevodesk.services.errors import ServiceError
from flevodesk.services.printouts import PRINTOUTS, Request
from flevodesk.services.privacy import read_settings
from flevodesk.services.privacy_export import write_access_export

if TYPE_CHECKING:
    from flevodesk.commands import Subparsers


def register(commands: Subparsers) -> None:
    """Add ``flevodesk privacy review|export|erase|register``."""
    privacy = commands.add_parser("privacy", help="AVG: bewaartermijn, inzage, wissen, register")
    what = privacy.add_subparsers(
        dest="what", metavar="opdracht", required=True, parser_class=type(privacy)
    )
    review = what.add_parser("review", help="personen die voor anonimiseren in aanmerking komen")
    review.set_defaults(handler=cmd_review)
    export = what.add_parser("export", help="inzageverzoek: alles over één persoon (PDF + JSON)")
    export.add_argument("--person", required=True, metavar="EMAIL", help="e-mailadres")
    export.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="het PDF")
    export.set_defaults(handler=cmd_export)
    erase = what.add_parser("erase", help="anonimiseer een persoon (uren blijven anoniem)")
    erase.add_argument("--person", required=True, metavar="EMAIL", help="e-mailadres")
    erase.add_argument("--yes", action="store_true", help="niet om bevestiging vragen")
    erase.set_defaults(handler=cmd_erase)
    register_ = what.add_parser("register", help="het verwerkingsregister als PDF (één pagina)")
    register_.add_argument("--out", type=Path, required=True, metavar="BESTAND")
    register_.set_defaults(handler=cmd_register)


def cmd_review(args: argparse.Namespace) -> int:
    db = open_for_command(args)
    try:
        months = read_settings(db).retention_months
        proposals = retention_proposals(db)
    finally:
        db.dispose()
    if not proposals:
        say(
            message(
                "Niemand is langer dan {months} maanden stil; er hoeft niets besloten te worden.",
                months=months,
            )
        )
        return 0
    say(
        message(
            "{count} personen zonder inzet, uren of contact in {months} maanden:",
            count=len(proposals),
            months=months,
        )
    )
    for p in proposals:
        email = p.email or message("geen e-mail")
        if p.kept_until:
            say(
                message(
                    "  {name} <{email}>: laatst {last}; bewaard tot {until} ({reason})",
                    name=p.name,
                    email=email,
                    last=p.last_activity,
                    until=p.kept_until,
                    reason=p.keep_reason or "",
                )
            )
        else:
            say(
                message(
                    "  {name} <{email}>: laatst {last}",
                    name=p.name,
                    email=email,
                    last=p.last_activity,
                )
            )
    say(
        message(
            "Besluit per persoon in FlevoDesk (Privacy > Bewaartermijn) of met 'privacy erase'."
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    pdf, data = with_database(
        args, lambda db: write_access_export(db, find_person_id(db, args.person), args.out)
    )
    say(message("Inzage geschreven naar {pdf} en {data}", pdf=pdf, data=data))
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    db = open_for_command(args)
    try:
        person_id = find_person_id(db, args.person)
        if not args.yes:
            if not sys.stdin.isatty():
                raise ServiceError(message("bevestig het wissen met --yes (er is geen terminal)"))
            answer = input(
                render(
                    message("{person} onherroepelijk anonimiseren? Typ 'ja': ", person=args.person)
                )
            )
            if answer.strip().lower() not in YES:
                say(message("Niets gewijzigd."))
                return 1
        result = erase_person(db, person_id)
    finally:
        db.dispose()
    if not result.scrubbed:
        # Less than was asked is done: say so where errors go, and fail the exit code.
        say(result.said(), error=True)
        return 1
    say(result.said())
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    with_database(args, lambda db: PRINTOUTS["register"].make(db, Request(), args.out))
    say(message("Verwerkingsregister geschreven naar {file}", file=args.out))
    return 0
