"""Privacy items for the Overzicht worklist: missing VOGs, VOG renewals in the warning
window, and persons waiting for a retention decision.

Items are :class:`flevodesk.services.worklist.WorkItem` objects of the privacy kinds of
``WorkKind``; the worklist shows and sorts them with its own.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select

from flevodesk.domain.enums import PersonStatus, Role, VogOutcome
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import Message, ShortDate, label, message
from flevodesk.domain.people import Engagement, Person
from flevodesk.domain.privacy import VogRecord
from flevodesk.services.erasure import retention_proposals
from flevodesk.services.privacy import role_rules_in, settings_in
from flevodesk.store.database import Database

if TYPE_CHECKING:
    from flevodesk.services.worklist import WorkItem, WorkKind


def privacy_work_items(db: Database, today: date | None = None) -> dict[WorkKind, list[WorkItem]]:
    """The privacy items due on ``today``, per kind, most urgent first within a kind."""
    # Imported here: worklist.py imports this module to add these items to its own.
    from flevodesk.services import worklist

    day = today or date.today()

    kinds = worklist.WorkKind

    def item(kind: WorkKind, due: date, title: str, detail: Message, pid: int) -> WorkItem:
        return worklist.WorkItem(kind, due, title, detail, worklist.RecordKind.PERSON, pid)

    found: dict[WorkKind, list[WorkItem]] = defaultdict(list)
    for problem in vog_problems(db, day):
        found[kinds.VOG_MISSING].append(
            item(kinds.VOG_MISSING, problem[1], problem[2], problem[3], problem[0])
        )
    for pid, until, name in vog_renewals(db, day):
        found[kinds.VOG_RENEWAL].append(
            item(kinds.VOG_RENEWAL, until, name, message("geldig tot en met deze dag"), pid)
        )
    for p in retention_proposals(db, day):
        detail = message("laatste inzet of contact {day}", day=ShortDate(p.last_activity))
        found[kinds.RETENTION_REVIEW].append(
            item(kinds.RETENTION_REVIEW, p.kept_until or day, p.name, detail, p.person_id)
        )
    return dict(found)


def _valid_vog(day: date) -> Any:
    return select(VogRecord.person_id).where(
        VogRecord.outcome == VogOutcome.AFGEGEVEN,
        VogRecord.seen_on <= day,
        or_(VogRecord.valid_until.is_(None), VogRecord.valid_until >= day),
    )


def vog_problems(db: Database, day: date) -> list[tuple[int, date, str, Message]]:
    """Persons engaged today in a role that needs a VOG, without a valid one: (person id,
    since when, name, "rol bij initiatief")."""
    with db.read() as session:
        roles = [r.role for r in role_rules_in(session).values() if r.requires_vog]
        if not roles:
            return []
        rows = session.execute(
            select(Person, Engagement.role, Engagement.since, Initiative.name)
            .join(Engagement, Engagement.person_id == Person.id)
            .join(Initiative, Engagement.initiative_id == Initiative.id)
            .where(
                Engagement.role.in_(roles),
                Engagement.since <= day,
                or_(Engagement.until.is_(None), Engagement.until >= day),
                Person.anonymised_on.is_(None),
                Person.status == PersonStatus.ACTIEF,
                Person.id.not_in(_valid_vog(day)),
            )
            .order_by(Engagement.since, Person.sort_key)
        ).all()
        problems: dict[int, tuple[int, date, str, Message]] = {}
        for person, role, since, initiative in rows:
            what = message(
                "{role} bij {initiative}: geen geldige VOG",
                role=label(Role(role).label),
                initiative=initiative,
            )
            problems.setdefault(person.id, (person.id, since, person.full_name, what))
        return list(problems.values())


def vog_renewals(db: Database, day: date) -> list[tuple[int, date, str]]:
    """Active persons whose newest valid VOG ends within the warning window."""
    with db.read() as session:
        window = settings_in(session).warning_days
        latest = (
            select(VogRecord.person_id, func.max(VogRecord.valid_until).label("until"))
            .where(VogRecord.outcome == VogOutcome.AFGEGEVEN, VogRecord.seen_on <= day)
            .group_by(VogRecord.person_id)
            .subquery()
        )
        rows = session.execute(
            select(Person, latest.c.until)
            .join(latest, latest.c.person_id == Person.id)
            .where(
                latest.c.until >= day,
                latest.c.until <= day + timedelta(days=window),
                Person.anonymised_on.is_(None),
                Person.status == PersonStatus.ACTIEF,
            )
            .order_by(latest.c.until, Person.sort_key)
        ).all()
        return [(p.id, until, p.full_name) for p, until in rows]
