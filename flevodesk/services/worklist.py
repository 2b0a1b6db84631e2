"""What needs attention soon: deadlines, verantwoordingen, obligations, VOGs, consents,
retention decisions, temporary places.

Each :class:`WorkItem` names the record to open (kind and id), so the overview can switch
to the right tab and select it. Obligations and verantwoordingen look ahead over their own
window (the user sets it), because a funder's dates need less notice than a VOG.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from flevodesk.domain.enums import FundingStatus, InitiativeStatus, PersonStatus
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import Message, ShortDate, joined, message, verbatim
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Person
from flevodesk.services.funding_reminders import (
    DEFAULT_WINDOW_DAYS,
    DeadlineKind,
    FundingDeadline,
    funding_deadlines,
)
from flevodesk.services.privacy_reminders import privacy_work_items
from flevodesk.store.database import Database

#: How far ahead the worklist looks.
HORIZON_DAYS = 30
#: Consent (AVG) is checked again after two years; the model keeps no expiry date of its own.
CONSENT_VALID_YEARS = 2
#: Most items of one kind shown; the count says how many there are in all.
LIMIT_PER_KIND = 100


class RecordKind(StrEnum):
    INITIATIVE = "initiative"
    PERSON = "person"
    FUNDING = "funding"


class WorkKind(StrEnum):
    DEADLINE = "deadline"
    DEADLINE_PASSED = "deadline_passed"
    ACCOUNTABILITY_DUE = "accountability_due"
    ACCOUNTABILITY_OVERDUE = "accountability_overdue"
    OBLIGATION_DUE = "obligation_due"
    OBLIGATION_OVERDUE = "obligation_overdue"
    VOG_MISSING = "vog_missing"
    VOG_RENEWAL = "vog_renewal"
    RETENTION_REVIEW = "retention_review"
    CONSENT_EXPIRING = "consent_expiring"
    CONSENT_EXPIRED = "consent_expired"
    LOCATION_ENDING = "location_ending"
    LOCATION_ENDED = "location_ended"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def overdue(self) -> bool:
        return self in _OVERDUE


_LABELS = {
    WorkKind.DEADLINE: "Deadline aanvraag",
    WorkKind.DEADLINE_PASSED: "Deadline verstreken",
    WorkKind.ACCOUNTABILITY_DUE: "Verantwoording binnenkort",
    WorkKind.ACCOUNTABILITY_OVERDUE: "Verantwoording te laat",
    WorkKind.OBLIGATION_DUE: "Verplichting binnenkort",
    WorkKind.OBLIGATION_OVERDUE: "Verplichting te laat",
    WorkKind.VOG_MISSING: "VOG ontbreekt",
    WorkKind.VOG_RENEWAL: "VOG verlengen",
    WorkKind.RETENTION_REVIEW: "Bewaartermijn: besluiten",
    WorkKind.CONSENT_EXPIRING: "Toestemming verloopt",
    WorkKind.CONSENT_EXPIRED: "Toestemming verlopen",
    WorkKind.LOCATION_ENDING: "Tijdelijke locatie eindigt",
    WorkKind.LOCATION_ENDED: "Tijdelijke locatie voorbij",
}
_OVERDUE = {
    WorkKind.DEADLINE_PASSED,
    WorkKind.ACCOUNTABILITY_OVERDUE,
    WorkKind.OBLIGATION_OVERDUE,
    WorkKind.VOG_MISSING,
    WorkKind.CONSENT_EXPIRED,
    WorkKind.LOCATION_ENDED,
}


@dataclass(frozen=True)
class WorkItem:
    kind: WorkKind
    due: date
    title: str
    detail: Message
    record_kind: RecordKind
    record_id: int


@dataclass(frozen=True)
class Worklist:
    """Items, most urgent first; ``totals`` counts every item per kind, also those left out."""

    items: list[WorkItem]
    totals: dict[WorkKind, int]


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def worklist(
    db: Database,
    today: date | None = None,
    horizon_days: int = HORIZON_DAYS,
    limit_per_kind: int = LIMIT_PER_KIND,
    funding_window_days: int = DEFAULT_WINDOW_DAYS,
) -> Worklist:
    """Everything due within ``horizon_days`` of ``today`` or already overdue; obligations
    and verantwoordingen within ``funding_window_days``."""
    today = today or date.today()
    horizon = today + timedelta(days=horizon_days)
    items: list[WorkItem] = []
    totals: dict[WorkKind, int] = {}

    def add(kind: WorkKind, stmt: object, make: object) -> None:
        rows = session.execute(stmt.limit(limit_per_kind)).all()  # type: ignore[attr-defined]
        total = session.execute(
            select(func.count()).select_from(
                stmt.order_by(None).subquery()  # type: ignore[attr-defined]
            )
        ).scalar_one()
        totals[kind] = int(total)
        items.extend(make(kind, row) for row in rows)  # type: ignore[operator]

    def funding_item(kind: WorkKind, row: tuple[int, date, str, str, str | None]) -> WorkItem:
        record_id, due, initiative, funder, scheme = row
        detail = joined([funder, scheme] if scheme else [funder], ", ")
        return WorkItem(kind, due, initiative, detail, RecordKind.FUNDING, record_id)

    def person_item(kind: WorkKind, row: tuple[int, date, str, str | None, str]) -> WorkItem:
        record_id, since, first, tussen, last = row
        due = _years_after(since, CONSENT_VALID_YEARS)
        name = " ".join(p for p in (first, tussen, last) if p)
        detail = message("sinds {day}", day=ShortDate(since))
        return WorkItem(kind, due, name, detail, RecordKind.PERSON, record_id)

    def initiative_item(kind: WorkKind, row: tuple[int, date, str, str | None]) -> WorkItem:
        record_id, until, name, location = row
        place = verbatim(location or "")
        return WorkItem(kind, until, name, place, RecordKind.INITIATIVE, record_id)

    fa = FundingApplication
    funding = (
        select(fa.id, fa.deadline, Initiative.name, Partner.name, fa.scheme)
        .join(Initiative, fa.initiative_id == Initiative.id)
        .join(Partner, fa.funder_id == Partner.id)
    )
    open_statuses = [FundingStatus.IN_VOORBEREIDING]
    consent = select(
        Person.id, Person.consent_date, Person.first_name, Person.tussenvoegsel, Person.last_name
    ).where(Person.status == PersonStatus.ACTIEF)
    consent_limit = years_before(today, CONSENT_VALID_YEARS)
    consent_soon = years_before(horizon, CONSENT_VALID_YEARS)
    temporary = select(
        Initiative.id, Initiative.location_until, Initiative.name, Initiative.location
    ).where(
        Initiative.location_temporary.is_(True),
        Initiative.status != InitiativeStatus.GESTOPT,
    )

    with db.read() as session:
        add(
            WorkKind.DEADLINE_PASSED,
            funding.where(fa.status.in_(open_statuses), fa.deadline < today).order_by(
                fa.deadline.desc()
            ),
            funding_item,
        )
        add(
            WorkKind.DEADLINE,
            funding.where(
                fa.status.in_(open_statuses), fa.deadline >= today, fa.deadline <= horizon
            ).order_by(fa.deadline),
            funding_item,
        )
        add(
            WorkKind.CONSENT_EXPIRED,
            consent.where(Person.consent_date <= consent_limit).order_by(Person.consent_date),
            person_item,
        )
        add(
            WorkKind.CONSENT_EXPIRING,
            consent.where(
                Person.consent_date > consent_limit, Person.consent_date <= consent_soon
            ).order_by(Person.consent_date),
            person_item,
        )
        add(
            WorkKind.LOCATION_ENDED,
            temporary.where(Initiative.location_until < today).order_by(
                Initiative.location_until.desc()
            ),
            initiative_item,
        )
        add(
            WorkKind.LOCATION_ENDING,
            temporary.where(
                Initiative.location_until >= today, Initiative.location_until <= horizon
            ).order_by(Initiative.location_until),
            initiative_item,
        )
    per_kind: dict[WorkKind, list[WorkItem]] = {
        kind: []
        for kind in (
            WorkKind.ACCOUNTABILITY_OVERDUE,
            WorkKind.ACCOUNTABILITY_DUE,
            WorkKind.OBLIGATION_OVERDUE,
            WorkKind.OBLIGATION_DUE,
        )
    }
    for deadline in funding_deadlines(db, funding_window_days, today):
        per_kind[_deadline_kind(deadline)].append(_deadline_item(deadline))
    per_kind.update(privacy_work_items(db, today))
    for kind, found in per_kind.items():
        totals[kind] = len(found)
        items.extend(found[:limit_per_kind])
    # Overdue first, then by date, so the top of the list is what is most urgent.
    items.sort(key=lambda item: (not item.kind.overdue, item.due, item.title))
    return Worklist(items, totals)


def _deadline_kind(deadline: FundingDeadline) -> WorkKind:
    if deadline.kind is DeadlineKind.ACCOUNTABILITY:
        return WorkKind.ACCOUNTABILITY_OVERDUE if deadline.overdue else WorkKind.ACCOUNTABILITY_DUE
    return WorkKind.OBLIGATION_OVERDUE if deadline.overdue else WorkKind.OBLIGATION_DUE


def _deadline_item(deadline: FundingDeadline) -> WorkItem:
    # The names of the funder, the scheme and an obligation are the user's own words.
    source = [deadline.funder, deadline.scheme] if deadline.scheme else [deadline.funder]
    detail = (
        joined(source, ", ")
        if deadline.kind is DeadlineKind.ACCOUNTABILITY
        else joined([deadline.what, joined(source, ", ")], " · ")
    )
    return WorkItem(
        _deadline_kind(deadline),
        deadline.due,
        deadline.initiative,
        detail,
        RecordKind.FUNDING,
        deadline.application_id,
    )


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
