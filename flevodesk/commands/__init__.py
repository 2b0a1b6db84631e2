"""Sub-commands of the command line beyond init and check, one module per area.

Each module listed in :data:`MODULES` has ``register(commands)``, which adds its
sub-parsers and sets ``handler`` on each; a handler gets the parsed arguments (with
``args.db``) and returns an exit code.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

#: Module names below ``flevodesk.commands``; add one line per new module.
MODULES: list[str] = []


def command_modules() -> list[ModuleType]:
    """The registered command modules, imported."""
    return [import_module(f"flevodesk.commands.{name}") for name in MODULES]
