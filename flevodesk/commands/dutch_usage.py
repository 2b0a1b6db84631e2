"""argparse in Dutch: its usage line, help headings and error texts.

argparse looks every text up through the ``_`` and ``ngettext`` names of its own module when
it builds a parser, prints help or reports an error. :func:`dutch_argparse` points those
names at the Dutch texts below for as long as the command line builds and parses, and
restores them afterwards. Texts not listed stay as argparse has them.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

#: argparse's English texts (Python 3.11) and their Dutch translations.
TEXTS: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r: verwacht %(type)s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "not allowed with argument %s": "niet toegestaan samen met %s",
    "ignored explicit argument %r": "genegeerde waarde %r",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout in de opdracht: %(message)s\n",
}

#: Type names argparse puts into "invalid %(type)s value", as a Dutch reader says them.
TYPE_NAMES: dict[str, str] = {"int": "een geheel getal", "float": "een getal"}

VERSION_HELP = "toon het versienummer en stop"


def translate(text: str) -> str:
    return TEXTS.get(text, text)


def translate_plural(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return "verwacht %s waarde" if count == 1 else "verwacht %s waarden"
    return singular if count == 1 else plural


def finish(message: str) -> str:
    """Dutch names for the types argparse names by their Python names."""
    for name, dutch in TYPE_NAMES.items():
        message = message.replace(f"verwacht {name}", f"verwacht {dutch}")
    return message


@contextmanager
def dutch_argparse() -> Iterator[None]:
    """argparse speaks Dutch inside this block (building, help and errors alike)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
