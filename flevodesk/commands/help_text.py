"""The command line's help in the reader's language.

The help texts and metavars are written in Dutch at the ``add_argument`` and ``add_parser``
calls, where
``scripts/texts_for_translation.py --messages`` finds them (context ``commands``). Once the
parser is built, :func:`translate_help` replaces each by its translation; argparse's own
words are then its English ones, or Dutch through :mod:`flevodesk.commands.dutch_usage`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext

from flevodesk.commands.dutch_usage import dutch_argparse
from flevodesk.language import SOURCE, Language
from flevodesk.translation import catalogue

#: The Qt context of the command line's help texts.
CONTEXT = "commands"


def argparse_speaking(language: Language) -> AbstractContextManager[None]:
    """Where argparse's own texts ("usage:", "options") are in ``language``: Dutch by
    :func:`dutch_argparse`; English as argparse has them."""
    return dutch_argparse() if language is SOURCE else nullcontext()


def translate_help(parser: argparse.ArgumentParser, language: Language) -> None:
    """Put every help text, description and epilog of ``parser`` and its sub-commands in
    ``language`` (a text without a translation stays Dutch)."""
    if language is SOURCE:
        return
    found = catalogue(language)
    for each in _parsers(parser):
        _translate_parser(each, lambda text: found.translate(CONTEXT, text))


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from _parsers(sub)


def _translate_parser(parser: argparse.ArgumentParser, translate: Callable[[str], str]) -> None:
    if parser.description:
        parser.description = translate(parser.description)
    if parser.epilog:
        parser.epilog = translate(parser.epilog)
    for action in parser._actions:
        if isinstance(action.help, str) and action.help != argparse.SUPPRESS:
            action.help = translate(action.help)
        if isinstance(action.metavar, str):
            action.metavar = translate(action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if isinstance(choice.help, str):
                    choice.help = translate(choice.help)


__all__ = ["CONTEXT", "argparse_speaking", "translate_help"]
