"""The command line: ``flevodesk [--db PATH] [command ...]``; no command opens the GUI.

Exit codes: 0 success, 1 a user error (one Dutch line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

# Only light imports here: starting the GUI must not wait for SQLAlchemy and Alembic,
# which the command handlers import when they run.
from flevodesk import __version__
from flevodesk.commands import command_modules, demo_set
from flevodesk.commands.dutch_usage import finish
from flevodesk.commands.environment import PASSPHRASE_VAR, passphrase_from_environment
from flevodesk.commands.help_text import argparse_speaking, translate_help
from flevodesk.domain.messages import Message, message
from flevodesk.message_text import render, spoken

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """A mistake the user can correct; its text is printed as the one line, in the
    reader's language."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


class DutchArgumentParser(argparse.ArgumentParser):
    """Build and parse inside :func:`dutch_argparse`: then every text argparse prints is Dutch."""

    def error(self, problem: str) -> NoReturn:
        self.print_usage(sys.stderr)
        wrong = message(
            "{program}: fout in de opdracht: {problem}", program=self.prog, problem=finish(problem)
        )
        self.exit(EXIT_USAGE, render(wrong) + "\n")


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
                raise UserError(message("--db verwacht een bestandsnaam"))
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
    parser.add_argument(
        "--version",
        action="version",
        version=f"FlevoDesk {__version__}",
        help="toon het versienummer en stop",
    )
    commands = parser.add_subparsers(
        dest="command", metavar="opdracht", parser_class=DutchArgumentParser
    )
    init = commands.add_parser("init", help="maak een database met de Flevolandse gegevens")
    demo_set.add_options(init)
    init.add_argument(
        "--encrypt",
        action="store_true",
        help="versleutel de database (wachtzin uit FLEVODESK_PASSPHRASE of gevraagd)",
    )
    init.set_defaults(handler=cmd_init)
    check = commands.add_parser("check", help="controleer de database (integriteit, versie)")
    check.set_defaults(handler=cmd_check)
    migrate = commands.add_parser(
        "migrate",
        help="richt een database op de teamserver in of werk hem bij (voor de beheerder)",
    )
    migrate.set_defaults(handler=cmd_migrate)
    rekey = commands.add_parser(
        "passphrase",
        help="wijzig de wachtzin van een versleutelde database "
        "(oude uit FLEVODESK_PASSPHRASE, nieuwe uit FLEVODESK_NEW_PASSPHRASE of gevraagd)",
    )
    rekey.set_defaults(handler=cmd_passphrase)
    for module in command_modules():
        module.register(commands)
    return parser


NEW_PASSPHRASE_VAR = "FLEVODESK_NEW_PASSPHRASE"


def ask_new_passphrase(variable: str) -> str:
    """A new passphrase from ``variable`` or, at a terminal, typed twice.

    Raises:
        UserError: when there is no terminal to ask at, or the two entries differ.
    """
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(message("geef de wachtzin op in {variable}", variable=variable))
    first = getpass.getpass(render(message("Nieuwe wachtzin: ")))
    if first != getpass.getpass(render(message("Nogmaals: "))):
        raise UserError(message("de twee wachtzinnen verschillen"))
    return first


