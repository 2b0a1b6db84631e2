"""The command line: ``flevodesk [--db PATH] [command ...]``; no command opens the GUI.

Exit codes: 0 success, 1 a user error (one Dutch line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from flevodesk import __version__
from flevodesk.commands import command_modules
from flevodesk.services.demo import has_demo_data, load_demo_data
from flevodesk.services.errors import ServiceError, ValidationError
from flevodesk.services.setup import check_database, open_database

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """A mistake the user can correct; its text is printed as the one Dutch line."""


class DutchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout in de opdracht: {message}\n")


def split_db_option(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """Take ``--db PATH`` or ``--db=PATH`` from anywhere on the command line.

    Raises:
        UserError: when ``--db`` is given without a path.
    """
    rest: list[str] = []
    db: str | None = None
    items = iter(argv)
    for item in items:
        if item == "--db":
            db = next(items, None)
            if db is None or db.startswith("-"):
                raise UserError("--db verwacht een bestandsnaam")
        elif item.startswith("--db="):
            db = item.split("=", 1)[1]
        else:
            rest.append(item)
    return db, rest


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="flevodesk",
        description="FlevoDesk: inwonersinitiatieven, vrijwilligers, financiering en partners.",
        epilog="--db PATH (overal op de regel) of FLEVODESK_DB kiest een ander databasebestand.",
    )
    parser.add_argument("--version", action="version", version=f"FlevoDesk {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="opdracht", parser_class=DutchArgumentParser
    )
    init = commands.add_parser("init", help="maak een database met de Flevolandse gegevens")
    init.add_argument(
        "--demo", action="store_true", help="voeg de (fictieve) demoset toe om mee te oefenen"
    )
    init.set_defaults(handler=cmd_init)
    check = commands.add_parser("check", help="controleer de database (integriteit, versie)")
    check.set_defaults(handler=cmd_check)
    for module in command_modules():
        module.register(commands)
    return parser


def cmd_init(args: argparse.Namespace) -> int:
    opened = open_database(args.db)
    where = opened.db.path or opened.db.url
    messages = [
        f"Database aangemaakt: {where}" if opened.created else f"Database bestaat al: {where}"
    ]
    if args.demo:
        with opened.db.write() as session:
            if has_demo_data(session):
                messages.append("De demoset was al aanwezig.")
            else:
                load_demo_data(session)
                messages.append("Demoset toegevoegd (fictieve gegevens, gemarkeerd als demo).")
    opened.db.dispose()
    print("\n".join(messages))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    print(check_database(args.db))
    return EXIT_OK


def run_gui(db_target: str | None) -> int:
    """Open the main window (imported late: the command line must work without a display)."""
    from flevodesk.ui.app import run

    return run(db_target)


def main(argv: Sequence[str] | None = None) -> int:
    """Run FlevoDesk with the given arguments and return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        db, rest = split_db_option(arguments)
    except UserError as exc:
        print(f"flevodesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    parser = build_parser()
    try:
        args = parser.parse_args(rest)
    except SystemExit as exc:
        return int(exc.code or 0)
    args.db = db
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return run_gui(db)
        return handler(args)
    except ValidationError as exc:
        print(f"flevodesk: {exc.field}: {exc.message}", file=sys.stderr)
    except (ServiceError, UserError) as exc:
        print(f"flevodesk: {getattr(exc, 'message', exc)}", file=sys.stderr)
    except KeyboardInterrupt:
        print("flevodesk: afgebroken", file=sys.stderr)
    return EXIT_USER_ERROR
