"""Printouts on the command line: ``flevodesk export KIND ... --out FILE.pdf``, one kind
per printout declared with a ``command`` in :mod:`flevodesk.services.printouts`, with the
arguments of its inputs (:data:`ARGUMENTS`), for example::

    flevodesk export signin --initiative NAME --date YYYY-MM-DD --out FILE.pdf

``flevodesk export --help`` lists the kinds.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flevodesk.commands import export_subparsers
from flevodesk.commands.common import say, with_database
from flevodesk.domain.messages import label, message
from flevodesk.language import SOURCE, Language, language_named
from flevodesk.message_text import render
from flevodesk.services.errors import ServiceError
from flevodesk.services.printouts import PRINTOUTS, Input, Option, Printout, Ref, Request

if TYPE_CHECKING:
    from flevodesk.commands import Subparsers

Fields = dict[str, Any]


def iso_date(text: str) -> date:
    """An argparse type for ``YYYY-MM-DD`` with a Dutch message."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            render(message("'{typed}' is geen datum als 2026-12-05", typed=text))
        ) from None


def _municipality(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--municipality", help="alleen deze gemeente")


def _initiative(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--initiative", required=True, help="naam van het initiatief")


def _initiative_id_or_name(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--id", type=int)
    which.add_argument("--name")


def _application(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--id", type=int, required=True, help="nummer van de aanvraag")


def _person(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--person", required=True, help="e-mailadres")


def _day(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", type=iso_date, required=True)


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=iso_date, required=True)
    parser.add_argument("--to", dest="end", type=iso_date, required=True)


#: Each input: the arguments that ask for it, and the request fields they fill.
ARGUMENTS: dict[
    Input,
    tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], Fields]],
] = {
    Input.MUNICIPALITY: (_municipality, lambda a: {"municipality": a.municipality}),
    Input.INITIATIVE: (_initiative, lambda a: {"initiative": Ref(name=a.initiative)}),
    Input.INITIATIVE_ID_OR_NAME: (
        _initiative_id_or_name,
        lambda a: {"initiative": Ref(a.id, a.name or "")},
    ),
    Input.APPLICATION: (_application, lambda a: {"application": Ref(a.id)}),
    Input.PERSON: (_person, lambda a: {"person": Ref(name=a.person)}),
    Input.DAY: (_day, lambda a: {"day": a.date}),
    Input.PERIOD: (_period, lambda a: {"start": a.start, "end": a.end}),
}


def register(commands: Subparsers) -> None:
    """Add a kind to ``flevodesk export`` for each printout that declares a command."""
    kinds = export_subparsers(commands)
    for printout in PRINTOUTS.values():
        if printout.command is None:
            continue
        parser = kinds.add_parser(printout.command, help=printout.description)
        parser.add_argument("--out", type=Path, required=True, help="het PDF-bestand")
        parser.set_defaults(handler=run_printout, printout=printout.key)
        for wanted in printout.inputs:
            ARGUMENTS[wanted][0](parser)
        for option in printout.options:
            parser.add_argument(
                option.flag,
                dest=option.field,
                type=_option_type(option),
                metavar=option.metavar,
                help=option.help,
            )
        if printout.translatable:
            codes = ", ".join(language.value for language in printout.languages)
            parser.add_argument(
                "--language",
                metavar="TAAL",
                default=SOURCE.value,
                help=f"taal van de vaste teksten: {codes} (standaard {SOURCE.value})",
            )


def _option_type(option: Option) -> Callable[[str], object]:
    def parse(text: str) -> object:
        try:
            return option.parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return parse


def request_of(args: argparse.Namespace) -> Request:
    """The request the parsed arguments of a printout's command make."""
    fields: Fields = {}
    printout = PRINTOUTS[args.printout]
    for wanted in printout.inputs:
        fields.update(ARGUMENTS[wanted][1](args))
    for option in printout.options:
        fields[option.field] = getattr(args, option.field)
    if printout.translatable:
        from flevodesk.printout_wording import wording_in  # loads Qt's translator

        fields["wording"] = wording_in(_language(printout, args.language))
    return Request(**fields)


def _language(printout: Printout[Any], code: str) -> Language:
    """The language ``--language`` names, one ``printout`` is printed in.

    Raises:
        ServiceError: for any other code, naming the ones there are.
    """
    language = language_named(code)
    if language is None or language not in printout.languages:
        codes = "/".join(known.value for known in printout.languages)
        raise ServiceError(
            message(
                "Onbekende taal bij --language: '{code}'; kies {codes}.", code=code, codes=codes
            )
        )
    return language


def run_printout(args: argparse.Namespace) -> int:
    printout = PRINTOUTS[args.printout]
    request = request_of(args)
    with_database(args, lambda db: printout.make(db, request, args.out))
    say(message("{title} geschreven naar {file}", title=label(printout.title), file=args.out))
    return 0