def cmd_init(args: argparse.Namespace) -> int:
    from flevodesk.commands.old_backups import plain_copies
    from flevodesk.services.demo import has_demo_data, load_demo_data
    from flevodesk.services.plain_backups import plain_backups
    from flevodesk.services.setup import encrypt_database, open_database
    from flevodesk.store import crypto, location

    passphrase = passphrase_from_environment()
    target = location.sqlite_file(location.resolve_target(args.db))
    plain_file = (
        target is not None
        and target.exists()
        and target.stat().st_size > 0
        and not crypto.looks_encrypted(target)
    )
    encrypting = args.encrypt and plain_file
    if args.encrypt and not plain_file and not passphrase:
        passphrase = ask_new_passphrase(PASSPHRASE_VAR)
    # No daily backup on the way to encrypting: it would be one more plain copy of it all.
    opened = open_database(
        args.db, passphrase=None if plain_file else passphrase, daily_backups=not encrypting
    )
    db = opened.db
    where = db.shown
    said: list[Message | str] = [
        message("Database aangemaakt: {database}", database=where)
        if opened.created
        else message("Database bestaat al: {database}", database=where),
        *opened.notices,
    ]
    if args.demo:
        with db.write() as session:
            if has_demo_data(session):
                said.append(message("De demoset was al aanwezig."))
            else:
                load_demo_data(session)
                said.append(message("Demoset toegevoegd (fictieve gegevens, gemarkeerd als demo)."))
    if args.remove_demo:
        said.append(demo_set.remove_demo(db))
    if encrypting:
        db = encrypt_database(db, passphrase or ask_new_passphrase(PASSPHRASE_VAR))
        said.append(
            message(
                "De database is nu versleuteld; bewaar de wachtzin goed: zonder wachtzin "
                "zijn de gegevens niet terug te halen."
            )
        )
        plain = plain_backups(db)
        if plain:
            said.append(
                message(
                    "Er staat nog {copies} van deze database in {folder}. Versleutel met "
                    "'flevodesk backup encrypt-old' of verwijder met 'flevodesk backup "
                    "delete-plain'.",
                    copies=plain_copies(len(plain)),
                    folder=plain[0].parent,
                )
                if len(plain) == 1
                else message(
                    "Er staan nog {copies} van deze database in {folder}. Versleutel met "
                    "'flevodesk backup encrypt-old' of verwijder met 'flevodesk backup "
                    "delete-plain'.",
                    copies=plain_copies(len(plain)),
                    folder=plain[0].parent,
                )
            )
    elif args.encrypt:
        said.append(
            message(
                "De database is versleuteld; bewaar de wachtzin goed: zonder wachtzin "
                "zijn de gegevens niet terug te halen."
            )
        )
    db.dispose()
    print("\n".join(map(render, said)))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from flevodesk.services.setup import check_verdict

    print(render(check_verdict(args.db, passphrase=passphrase_from_environment())))
    return EXIT_OK


def cmd_migrate(args: argparse.Namespace) -> int:
    from flevodesk.services.setup import migrate_verdict

    print(render(migrate_verdict(args.db)))
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    from flevodesk.services.setup import change_passphrase, open_database
    from flevodesk.store import location

    old = passphrase_from_environment()
    if not old:
        raise UserError(
            message("geef de huidige wachtzin op in {variable}", variable=PASSPHRASE_VAR)
        )
    target = location.sqlite_file(location.resolve_target(args.db))
    if target is not None and not target.exists():
        raise UserError(message("{file} bestaat niet", file=target))
    opened = open_database(args.db, passphrase=old)
    for notice in opened.notices:
        print(render(notice))
    db = change_passphrase(opened.db, old, ask_new_passphrase(NEW_PASSPHRASE_VAR))
    db.dispose()
    print(
        render(
            message(
                "De wachtzin is gewijzigd; de oude opent de database niet meer. Bestaande "
                "reservekopieën openen alleen met de oude wachtzin."
            )
        )
    )
    return EXIT_OK


def run_gui(db_target: str | None) -> int:
    """Open the main window (imported late: the command line must work without a display)."""
    from flevodesk.ui.app import run

    return run(db_target)


def main(argv: Sequence[str] | None = None) -> int:
    """Run FlevoDesk with the given arguments and return the exit code.

    The one place the command line meets every error: a user's gets its Dutch sentence
    (exit 1), wrong usage argparse's text in Dutch (exit 2), and anything unexpected one
    sentence naming the log file that holds its traceback (exit 1). Never a traceback.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        db, rest = split_db_option(arguments)
    except UserError as exc:
        _say(render(exc.said))
        return EXIT_USAGE
    try:
        return _run(db, rest)
    except KeyboardInterrupt:
        _say(render(message("afgebroken")))
    except UserError as exc:
        _say(render(exc.said))
    except Exception as exc:
        _say(_explain(exc))
    return EXIT_USER_ERROR


def _run(db: str | None, rest: list[str]) -> int:
    if not rest:
        # The everyday case: no command, open the window without building the parser.
        return run_gui(db)
    language = spoken()
    with argparse_speaking(language):
        parser = build_parser()
        translate_help(parser, language)
        try:
            args = parser.parse_args(rest)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    args.db = db
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        return run_gui(db)
    return handler(args)


def _say(message: str) -> None:
    print(f"flevodesk: {message}", file=sys.stderr)


def _explain(error: Exception) -> str:
    """The sentence for ``error`` in the reader's language; an unexpected one is logged with
    its traceback."""
    from flevodesk.error_log import record_unexpected

    try:
        from flevodesk.services.error_text import known_text

        known = known_text(error)
        message = None if known is None else render(known)
    except Exception:  # the explaining itself broke (a damaged installation): log both
        message = None
    return message if message is not None else record_unexpected(error, "command line")
