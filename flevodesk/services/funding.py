"""Funding applications: the table and the record."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func
from sqlalchemy.orm import aliased, selectinload

from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.services.listing import Column, Listing
from flevodesk.services.records import RecordService

_Funder = aliased(Partner, name="funder")


class FundingListing(Listing):
    singular = "aanvraag"
    plural = "aanvragen"
    id_column = FundingApplication.__table__.c.id
    columns = (
        Column("initiative", "Initiatief", Initiative.name, func.fold(Initiative.name)),
        Column("municipality", "Gemeente", Municipality.name),
        Column("funder", "Financier", _Funder.name, func.fold(_Funder.name)),
        Column("scheme", "Regeling", FundingApplication.scheme),
        Column("status", "Status", FundingApplication.status),
        Column("amount_requested", "Aangevraagd", FundingApplication.amount_requested),
        Column("amount_granted", "Toegekend", FundingApplication.amount_granted),
        Column("deadline", "Deadline", FundingApplication.deadline),
        Column("accountability_due", "Verantwoording", FundingApplication.accountability_due),
    )
    default_sort = "deadline"
    filters = {
        "status": lambda s, v: s.where(FundingApplication.status == v),
        "funder_id": lambda s, v: s.where(FundingApplication.funder_id == v),
        "initiative_id": lambda s, v: s.where(FundingApplication.initiative_id == v),
        "municipality_id": lambda s, v: s.where(Initiative.municipality_id == v),
        "domain": lambda s, v: s.where(FundingApplication.domain == v),
    }

    def joins(self, stmt: Select[Any]) -> Select[Any]:
        return (
            stmt.select_from(FundingApplication)
            .join(Initiative, FundingApplication.initiative_id == Initiative.id)
            .join(Municipality, Initiative.municipality_id == Municipality.id)
            .join(_Funder, FundingApplication.funder_id == _Funder.id)
        )

    def search_columns(self) -> list[Any]:
        return [Initiative.name, _Funder.name, FundingApplication.scheme, FundingApplication.title]


class FundingService(RecordService[FundingApplication]):
    model = FundingApplication
    noun = "de aanvraag"
    detail_options = (
        selectinload(FundingApplication.initiative),
        selectinload(FundingApplication.funder),
    )
