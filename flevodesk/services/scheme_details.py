"""What the schemes dialog's form shows of one funder's scheme, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from flevodesk.domain.enums import CostType, ObligationKind, PaymentMode
from flevodesk.domain.schemes import FundingScheme
from flevodesk.services.records import copy_columns


@dataclass(frozen=True, slots=True)
class SchemeDetails:
    id: int
    version: int
    funder_id: int
    funder_name: str
    municipality_id: int | None
    name: str
    description: str | None
    min_amount: Decimal | None
    max_amount: Decimal | None
    payment: PaymentMode
    advance_percentage: int | None
    max_budget_share_percentage: int | None
    apply_days_before: int | None
    accountability_months_after: int | None
    window_from: str | None
    window_until: str | None
    obligation_kinds: tuple[ObligationKind, ...]
    real_costs_only: bool
    website: str | None
    is_example: bool
    notes: str | None
    excluded: frozenset[CostType]
    #: The costs the scheme pays up to an amount, in the order of :class:`CostType`.
    caps: tuple[tuple[CostType, Decimal], ...]

    def excluded_cost_types(self) -> set[CostType]:
        return set(self.excluded)

    def cost_caps(self) -> dict[CostType, Decimal]:
        return dict(self.caps)


def scheme_details(scheme: FundingScheme) -> SchemeDetails:
    """The details of ``scheme``, whose funder and cost rules must be loaded."""
    order = list(CostType)
    return copy_columns(
        scheme,
        SchemeDetails,
        funder_name=scheme.funder.name,
        obligation_kinds=tuple(scheme.obligation_kinds),
        excluded=frozenset(scheme.excluded_cost_types()),
        caps=tuple(sorted(scheme.cost_caps().items(), key=lambda cap: order.index(cap[0]))),
    )
