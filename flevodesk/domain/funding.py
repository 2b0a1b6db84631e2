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
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import parse_money
from flevodesk.domain.validation import (
    check_date_order,
    clean_non_negative,
    clean_text,
)

if TYPE_CHECKING:
    from flevodesk.domain.initiatives import Initiative
    from flevodesk.domain.partners import Partner
    from flevodesk.domain.schemes import FundingScheme


class FundingApplication(Versioned, Base):
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
        if self.initiative_id is None and self.__dict__.get("initiative") is None:
            raise ValidationError("initiative_id", "kies een initiatief")
        if self.funder_id is None and self.__dict__.get("funder") is None:
            raise ValidationError("funder_id", "kies een financier")
        self.scheme = clean_text("scheme", self.scheme, max_length=160)
        self.title = clean_text("title", self.title, max_length=200)
        self.amount_requested = parse_money(
            "amount_requested", self.amount_requested, required=True
        ) or Decimal("0.00")
        self.amount_granted = parse_money("amount_granted", self.amount_granted)
        self.report_costs = parse_money("report_costs", self.report_costs)
        for field in ("report_people_reached", "report_activities", "report_volunteers"):
            setattr(self, field, clean_non_negative(field, getattr(self, field)))
        check_date_order(
            "submitted_on",
            self.submitted_on,
            "decided_on",
            self.decided_on,
            "ligt vóór de datum van indienen",
        )
        check_date_order(
            "decided_on",
            self.decided_on,
            "reported_on",
            self.reported_on,
            "ligt vóór de datum van het besluit",
        )
        status = FundingStatus(self.status)
        if (
            status is FundingStatus.AFGEWEZEN
            and self.rejection_category is None
            and not (self.rejection_reason or "").strip()
        ):
            raise ValidationError("rejection_category", "kies de reden van afwijzing")
        for field in ("advance_received", "final_payment", "repayment"):
            setattr(self, field, parse_money(field, getattr(self, field)))
        if status.is_granted and self.amount_granted is None:
            raise ValidationError("amount_granted", "vul het toegekende bedrag in")
        if (
            status is FundingStatus.TOEGEKEND
            and self.amount_granted is not None
            and self.amount_granted < self.amount_requested
        ):
            # A funder who grants less than was asked granted in part: the pipeline, the
            # financing plan and the printouts must not count it as a full grant.
            self.status = status = FundingStatus.DEELS_TOEGEKEND
        if (
            status is FundingStatus.TOEGEKEND
            and self.amount_granted is not None
            and self.amount_granted > self.amount_requested
        ):
            raise ValidationError("amount_granted", "is hoger dan het aangevraagde bedrag")
        if status is not FundingStatus.IN_VOORBEREIDING and self.submitted_on is None:
            raise ValidationError("submitted_on", "vul de datum van indienen in")
        if status.is_decided and self.decided_on is None:
            raise ValidationError("decided_on", "vul de datum van het besluit in")

    def __repr__(self) -> str:
        return f"FundingApplication({self.id}, {self.status})"


class BudgetLine(Base):
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


class ActualCost(Base):
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


class Obligation(Base):
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
