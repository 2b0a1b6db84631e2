"""Funding schemes ("regelingen", "potjes"): the rules a funder sets for its money."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flevodesk.domain.base import Base, Versioned, children, enum_column
from flevodesk.domain.enums import CostType, ObligationKind, PaymentMode
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import message
from flevodesk.domain.parsing import parse_money
from flevodesk.domain.validation import clean_text

if TYPE_CHECKING:
    from flevodesk.domain.geography import Municipality
    from flevodesk.domain.partners import Partner

_MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class FundingScheme(Versioned, Base):
    """One scheme of one funder, with the limits and duties that come with its money."""

    __tablename__ = "funding_schemes"
    __table_args__ = (UniqueConstraint("funder_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    funder_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    # Set for a municipal scheme, so the program can suggest it to initiatives there.
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(160))
    description: Mapped[str | None] = mapped_column(Text)
    min_amount: Mapped[Decimal | None]
    max_amount: Mapped[Decimal | None]
    payment: Mapped[PaymentMode] = mapped_column(
        enum_column(PaymentMode), default=PaymentMode.ACHTERAF
    )
    advance_percentage: Mapped[int | None]
    max_budget_share_percentage: Mapped[int | None]
    apply_days_before: Mapped[int | None]
    accountability_months_after: Mapped[int | None]
    # An opening window as month-day pairs ("09-01" to "10-31"); empty means year-round.
    window_from: Mapped[str | None] = mapped_column(String(5))
    window_until: Mapped[str | None] = mapped_column(String(5))
    # Obligations as a comma-separated list of ObligationKind values.
    obligations: Mapped[str | None] = mapped_column(String(300))
    real_costs_only: Mapped[bool] = mapped_column(default=False)
    website: Mapped[str | None] = mapped_column(String(300))
    # Shipped examples must be checked against the funder's current rules.
    is_example: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    funder: Mapped[Partner] = relationship(lazy="raise_on_sql")
    municipality: Mapped[Municipality | None] = relationship(lazy="raise_on_sql")
    cost_rules: Mapped[list[SchemeCostRule]] = children("SchemeCostRule.cost_type")

    @property
    def obligation_kinds(self) -> list[ObligationKind]:
        """The obligations as enum members, in the order they were recorded."""
        return [ObligationKind(v) for v in (self.obligations or "").split(",") if v]

    @obligation_kinds.setter
    def obligation_kinds(self, kinds: list[ObligationKind]) -> None:
        self.obligations = ",".join(dict.fromkeys(ObligationKind(k).value for k in kinds)) or None

    def excluded_cost_types(self) -> set[CostType]:
        """Cost types this scheme never pays for."""
        return {r.cost_type for r in self.cost_rules if r.max_amount is None}

    def cost_caps(self) -> dict[CostType, Decimal]:
        """Cost types this scheme pays only up to an amount."""
        return {r.cost_type: r.max_amount for r in self.cost_rules if r.max_amount is not None}

    def validate(self) -> None:
        self.name = clean_text("name", self.name, required=True, max_length=160) or ""
        self.min_amount = parse_money("min_amount", self.min_amount)
        self.max_amount = parse_money("max_amount", self.max_amount)
        if (
            self.min_amount is not None
            and self.max_amount is not None
            and self.max_amount < self.min_amount
        ):
            raise ValidationError("max_amount", message("is lager dan het minimumbedrag"))
        for field in ("advance_percentage", "max_budget_share_percentage"):
            value = getattr(self, field)
            if value is not None and not 0 < value <= 100:
                raise ValidationError(field, message("moet een percentage tussen 1 en 100 zijn"))
        if self.advance_percentage and self.payment is not PaymentMode.VOORSCHOT:
            raise ValidationError(
                "advance_percentage", message("alleen bij betaling met voorschot")
            )
        for field in ("apply_days_before", "accountability_months_after"):
            value = getattr(self, field)
            if value is not None and not 0 <= value <= 730:
                raise ValidationError(field, message("is geen redelijke termijn"))
        for field in ("window_from", "window_until"):
            value = clean_text(field, getattr(self, field), max_length=5)
            if value is not None and not _MONTH_DAY.match(value):
                raise ValidationError(field, message("schrijf als maand-dag, zoals 09-01"))
            setattr(self, field, value)
        if (self.window_from is None) != (self.window_until is None):
            raise ValidationError("window_until", message("vul begin én einde van de periode in"))
        self.obligation_kinds = self.obligation_kinds  # refuses unknown values

    def __repr__(self) -> str:
        return f"FundingScheme({self.name!r})"


class SchemeCostRule(Base):
    """A cost type a scheme excludes (no amount) or pays up to ``max_amount``."""

    __tablename__ = "scheme_cost_rules"

    scheme_id: Mapped[int] = mapped_column(
        ForeignKey("funding_schemes.id", ondelete="CASCADE"), primary_key=True
    )
    cost_type: Mapped[CostType] = mapped_column(enum_column(CostType), primary_key=True)
    max_amount: Mapped[Decimal | None]

    def validate(self) -> None:
        self.max_amount = parse_money("max_amount", self.max_amount)
