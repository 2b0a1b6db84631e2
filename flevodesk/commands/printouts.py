"""Printouts on the command line: ``flevodesk export KIND ... --out FILE.pdf``.

```
flevodesk export overview [--municipality NAME] --out FILE.pdf
flevodesk export initiative (--id ID | --name NAME) --out FILE.pdf
flevodesk export partners --out FILE.pdf
flevodesk export funding --id ID --out FILE.pdf
flevodesk export financing --initiative NAME --out FILE.pdf
flevodesk export signin --initiative NAME --date YYYY-MM-DD --out FILE.pdf
flevodesk export phonelist --initiative NAME --out FILE.pdf
flevodesk export hours --person EMAIL --from DATE --to DATE --out FILE.pdf
flevodesk export handouts [--municipality NAME] --out FILE.pdf
```
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flevodesk.commands import export_subparsers
from flevodesk.commands.common import with_database
from flevodesk.reports import PRINTOUTS
from flevodesk.services import funding_printouts, list_printouts, printouts
from flevodesk.services.export_log import save_printout
from flevodesk.services.initiatives import InitiativeService
from flevodesk.store.database import Database

if TYPE_CHECKING:
    from flevodesk.commands import Subparsers

#: Command-line kind -> (registry key, function that builds the data from the arguments).
Builder = Callable[[Database, argparse.Namespace], Any]


def _initiative(db: Database, args: argparse.Namespace) -> Any:
    initiative_id = (
        args.id if args.id is not None else InitiativeService(db).find_by_name(args.name).id
    )
    return printouts.initiative_handout_data(db, initiative_id)


KINDS: dict[str, tuple[str, Builder]] = {
    "overview": ("overview", lambda db, a: printouts.overview_data(db, a.municipality)),
    "initiative": ("initiative", _initiative),
    "partners": ("partners", lambda db, a: printouts.partner_sheet_data(db)),
    "funding": ("funding", lambda db, a: funding_printouts.funding_report_data(db, a.id)),
    "financing": (
        "financing",
        lambda db, a: funding_printouts.financing_plan_data(
            db, InitiativeService(db).find_by_name(a.initiative).id
        ),
    ),
    "signin": ("signin", lambda db, a: list_printouts.signin_data(db, a.initiative, a.date)),
    "phonelist": ("volunteers", lambda db, a: list_printouts.phonelist_data(db, a.initiative)),
    "hours": (
        "hours",
        lambda db, a: list_printouts.hours_statement_data(db, a.person, a.start, a.end),
    ),
    "handouts": ("initiatives", lambda db, a: printouts.all_handouts_data(db, a.municipality)),
}


def iso_date(text: str) -> date:
    """An argparse type for ``YYYY-MM-DD`` with a Dutch message."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen datum als 2026-12-05") from None


def register(commands: Subparsers) -> None:
    """Add the printout kinds to ``flevodesk export``."""
    kinds = export_subparsers(commands)
    for kind, (key, _) in KINDS.items():
        parser = kinds.add_parser(kind, help=PRINTOUTS[key].description)
        parser.add_argument("--out", type=Path, required=True, help="het PDF-bestand")
        parser.set_defaults(handler=run_printout, printout=kind)
        if kind in ("overview", "handouts"):
            parser.add_argument("--municipality", help="alleen deze gemeente")
        if kind == "initiative":
            which = parser.add_mutually_exclusive_group(required=True)
            which.add_argument("--id", type=int)
            which.add_argument("--name")
        if kind == "funding":
            parser.add_argument("--id", type=int, required=True, help="nummer van de aanvraag")
        if kind in ("signin", "phonelist", "financing"):
            parser.add_argument("--initiative", required=True, help="naam van het initiatief")
        if kind == "signin":
            parser.add_argument("--date", type=iso_date, required=True)
        if kind == "hours":
            parser.add_argument("--person", required=True, help="e-mailadres")
            parser.add_argument("--from", dest="start", type=iso_date, required=True)
            parser.add_argument("--to", dest="end", type=iso_date, required=True)


def run_printout(args: argparse.Namespace) -> int:
    key, build = KINDS[args.printout]
    with_database(args, lambda db: save_printout(db, key, build(db, args), args.out))
    print(f"{PRINTOUTS[key].title} geschreven naar {args.out}")
    return 0
