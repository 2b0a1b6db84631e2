"""Printouts: A4 PDFs drawn with reportlab from the plain data in :mod:`.data`.

:data:`PRINTOUTS` is the one place a printout is registered; the command line and the GUI
list and call printouts through it. A new printout is a new module here plus one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from flevodesk.reports.data import (
    AccessExportData,
    FinancingPlanData,
    FundingReportData,
    HandoutData,
    HoursStatementData,
    OverviewData,
    PartnerSheetData,
    PhoneListData,
    RegisterData,
    SigninData,
)

if TYPE_CHECKING:
    from flevodesk.reports.layout import Output

# Each render function and the module it lives in. They load on first use: reportlab takes
# about 120 ms to import, which opening the main window or a command that prints nothing
# should not wait for (``from flevodesk.reports import render_overview`` still works).
_RENDERERS = {
    "render_access_export": "privacy",
    "render_financing_plan": "financing",
    "render_funding_report": "funding",
    "render_handout": "handout",
    "render_handouts": "handout",
    "render_hours_statement": "hours",
    "render_overview": "overview",
    "render_partner_sheet": "partners",
    "render_phonelist": "phonelist",
    "render_register": "privacy",
    "render_signin": "signin",
}


def __getattr__(name: str) -> Any:
    module = _RENDERERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)


def _render(name: str) -> Callable[[Any, Output], None]:
    def render(data: Any, out: Output) -> None:
        __getattr__(name)(data, out)

    render.__name__ = name
    return render


@dataclass(frozen=True)
class Printout:
    """A registered printout.

    Attributes:
        key: the name used on the command line (``flevodesk export KEY``).
        title: the Dutch name shown in menus.
        description: one Dutch sentence for a tooltip or ``--help``.
        data_type: what ``render`` takes: a dataclass from :mod:`.data`, or a tuple of
            :class:`HandoutData` for the batch.
        render: writes the PDF to a path or binary file.
    """

    key: str
    title: str
    description: str
    data_type: type[Any]
    render: Callable[[Any, Output], None]


PRINTOUTS: dict[str, Printout] = {
    p.key: p
    for p in (
        Printout(
            "overview",
            "Algemeen beeld",
            "Het overzicht van Flevoland (of één gemeente) met de netwerkpartners.",
            OverviewData,
            _render("render_overview"),
        ),
        Printout(
            "initiative",
            "Folder initiatief",
            "Eén pagina over een initiatief voor inwoners die mee willen doen.",
            HandoutData,
            _render("render_handout"),
        ),
        Printout(
            "initiatives",
            "Folders alle initiatieven",
            "De folders van alle initiatieven (of één gemeente) in één PDF.",
            tuple,
            _render("render_handouts"),
        ),
        Printout(
            "partners",
            "Netwerk partners",
            "Partners per gemeente, Flevoland en landelijk met aanbod en contact.",
            PartnerSheetData,
            _render("render_partner_sheet"),
        ),
        Printout(
            "funding",
            "Verantwoording",
            "Aangevraagd, toegekend en besteed geld, bereik en verhaal van een aanvraag.",
            FundingReportData,
            _render("render_funding_report"),
        ),
        Printout(
            "financing",
            "Financieringsplan en trackrecord",
            "De begroting van een initiatief tegen al zijn aanvragen, en wie het eerder steunde.",
            FinancingPlanData,
            _render("render_financing_plan"),
        ),
        Printout(
            "signin",
            "Presentielijst",
            "Lege lijst om in te tekenen bij een bijeenkomst.",
            SigninData,
            _render("render_signin"),
        ),
        Printout(
            "volunteers",
            "Telefoonlijst vrijwilligers",
            "Naam, rol, telefoon en dagdelen van de actieve vrijwilligers.",
            PhoneListData,
            _render("render_phonelist"),
        ),
        Printout(
            "hours",
            "Urenverklaring",
            "De uren van één vrijwilliger over een periode, om te laten tekenen.",
            HoursStatementData,
            _render("render_hours_statement"),
        ),
        Printout(
            "access",
            "Inzageverzoek",
            "Alles wat over één persoon is vastgelegd, met het wijzigingslogboek (AVG-inzage).",
            AccessExportData,
            _render("render_access_export"),
        ),
        Printout(
            "register",
            "Verwerkingsregister",
            "Welke persoonsgegevens FlevoDesk bewaart, waarvoor en hoe lang, op één pagina.",
            RegisterData,
            _render("render_register"),
        ),
    )
}

__all__ = [
    "PRINTOUTS",
    "Printout",
    "render_access_export",
    "render_financing_plan",
    "render_funding_report",
    "render_handout",
    "render_handouts",
    "render_hours_statement",
    "render_overview",
    "render_partner_sheet",
    "render_phonelist",
    "render_register",
    "render_signin",
]
