"""Sub-commands of the command line beyond init and check, one module per area.

Each module listed in :data:`MODULES` has ``register(commands)``, which adds its
sub-parsers and sets ``handler`` on each; a handler gets the parsed arguments (with
``args.db``) and returns an exit code.
"""

from __future__ import annotations

import argparse
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

#: Module names below ``flevodesk.commands``; add one line per new module.
MODULES: list[str] = ["data", "exchange", "old_backups", "printouts", "privacy"]


def command_modules() -> list[ModuleType]:
    """The registered command modules, imported."""
    return [import_module(f"flevodesk.commands.{name}") for name in MODULES]


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def export_subparsers(commands: Subparsers) -> Subparsers:
    """The sub-parsers of the shared ``export`` command, created by whichever module asks first.

    Several modules add kinds to ``flevodesk export KIND ...`` (tables, calendar, contacts,
    printouts); the ``export`` parser is made once and cached on ``commands``.
    """
    kinds: Subparsers | None = getattr(commands, "_flevodesk_export", None)
    if kinds is None:
        export = commands.add_parser("export", help="exporteer gegevens naar een bestand")
        kinds = export.add_subparsers(
            dest="kind", metavar="soort", required=True, parser_class=type(export)
        )
        commands._flevodesk_export = kinds  # type: ignore[attr-defined]
    return kinds
