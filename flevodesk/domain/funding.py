"""Funding applications: from the first idea to the accepted verantwoording."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flevodesk.domain.base import Base, Versioned, children, enum_column
from flevodesk.domain.enums import (
    CostType,
    FundingDomain,
    FundingStatus,
    ObligationKind,
    RejectionCategory,
)
from flevodesk.domain.exchange import Exchanged
from flevodesk.domain.field_rules import funding_rules
from flevodesk.domain.parsing import parse_money
from flevodesk.domain.validation import (
    Problems,
    clean_non_negative,
    clean_text,
)

if TYPE_CHECKING:
    from flevodesk.domain.initiatives import Initiative
    from flevodesk.domain.partners import Partner
    from flevodesk.domain.schemes import FundingScheme


class FundingApplication(Exchanged, Versioned, Base):
    __tablename__ = "funding_applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    # A funder that still has applications on record cannot be deleted.
    funder_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="RESTRICT"), index=True
    )
    scheme: Mapped[str | None] = mapped_column(String(160))
    scheme_id: Mapped[int | None] = mapped_column(
        ForeignKey("funding_schemes.id", ondelete="SET NULL"), index=True
    )
    # The date of the activity the money is for; scheme deadlines count from it.
    activity_date: Mapped[date | None]
    domain: Mapped[FundingDomain] = mapped_column(
        enum_column(FundingDomain), default=FundingDomain.SOCIAAL
    )
    title: Mapped[str | None] = mapped_column(String(200))
    amount_requested: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    amount_granted: Mapped[Decimal | None]
    status: Mapped[FundingStatus] = mapped_column(
        enum_column(FundingStatus), default=FundingStatus.IN_VOORBEREIDING, index=True
    )
    deadline: Mapped[date | None] = mapped_column(index=True)
    submitted_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    rejection_category: Mapped[RejectionCategory | None] = mapped_column(
        enum_column(RejectionCategory)
    )
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    accountability_due: Mapped[date | None] = mapped_column(index=True)
    # What the verantwoording reported.
    reported_on: Mapped[date | None]
    report_costs: Mapped[Decimal | None]
    report_people_reached: Mapped[int | None]
    report_activities: Mapped[int | None]
    report_volunteers: Mapped[int | None]
    report_story: Mapped[str | None] = mapped_column(Text)
    # Money after the decision.
    advance_received: Mapped[Decimal | None]
    final_payment: Mapped[Decimal | None]
    repayment: Mapped[Decimal | None]
    notes: Mapped[str | None] = mapped_column(Text)
    is_demo: Mapped[bool] = mapped_column(default=False)

    initiative: Mapped[Initiative] = relationship(
        back_populates="funding_applications", lazy="raise_on_sql"
    )
    funder: Mapped[Partner] = relationship(lazy="raise_on_sql")
    funding_scheme: Mapped[FundingScheme | None] = relationship(lazy="raise_on_sql")
    budget_lines: Mapped[list[BudgetLine]] = children("BudgetLine.id", back_populates="application")
    actual_costs: Mapped[list[ActualCost]] = children(
        "ActualCost.paid_on", back_populates="application"
    )
    obligations: Mapped[list[Obligation]] = children(
        "Obligation.due_date", back_populates="application"
    )

    def validate(self) -> None:
        found = Problems()
        if self.initiative_id is None and self.__dict__.get("initiative") is None:
            found.add("initiative_id", "kies een initiatief")
        if self.funder_id is None and self.__dict__.get("funder") is None:
            found.add("funder_id", "kies een financier")
        self.scheme = found.clean(clean_text, "scheme", self.scheme, max_length=160)
        self.title = found.clean(clean_text, "title", self.title, max_length=200)
        self.amount_requested = found.clean(
            parse_money, "amount_requested", self.amount_requested, required=True
        ) or Decimal("0.00")
        self.amount_granted = found.clean(parse_money, "amount_granted", self.amount_granted)
        self.report_costs = found.clean(parse_money, "report_costs", self.report_costs)
        for field in ("report_people_reached", "report_activities", "report_volunteers"):
            setattr(self, field, found.clean(clean_non_negative, field, getattr(self, field)))
        for field in ("advance_received", "final_payment", "repayment"):
            setattr(self, field, found.clean(parse_money, field, getattr(self, field)))
        status = FundingStatus(self.status)
        if (
            status is FundingStatus.TOEGEKEND
            and self.amount_granted is not None
            and self.amount_granted < self.amount_requested
        ):
            # A funder who grants less than was asked granted in part: the pipeline, the
            # financing plan and the printouts must not count it as a full grant.
            self.status = status = FundingStatus.DEELS_TOEGEKEND
        found.extend(funding_rules({name: getattr(self, name) for name in _RULE_FIELDS}))
        found.raise_any()

    def __repr__(self) -> str:
        return f"FundingApplication({self.id}, {self.status})"


_RULE_FIELDS = (
    "status",
    "amount_requested",
    "amount_granted",
    "submitted_on",
    "decided_on",
    "reported_on",
    "rejection_category",
    "rejection_reason",
)


class BudgetLine(Exchanged, Base):
    """A planned cost in an application's budget."""

    __tablename__ = "budget_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(String(200))
    cost_type: Mapped[CostType] = mapped_column(enum_column(CostType), default=CostType.OVERIG)
    amount: Mapped[Decimal]

    application: Mapped[FundingApplication] = relationship(
        back_populates="budget_lines", lazy="raise_on_sql"
    )

    def validate(self) -> None:
        self.description = (
            clean_text("description", self.description, required=True, max_length=200) or ""
        )
        self.amount = parse_money("amount", self.amount, required=True) or Decimal("0.00")


class ActualCost(Exchanged, Base):
    """Money actually spent, with the receipt as a file path or a reference."""

    __tablename__ = "actual_costs"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    budget_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("budget_lines.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(String(200))
    cost_type: Mapped[CostType] = mapped_column(enum_column(CostType), default=CostType.OVERIG)
    amount: Mapped[Decimal]
    paid_on: Mapped[date | None]
    receipt: Mapped[str | None] = mapped_column(String(500))

    application: Mapped[FundingApplication] = relationship(
        back_populates="actual_costs", lazy="raise_on_sql"
    )

    def validate(self) -> None:
        self.description = (
            clean_text("description", self.description, required=True, max_length=200) or ""
        )
        self.amount = parse_money("amount", self.amount, required=True) or Decimal("0.00")
        self.receipt = clean_text("receipt", self.receipt, max_length=500)


class Obligation(Exchanged, Base):
    """A duty that comes with granted money, due on a date."""

    __tablename__ = "obligations"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("funding_applications.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ObligationKind] = mapped_column(enum_column(ObligationKind))
    due_date: Mapped[date | None] = mapped_column(index=True)
    done_on: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    application: Mapped[FundingApplication] = relationship(
        back_populates="obligations", lazy="raise_on_sql"
    )
