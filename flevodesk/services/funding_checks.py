"""Warnings before an application goes out: what the scheme's rules say about it.

The checks never block: a funder may make exceptions, and the applicant decides. Each
warning names the field to look at and says in Dutch what is wrong.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from flevodesk.domain.enums import CostType, ObligationKind
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.messages import (
    DayOfYear,
    Lowered,
    Message,
    Money,
    Number,
    ShortDate,
    label,
    message,
)
from flevodesk.domain.schemes import FundingScheme


@dataclass(frozen=True)
class Warning:
    """What to look at (``field``) and why (``said``, shown in the reader's language)."""

    field: str
    said: Message

    @property
    def message(self) -> str:
        """The warning in Dutch."""
        return str(self.said)


@dataclass(frozen=True, slots=True)
class SchemeFacts:
    """What a scheme's rules say, read out of the database for a form to check against
    while the user types (the rules of :class:`FundingScheme`, without its session)."""

    id: int
    name: str
    description: str | None
    is_example: bool
    min_amount: Decimal | None
    max_amount: Decimal | None
    max_budget_share_percentage: int | None
    apply_days_before: int | None
    accountability_months_after: int | None
    window_from: str | None
    window_until: str | None
    obligation_kinds: tuple[ObligationKind, ...]
    excluded: frozenset[CostType]
    caps: tuple[tuple[CostType, Decimal], ...]

    def excluded_cost_types(self) -> set[CostType]:
        return set(self.excluded)

    def cost_caps(self) -> dict[CostType, Decimal]:
        return dict(self.caps)


def scheme_facts(scheme: FundingScheme) -> SchemeFacts:
    """The facts of ``scheme``, whose cost rules must be loaded."""
    return SchemeFacts(
        id=scheme.id,
        name=scheme.name,
        description=scheme.description,
        is_example=scheme.is_example,
        min_amount=scheme.min_amount,
        max_amount=scheme.max_amount,
        max_budget_share_percentage=scheme.max_budget_share_percentage,
        apply_days_before=scheme.apply_days_before,
        accountability_months_after=scheme.accountability_months_after,
        window_from=scheme.window_from,
        window_until=scheme.window_until,
        obligation_kinds=tuple(scheme.obligation_kinds),
        excluded=frozenset(scheme.excluded_cost_types()),
        caps=tuple(sorted(scheme.cost_caps().items(), key=lambda c: list(CostType).index(c[0]))),
    )


@dataclass(frozen=True)
class BudgetLineInput:
    """A budget line as the form holds it before saving."""

    description: str
    cost_type: CostType
    amount: Decimal


def check_application(
    scheme: FundingScheme | SchemeFacts,
    requested: Decimal,
    lines: list[BudgetLineInput],
    activity_date: date | None,
    today: date,
    budget_total: Decimal | None = None,
) -> list[Warning]:
    """Everything the scheme's rules have against this application, in the form's order.

    ``budget_total`` is the total of the plan the money is for; without it the budget lines
    count as the total.
    """
    warnings: list[Warning] = []
    if scheme.max_amount is not None and requested > scheme.max_amount:
        warnings.append(
            Warning(
                "amount_requested",
                message(
                    "{amount} is meer dan het maximum van {scheme} ({most}).",
                    amount=Money(requested),
                    scheme=scheme.name,
                    most=Money(scheme.max_amount),
                ),
            )
        )
    if scheme.min_amount is not None and requested < scheme.min_amount:
        warnings.append(
            Warning(
                "amount_requested",
                message(
                    "{amount} is minder dan het minimum van {scheme} ({least}).",
                    amount=Money(requested),
                    scheme=scheme.name,
                    least=Money(scheme.min_amount),
                ),
            )
        )
    total = (
        budget_total
        if budget_total is not None
        else sum((line.amount for line in lines), Decimal("0.00"))
    )
    share = scheme.max_budget_share_percentage
    if share is not None and total > 0 and requested * 100 > total * share:
        percentage = (requested * 100 / total).quantize(Decimal("1"))
        warnings.append(
            Warning(
                "amount_requested",
                message(
                    "Het gevraagde bedrag is {percentage}% van de begroting van {total}; "
                    "{scheme} betaalt hoogstens {share}%.",
                    percentage=Number(percentage),
                    total=Money(total),
                    scheme=scheme.name,
                    share=share,
                ),
            )
        )
    excluded = scheme.excluded_cost_types()
    per_type: dict[CostType, Decimal] = defaultdict(lambda: Decimal("0.00"))
    for line in lines:
        per_type[line.cost_type] += line.amount
        if line.cost_type in excluded:
            warnings.append(
                Warning(
                    "budget_lines",
                    message(
                        "'{line}' valt onder {kind}; dat betaalt {scheme} niet.",
                        line=line.description,
                        kind=Lowered(label(line.cost_type.label)),
                        scheme=scheme.name,
                    ),
                )
            )
    for cost_type, cap in scheme.cost_caps().items():
        if per_type[cost_type] > cap:
            warnings.append(
                Warning(
                    "budget_lines",
                    message(
                        "{amount} voor {kind} is meer dan de {cap} die {scheme} daarvoor geeft.",
                        amount=Money(per_type[cost_type]),
                        kind=Lowered(label(cost_type.label)),
                        cap=Money(cap),
                        scheme=scheme.name,
                    ),
                )
            )
    if activity_date is not None and scheme.apply_days_before:
        latest = activity_date - timedelta(days=scheme.apply_days_before)
        if today > latest:
            weeks = scheme.apply_days_before // 7
            lead = (
                message("{count} weken", count=weeks)
                if scheme.apply_days_before % 7 == 0
                else message("{count} dagen", count=scheme.apply_days_before)
            )
            warnings.append(
                Warning(
                    "activity_date",
                    message(
                        "{scheme} vraagt een aanvraag minstens {lead} voor de activiteit; "
                        "de laatste dag daarvoor was {latest}.",
                        scheme=scheme.name,
                        lead=lead,
                        latest=ShortDate(latest),
                    ),
                )
            )
    if not in_window(scheme, today) and scheme.window_from and scheme.window_until:
        warnings.append(
            Warning(
                "submitted_on",
                message(
                    "{scheme} neemt alleen aanvragen aan van {opens} tot en met {closes}.",
                    scheme=scheme.name,
                    opens=DayOfYear(scheme.window_from),
                    closes=DayOfYear(scheme.window_until),
                ),
            )
        )
    return warnings


def check_saved_application(application: FundingApplication, today: date) -> list[Warning]:
    """:func:`check_application` for a stored application with its scheme and lines loaded."""
    scheme = application.funding_scheme
    if scheme is None:
        return []
    lines = [
        BudgetLineInput(line.description, line.cost_type, line.amount)
        for line in application.budget_lines
    ]
    return check_application(
        scheme,
        application.amount_requested,
        lines,
        application.activity_date,
        today,
        application.initiative.budget_total,
    )


def in_window(scheme: FundingScheme | SchemeFacts, day: date) -> bool:
    """Whether ``day`` falls in the scheme's opening window (always, without one)."""
    if not scheme.window_from or not scheme.window_until:
        return True
    here = f"{day:%m-%d}"
    if scheme.window_from <= scheme.window_until:
        return scheme.window_from <= here <= scheme.window_until
    return here >= scheme.window_from or here <= scheme.window_until  # across new year
