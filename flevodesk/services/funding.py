"""Funding applications: the table and the record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from flevodesk.domain.enums import CostType, FundingStatus
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.funding import ActualCost, BudgetLine, FundingApplication, Obligation
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import message
from flevodesk.domain.partners import Partner
from flevodesk.domain.schemes import FundingScheme, SchemeCostRule
from flevodesk.services.errors import NotFound
from flevodesk.services.funding_checks import SchemeFacts, scheme_facts
from flevodesk.services.funding_details import (
    FundingDetails,
    SchemeChoice,
    funding_details,
    schemes_of,
)
from flevodesk.services.listing import Column, Listing, in_declared_order
from flevodesk.services.records import RecordService, RowService
from flevodesk.services.scheme_details import SchemeDetails, scheme_details

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
        Column(
            "status",
            "Status",
            FundingApplication.status,
            in_declared_order(FundingApplication.status, FundingStatus),
        ),
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


class FundingService(RecordService[FundingApplication, FundingDetails]):
    model = FundingApplication
    noun = message("de aanvraag")
    detail_options = (
        selectinload(FundingApplication.initiative),
        selectinload(FundingApplication.funder),
        selectinload(FundingApplication.funding_scheme).selectinload(FundingScheme.cost_rules),
        selectinload(FundingApplication.budget_lines),
        selectinload(FundingApplication.actual_costs),
        selectinload(FundingApplication.obligations),
    )

    def detail(self, session: Session, record: FundingApplication) -> FundingDetails:
        return funding_details(session, record)

    def scheme_choices(self, funder_id: int) -> tuple[SchemeChoice, ...]:
        """The schemes of a funder, for the scheme picker after the funder was changed."""
        with self.db.read() as session:
            return schemes_of(session, funder_id)

    def scheme_rules(self, scheme_id: int) -> SchemeFacts:
        """The rules of one scheme, for the checks after another scheme was picked.

        Raises:
            NotFound: when the scheme was deleted meanwhile.
        """
        with self.db.read() as session:
            scheme = session.scalars(
                select(FundingScheme)
                .where(FundingScheme.id == scheme_id)
                .options(selectinload(FundingScheme.cost_rules))
            ).one_or_none()
            if scheme is None:
                raise NotFound(message("De regeling bestaat niet (meer)."))
            return scheme_facts(scheme)

    def _apply(
        self, session: Session, record: FundingApplication, values: Mapping[str, Any]
    ) -> None:
        rest = dict(values)
        lines = rest.pop("budget_lines", None)
        super()._apply(session, record, rest)
        if lines is not None:
            record.budget_lines = _merged_lines(record.budget_lines, lines)


_LINE_FIELDS = {"description": message("omschrijving"), "amount": message("bedrag")}


def _merged_lines(existing: list[BudgetLine], wanted: list[Mapping[str, Any]]) -> list[BudgetLine]:
    """The budget as the form holds it: lines keep their id (and so the receipts booked
    against them), new ones are added, and lines left out are deleted."""
    by_id = {line.id: line for line in existing}
    merged: list[BudgetLine] = []
    for number, item in enumerate(wanted, start=1):
        known = item.get("id")
        line = (by_id.get(int(known)) if known is not None else None) or BudgetLine()
        line.description = item.get("description") or ""
        line.cost_type = CostType(item.get("cost_type") or CostType.OVERIG)
        line.amount = item.get("amount")  # type: ignore[assignment]  # validate() parses
        try:
            line.validate()
        except ValidationError as error:
            what = _LINE_FIELDS.get(error.field, error.field)
            raise ValidationError(
                "budget_lines",
                message(
                    "regel {number}: {what} {reason}",
                    number=number,
                    what=what,
                    reason=error.translatable,
                ),
            ) from error
        merged.append(line)
    return merged


class SchemeListing(Listing):
    singular = "regeling"
    plural = "regelingen"
    id_column = FundingScheme.__table__.c.id
    columns = (
        Column("name", "Regeling", FundingScheme.name, func.fold(FundingScheme.name)),
        Column("funder", "Financier", Partner.name, func.fold(Partner.name)),
        Column("municipality", "Gemeente", Municipality.name),
        Column("max_amount", "Maximum", FundingScheme.max_amount),
        Column("payment", "Betaling", FundingScheme.payment),
        Column("is_example", "Voorbeeld", FundingScheme.is_example),
    )
    default_sort = "name"
    filters = {
        "funder_id": lambda s, v: s.where(FundingScheme.funder_id == v),
        "municipality_id": lambda s, v: s.where(
            (FundingScheme.municipality_id == v) | FundingScheme.municipality_id.is_(None)
        ),
    }

    def joins(self, stmt: Select[Any]) -> Select[Any]:
        return (
            stmt.select_from(FundingScheme)
            .join(Partner, FundingScheme.funder_id == Partner.id)
            .outerjoin(Municipality, FundingScheme.municipality_id == Municipality.id)
        )

    def search_columns(self) -> list[Any]:
        return [FundingScheme.name, Partner.name, FundingScheme.description]


class SchemeService(RecordService[FundingScheme, SchemeDetails]):
    model = FundingScheme
    noun = message("de regeling")
    detail_options = (selectinload(FundingScheme.funder), selectinload(FundingScheme.cost_rules))

    def detail(self, session: Session, record: FundingScheme) -> SchemeDetails:
        return scheme_details(record)

    def _apply(self, session: Session, record: FundingScheme, values: Mapping[str, Any]) -> None:
        rest = dict(values)
        excluded = rest.pop("excluded_cost_types", None)
        caps = rest.pop("cost_caps", None)
        kinds = rest.pop("obligation_kinds", None)
        super()._apply(session, record, rest)
        if kinds is not None:
            record.obligation_kinds = list(kinds)
        if excluded is not None or caps is not None:
            rules = [SchemeCostRule(cost_type=CostType(c)) for c in excluded or []]
            rules += [
                SchemeCostRule(cost_type=CostType(c), max_amount=amount)
                for c, amount in (caps or {}).items()
            ]
            record.cost_rules = rules


class BudgetLineService(RowService[BudgetLine]):
    model = BudgetLine
    noun = message("de begrotingsregel")


class ActualCostService(RowService[ActualCost]):
    model = ActualCost
    noun = message("de uitgave")


class ObligationService(RowService[Obligation]):
    model = Obligation
    noun = message("de verplichting")
