"""Money across funders: decisions and obligations, the financing plan, and the pipeline."""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.enums import FundingStatus, ObligationKind, RejectionCategory
from flevodesk.domain.funding import FundingApplication, Obligation
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import message
from flevodesk.domain.schemes import FundingScheme
from flevodesk.services.errors import NotFound
from flevodesk.services.funding_checks import SchemeFacts
from flevodesk.services.funding_details import FundingDetails
from flevodesk.store.database import Database

ZERO = Decimal("0.00")
PENDING = {FundingStatus.IN_VOORBEREIDING, FundingStatus.INGEDIEND}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def obligation_due_dates(
    scheme: FundingScheme | SchemeFacts, activity_date: date | None, decided_on: date | None
) -> list[tuple[ObligationKind, date | None]]:
    """When each of the scheme's obligations falls due.

    The period counts from the activity (the usual rule: "binnen 3 maanden na afloop"), or
    from the decision when no activity date is known; an interim report falls halfway.
    """
    start = activity_date or decided_on
    months = scheme.accountability_months_after
    final = add_months(start, months) if start and months is not None else None
    dates: list[tuple[ObligationKind, date | None]] = []
    for kind in scheme.obligation_kinds:
        due = final
        if kind is ObligationKind.TUSSENRAPPORTAGE and start and final:
            due = start + timedelta(days=(final - start).days // 2)
        dates.append((kind, due))
    return dates


@dataclass(frozen=True)
class Decision:
    status: FundingStatus
    decided_on: date
    amount_granted: Decimal | None = None
    rejection_category: RejectionCategory | None = None
    rejection_reason: str | None = None


def record_decision(
    db: Database, application_id: int, version: int, decision: Decision
) -> FundingDetails:
    """Store the funder's answer; a grant gets its obligations with due dates.

    The decision and its obligations are one transaction: when either step fails,
    neither is stored, so no application is ever granted without its obligations.

    Raises:
        ValidationError: for a decision the application's rules refuse.
        Conflict: when the application changed since it was read.
    """
    from flevodesk.services.funding import FundingService

    service = FundingService(db)
    values: dict[str, object] = {
        "status": decision.status,
        "decided_on": decision.decided_on,
        "amount_granted": decision.amount_granted,
        "rejection_category": decision.rejection_category,
        "rejection_reason": decision.rejection_reason,
    }
    with service.writing() as session:
        stored = service.update_in(session, application_id, version, values)
        if decision.status.is_granted and stored.funding_scheme and not stored.obligations:
            _add_obligations(stored, stored.funding_scheme, decision.decided_on)
    return service.get(application_id)


def _add_obligations(
    application: FundingApplication, scheme: FundingScheme, decided_on: date
) -> None:
    """The scheme's obligations with their due dates; the latest one is when the
    accountability falls due, unless the application names that date already."""
    dues = obligation_due_dates(scheme, application.activity_date, decided_on)
    application.obligations = [Obligation(kind=kind, due_date=due) for kind, due in dues]
    known = [due for _, due in dues if due is not None]
    if known and application.accountability_due is None:
        application.accountability_due = max(known)


@dataclass(frozen=True)
class PlanLine:
    application_id: int
    funder: str
    scheme: str
    status: FundingStatus
    requested: Decimal
    granted: Decimal | None


@dataclass(frozen=True)
class FinancingPlan:
    """An initiative's budget against everything it asked and got, in exact euros."""

    initiative: str
    budget_total: Decimal | None
    own_contribution: Decimal
    lines: tuple[PlanLine, ...]
    granted: Decimal
    pending: Decimal
    rejected: Decimal
    double_financed: tuple[str, ...]

    @property
    def covered(self) -> Decimal:
        """Own contribution plus granted money."""
        return self.own_contribution + self.granted

    @property
    def gap(self) -> Decimal | None:
        """What is still uncovered if every pending request were granted (negative: more
        than the budget would come in)."""
        if self.budget_total is None:
            return None
        return self.budget_total - self.covered - self.pending

    @property
    def over_financed(self) -> Decimal:
        """How much more than the budget is covered already (zero when it is not)."""
        if self.budget_total is None:
            return ZERO
        return max(ZERO, self.covered - self.budget_total)


def financing_plan(db: Database, initiative_id: int) -> FinancingPlan:
    """The dekkingsplan of one initiative.

    Raises:
        NotFound: when the initiative does not exist.
    """
    with db.read() as session:
        return financing_plan_in(session, initiative_id)


def financing_plan_in(session: Session, initiative_id: int) -> FinancingPlan:
    """:func:`financing_plan` read in ``session`` (the initiative's details read it too)."""
    initiative = session.scalars(
        select(Initiative)
        .where(Initiative.id == initiative_id)
        .options(
            selectinload(Initiative.funding_applications).selectinload(FundingApplication.funder),
            selectinload(Initiative.funding_applications).selectinload(
                FundingApplication.funding_scheme
            ),
            selectinload(Initiative.funding_applications).selectinload(
                FundingApplication.budget_lines
            ),
        )
    ).one_or_none()
    if initiative is None:
        raise NotFound(message("Dat initiatief bestaat niet (meer)."))
    applications = sorted(initiative.funding_applications, key=lambda a: a.id)
    lines = tuple(
        PlanLine(
            a.id, a.funder.name, _scheme_name(a), a.status, a.amount_requested, a.amount_granted
        )
        for a in applications
    )
    granted = sum((a.amount_granted or ZERO for a in applications if a.status.is_granted), ZERO)
    pending = sum((a.amount_requested for a in applications if a.status in PENDING), ZERO)
    rejected = sum(
        (a.amount_requested for a in applications if a.status is FundingStatus.AFGEWEZEN), ZERO
    )
    return FinancingPlan(
        initiative.name,
        initiative.budget_total,
        initiative.own_contribution or ZERO,
        lines,
        granted,
        pending,
        rejected,
        _double_financed(applications),
    )


def _scheme_name(application: FundingApplication) -> str:
    if application.funding_scheme is not None:
        return application.funding_scheme.name
    return application.scheme or ""


def _double_financed(applications: list[FundingApplication]) -> tuple[str, ...]:
    """Budget lines asked for from two funders that both granted or may still grant."""
    live = [a for a in applications if a.status.is_granted or a.status in PENDING]
    funders_per_line: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for application in live:
        for line in application.budget_lines:
            key = " ".join(line.description.casefold().split())
            funders_per_line[key].add(application.funder.name)
            shown.setdefault(key, line.description)
    return tuple(
        sorted(
            f"{shown[k]} ({', '.join(sorted(f))})"
            for k, f in funders_per_line.items()
            if len(f) > 1
        )
    )


@dataclass(frozen=True)
class TrackRecordItem:
    funder: str
    scheme: str
    year: int
    granted: Decimal


def track_record(db: Database, initiative_id: int) -> list[TrackRecordItem]:
    """Funders that financed the initiative before, newest first, for a new application."""
    with db.read() as session:
        applications = session.scalars(
            select(FundingApplication)
            .where(FundingApplication.initiative_id == initiative_id)
            .options(
                selectinload(FundingApplication.funder),
                selectinload(FundingApplication.funding_scheme),
            )
        ).all()
    items = [
        TrackRecordItem(
            a.funder.name,
            _scheme_name(a),
            (a.decided_on or a.submitted_on or date.min).year,
            a.amount_granted or ZERO,
        )
        for a in applications
        if a.status.is_granted
    ]
    return sorted(items, key=lambda i: (-i.year, i.funder))


@dataclass(frozen=True)
class Bucket:
    """A count and the sums of money in one group of applications."""

    key: str
    count: int
    requested: Decimal
    granted: Decimal


_STAGE = {status.label: number for number, status in enumerate(FundingStatus)}
_order: dict[str, Callable[[tuple[str, object]], tuple[int, str]]] = {
    # The statuses follow an application from preparation to the end, as FundingStatus
    # declares them; funders and municipalities go by name.
    "status": lambda item: (_STAGE.get(item[0], len(_STAGE)), item[0]),
    "funder": lambda item: (0, item[0]),
    "municipality": lambda item: (0, item[0]),
}


def pipeline(db: Database) -> dict[str, list[Bucket]]:
    """Counts and sums per status, per funder and per municipality."""
    with db.read() as session:
        applications = session.scalars(
            select(FundingApplication).options(
                selectinload(FundingApplication.funder),
                selectinload(FundingApplication.initiative).selectinload(Initiative.municipality),
            )
        ).all()
    groups: dict[str, dict[str, list[FundingApplication]]] = {
        "status": defaultdict(list),
        "funder": defaultdict(list),
        "municipality": defaultdict(list),
    }
    for a in applications:
        groups["status"][a.status.label].append(a)
        groups["funder"][a.funder.name].append(a)
        groups["municipality"][a.initiative.municipality.name].append(a)
    return {
        name: [
            Bucket(
                key,
                len(items),
                sum((a.amount_requested for a in items), ZERO),
                sum((a.amount_granted or ZERO for a in items if a.status.is_granted), ZERO),
            )
            for key, items in sorted(grouped.items(), key=_order[name])
        ]
        for name, grouped in groups.items()
    }


def rejection_counts(db: Database) -> Counter[tuple[str, str]]:
    """Rejections counted by (scheme or funder, reason), for "why do we get no money?"."""
    with db.read() as session:
        rejected = session.scalars(
            select(FundingApplication)
            .where(FundingApplication.status == FundingStatus.AFGEWEZEN)
            .options(
                selectinload(FundingApplication.funder),
                selectinload(FundingApplication.funding_scheme),
            )
        ).all()
    return Counter(
        (
            _scheme_name(a) or a.funder.name,
            a.rejection_category.label if a.rejection_category else "Onbekend",
        )
        for a in rejected
    )


def unused_schemes(db: Database, initiative_id: int) -> list[FundingScheme]:
    """Schemes open to the initiative's municipality (or to all) it never applied to."""
    with db.read() as session:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise NotFound(message("Dat initiatief bestaat niet (meer)."))
        used = set(
            session.scalars(
                select(FundingApplication.scheme_id).where(
                    FundingApplication.initiative_id == initiative_id,
                    FundingApplication.scheme_id.is_not(None),
                )
            ).all()
        )
        schemes = session.scalars(
            select(FundingScheme)
            .where(
                (FundingScheme.municipality_id == initiative.municipality_id)
                | FundingScheme.municipality_id.is_(None)
            )
            .options(selectinload(FundingScheme.funder), selectinload(FundingScheme.cost_rules))
            .order_by(FundingScheme.name)
        ).all()
    return [s for s in schemes if s.id not in used]
