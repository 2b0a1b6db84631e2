"""What the funding application form shows of one application, read in one transaction:
the fields, the budget, the scheme's rules, obligations and receipts, and the schemes of
the chosen funder for the scheme picker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flevodesk.domain.enums import (
    CostType,
    FundingDomain,
    FundingStatus,
    ObligationKind,
    RejectionCategory,
)
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.schemes import FundingScheme
from flevodesk.services.funding_checks import SchemeFacts, scheme_facts
from flevodesk.services.records import copy_columns


@dataclass(frozen=True, slots=True)
class BudgetLineRow:
    id: int
    description: str
    cost_type: CostType
    amount: Decimal


@dataclass(frozen=True, slots=True)
class CostRow:
    """Money spent, with its receipt and the budget line it was booked on (if any)."""

    id: int
    budget_line_id: int | None
    description: str
    cost_type: CostType
    amount: Decimal
    paid_on: date | None
    receipt: str | None


@dataclass(frozen=True, slots=True)
class ObligationRow:
    id: int
    kind: ObligationKind
    due_date: date | None
    done_on: date | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class SchemeChoice:
    """A scheme the funder offers, for the form's scheme picker."""

    id: int
    name: str
    is_example: bool


@dataclass(frozen=True, slots=True)
class FundingDetails:
    id: int
    version: int
    initiative_id: int
    initiative_name: str
    #: The budget of the initiative the money is for: the scheme checks measure against it.
    initiative_budget_total: Decimal | None
    funder_id: int
    funder_name: str
    scheme_id: int | None
    scheme: str | None
    activity_date: date | None
    domain: FundingDomain
    title: str | None
    amount_requested: Decimal
    amount_granted: Decimal | None
    status: FundingStatus
    deadline: date | None
    submitted_on: date | None
    decided_on: date | None
    rejection_category: RejectionCategory | None
    rejection_reason: str | None
    accountability_due: date | None
    reported_on: date | None
    #: What the verantwoording reports as spent: the sum of the costs on record (see
    #: :func:`costs_total`), never typed a second time.
    costs_total: Decimal | None
    report_people_reached: int | None
    report_activities: int | None
    report_volunteers: int | None
    report_story: str | None
    advance_received: Decimal | None
    final_payment: Decimal | None
    repayment: Decimal | None
    notes: str | None
    is_demo: bool
    budget_lines: tuple[BudgetLineRow, ...]
    actual_costs: tuple[CostRow, ...]
    obligations: tuple[ObligationRow, ...]
    funding_scheme: SchemeFacts | None
    #: The schemes of the funder, as the scheme picker offers them.
    funder_schemes: tuple[SchemeChoice, ...]


def schemes_of(session: Session, funder_id: int) -> tuple[SchemeChoice, ...]:
    """The schemes one funder offers, by name as the schemes list sorts them."""
    rows = session.execute(
        select(FundingScheme.id, FundingScheme.name, FundingScheme.is_example)
        .where(FundingScheme.funder_id == funder_id)
        .order_by(func.fold(FundingScheme.name), FundingScheme.id)
    )
    return tuple(SchemeChoice(r.id, r.name, r.is_example) for r in rows)


def costs_total(record: FundingApplication) -> Decimal | None:
    """The money spent: the sum of the application's costs (each with its receipt).

    An application from before the costs were booked one by one keeps the total that was
    typed in its verantwoording, until its first cost is booked.
    """
    if not record.actual_costs:
        return record.report_costs
    return sum((cost.amount for cost in record.actual_costs), Decimal("0.00"))


def funding_details(session: Session, record: FundingApplication) -> FundingDetails:
    """The details of ``record``, loaded with the funding service's detail options."""
    scheme = record.funding_scheme
    return copy_columns(
        record,
        FundingDetails,
        initiative_name=record.initiative.name,
        initiative_budget_total=record.initiative.budget_total,
        funder_name=record.funder.name,
        costs_total=costs_total(record),
        budget_lines=tuple(copy_columns(b, BudgetLineRow) for b in record.budget_lines),
        actual_costs=tuple(copy_columns(c, CostRow) for c in record.actual_costs),
        obligations=tuple(copy_columns(o, ObligationRow) for o in record.obligations),
        funding_scheme=scheme_facts(scheme) if scheme is not None else None,
        funder_schemes=schemes_of(session, record.funder_id),
    )
