"""The partner sheet: partners per gemeente, Flevoland and landelijk with offer and contact."""

from __future__ import annotations

from datetime import date

from flevodesk.domain.enums import PartnerScope
from flevodesk.reports.data import PartnerGroup, PartnerSheetData
from flevodesk.services.printouts.declaration import Printout
from flevodesk.services.printouts.selection import all_partners, partner_item
from flevodesk.store.database import Database

_SCOPE_TITLES = {
    PartnerScope.GEMEENTE: "Partners in de gemeente",
    PartnerScope.FLEVOLAND: "Partners in Flevoland",
    PartnerScope.LANDELIJK: "Landelijke partners",
}


def partner_sheet_data(db: Database, today: date | None = None) -> PartnerSheetData:
    """All partners, grouped by scope (gemeente, Flevoland, landelijk), each by name."""
    with db.read() as session:
        partners = all_partners(session)
        groups = tuple(
            PartnerGroup(
                _SCOPE_TITLES[scope], tuple(partner_item(p) for p in partners if p.scope is scope)
            )
            for scope in PartnerScope
        )
    return PartnerSheetData(groups=groups, printed_on=today or date.today())


PRINTOUT = Printout(
    key="partners",
    title="Netwerk partners",
    description="Partners per gemeente, Flevoland en landelijk met aanbod en contact.",
    build=lambda db, _request: partner_sheet_data(db),
    renderer="flevodesk.reports.partners:render_partner_sheet",
    names_persons=False,
    command="partners",
    menu="&Netwerk partners",
    file_name=lambda _request: "netwerk-partners.pdf",
)
