"""Every printout, declared once: one module per printout in this package, each with its
data builder and one :class:`Printout` named ``PRINTOUT``.

The Afdrukken menu, ``flevodesk export KIND`` with its help and the export log are built
from :data:`PRINTOUTS`; a new printout is a new module here plus its name in
:data:`MODULES`. Renderers load on first use (see :attr:`Printout.renderer`).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from flevodesk.services.printouts.declaration import Input, Option, Printout, Ref, Request

#: The printout modules, in the order of ``flevodesk export`` and the Afdrukken menu.
MODULES: tuple[str, ...] = (
    "overview",
    "initiative",
    "partners",
    "funding",
    "financing",
    "signin",
    "volunteers",
    "hours",
    "initiatives",
    "access",
    "register",
)


def _declarations() -> dict[str, Printout[Any]]:
    found: dict[str, Printout[Any]] = {}
    for name in MODULES:
        printout: Printout[Any] = import_module(f"{__name__}.{name}").PRINTOUT
        if printout.key in found:
            raise ValueError(f"two printouts have the key {printout.key!r}")
        found[printout.key] = printout
    return found


#: Every printout by key.
PRINTOUTS: dict[str, Printout[Any]] = _declarations()

__all__ = ["MODULES", "PRINTOUTS", "Input", "Option", "Printout", "Ref", "Request"]
