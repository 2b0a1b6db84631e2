"""``flevodesk init --remove-demo``: the demo set out again, the user's own records kept.

``init`` itself is built in :mod:`flevodesk.cli`; this module holds what the option does, so
the command line and the window tell the same thing (:class:`DemoRemoval.message`).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

# Light on purpose: flevodesk.cli imports this module before it knows whether the window
# opens, and the window must not wait for SQLAlchemy.
if TYPE_CHECKING:
    from flevodesk.domain.messages import Message
    from flevodesk.store.database import Database


def add_options(init: argparse.ArgumentParser) -> None:
    """``--demo`` and ``--remove-demo``, which exclude each other."""
    which = init.add_mutually_exclusive_group()
    which.add_argument(
        "--demo", action="store_true", help="voeg de (fictieve) demoset toe om mee te oefenen"
    )
    which.add_argument(
        "--remove-demo",
        action="store_true",
        help="verwijder de demoset weer (na een reservekopie; eigen gegevens blijven staan)",
    )


def remove_demo(db: Database) -> Message:
    """Remove the demo set (a backup first, one transaction) and say what was removed."""
    from flevodesk.services.demo_removal import remove_demo_set

    return remove_demo_set(db).said()
