"""What granted money still asks of an initiative: obligations and verantwoordingen due.

One query serves the Overzicht worklist and the calendar export, so both show the same
dates for the same window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select

from flevodesk.domain.enums import FundingStatus, ObligationKind
from flevodesk.domain.funding import FundingApplication, Obligation
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.store.database import Database

#: How many days ahead reminders look unless the user chose otherwise.
DEFAULT_WINDOW_DAYS = 14

#: Granted and not yet reported: the verantwoording is still to come.
AWAITING_REPORT = (FundingStatus.TOEGEKEND, FundingStatus.DEELS_TOEGEKEND)


class DeadlineKind(StrEnum):
    OBLIGATION = "obligation"
    ACCOUNTABILITY = "accountability"


@dataclass(frozen=True)
class FundingDeadline:
    """One date an application must meet.

    Attributes:
        kind: an obligation of the scheme, or the verantwoording of the whole application.
        due: the last day.
        overdue: whether ``due`` lies before the day asked about.
        what: Dutch name of the duty ("Fotoverslag", "Verantwoording").
        application_id: the application to open.
        obligation_id: the obligation, for ``DeadlineKind.OBLIGATION``.
        initiative, funder, scheme: what the application is, for a readable line.
    """

    kind: DeadlineKind
    due: date
    overdue: bool
    what: str
    application_id: int
    obligation_id: int | None
    initiative: str
    funder: str
    scheme: str | None


def funding_deadlines(
    db: Database, window_days: int = DEFAULT_WINDOW_DAYS, today: date | None = None
) -> list[FundingDeadline]:
    """Open obligations and verantwoordingen due within ``window_days`` or already overdue.

    An obligation is open until it has a done date; a verantwoording until the application
    has a reporting date. Ordered overdue first, then by due date.
    """
    today = today or date.today()
    horizon = today + timedelta(days=max(0, window_days))
    fa = FundingApplication
    obligations = (
        select(
            Obligation.id,
            Obligation.kind,
            Obligation.due_date,
            fa.id,
            Initiative.name,
            Partner.name,
            fa.scheme,
        )
        .join(fa, Obligation.application_id == fa.id)
        .join(Initiative, fa.initiative_id == Initiative.id)
        .join(Partner, fa.funder_id == Partner.id)
        .where(
            Obligation.done_on.is_(None),
            Obligation.due_date <= horizon,
            # A rejected or withdrawn application owes nothing any more.
            fa.status.not_in([FundingStatus.AFGEWEZEN, FundingStatus.INGETROKKEN]),
        )
    )
    reports = (
        select(fa.id, fa.accountability_due, Initiative.name, Partner.name, fa.scheme)
        .join(Initiative, fa.initiative_id == Initiative.id)
        .join(Partner, fa.funder_id == Partner.id)
        .where(
            fa.status.in_(AWAITING_REPORT),
            fa.reported_on.is_(None),
            fa.accountability_due <= horizon,
        )
    )
    found: list[FundingDeadline] = []
    with db.read() as session:
        for obligation_id, kind, due, application_id, initiative, funder, scheme in session.execute(
            obligations
        ).all():
            if due is None:  # excluded by the query; narrows the type
                continue
            found.append(
                FundingDeadline(
                    DeadlineKind.OBLIGATION,
                    due,
                    due < today,
                    ObligationKind(kind).label,
                    application_id,
                    obligation_id,
                    initiative,
                    funder,
                    scheme,
                )
            )
        for application_id, due, initiative, funder, scheme in session.execute(reports).all():
            if due is None:  # excluded by the query; narrows the type
                continue
            found.append(
                FundingDeadline(
                    DeadlineKind.ACCOUNTABILITY,
                    due,
                    due < today,
                    "Verantwoording",
                    application_id,
                    None,
                    initiative,
                    funder,
                    scheme,
                )
            )
    found.sort(key=lambda d: (not d.overdue, d.due, d.initiative, d.what))
    return found
