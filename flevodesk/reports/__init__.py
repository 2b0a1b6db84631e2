"""Printouts: A4 PDFs drawn with reportlab from the plain data in :mod:`.data`.

:data:`PRINTOUTS` is the one place a printout is registered; the command line and the GUI
list and call printouts through it. A new printout is a new module here plus one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flevodesk.reports.data import (
    FinancingPlanData,
    FundingReportData,
    HandoutData,
    HoursStatementData,
    OverviewData,
    PartnerSheetData,
    PhoneListData,
    SigninData,
)
from flevodesk.reports.financing import render_financing_plan
from flevodesk.reports.funding import render_funding_report
from flevodesk.reports.handout import render_handout, render_handouts
from flevodesk.reports.hours import render_hours_statement
from flevodesk.reports.layout import Output
from flevodesk.reports.overview import render_overview
from flevodesk.reports.partners import render_partner_sheet
from flevodesk.reports.phonelist import render_phonelist
from flevodesk.reports.privacy import (
    AccessExportData,
    RegisterData,
    render_access_export,
    render_register,
)
from flevodesk.reports.signin import render_signin


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
            render_overview,
        ),
        Printout(
            "initiative",
            "Folder initiatief",
            "Eén pagina over een initiatief voor inwoners die mee willen doen.",
            HandoutData,
            render_handout,
        ),
        Printout(
            "initiatives",
            "Folders alle initiatieven",
            "De folders van alle initiatieven (of één gemeente) in één PDF.",
            tuple,
            render_handouts,
        ),
        Printout(
            "partners",
            "Netwerk partners",
            "Partners per gemeente, Flevoland en landelijk met aanbod en contact.",
            PartnerSheetData,
            render_partner_sheet,
        ),
        Printout(
            "funding",
            "Verantwoording",
            "Aangevraagd, toegekend en besteed geld, bereik en verhaal van een aanvraag.",
            FundingReportData,
            render_funding_report,
        ),
        Printout(
            "financing",
            "Financieringsplan en trackrecord",
            "De begroting van een initiatief tegen al zijn aanvragen, en wie het eerder steunde.",
            FinancingPlanData,
            render_financing_plan,
        ),
        Printout(
            "signin",
            "Presentielijst",
            "Lege lijst om in te tekenen bij een bijeenkomst.",
            SigninData,
            render_signin,
        ),
        Printout(
            "volunteers",
            "Telefoonlijst vrijwilligers",
            "Naam, rol, telefoon en dagdelen van de actieve vrijwilligers.",
            PhoneListData,
            render_phonelist,
        ),
        Printout(
            "hours",
            "Urenverklaring",
            "De uren van één vrijwilliger over een periode, om te laten tekenen.",
            HoursStatementData,
            render_hours_statement,
        ),
        Printout(
            "access",
            "Inzageverzoek",
            "Alles wat over één persoon is vastgelegd, met het wijzigingslogboek (AVG-inzage).",
            AccessExportData,
            render_access_export,
        ),
        Printout(
            "register",
            "Verwerkingsregister",
            "Welke persoonsgegevens FlevoDesk bewaart, waarvoor en hoe lang, op één pagina.",
            RegisterData,
            render_register,
        ),
    )
}

__all__ = [
    "PRINTOUTS",
    "Output",
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
