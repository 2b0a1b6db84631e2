"""What an initiative's handout can say in figures: how many people help now, how many
hours they gave over the last twelve months, and on what.

Only totals leave this module: no person is named or counted in a way a resident could
trace back. A batch of handouts asks once for all initiatives, not once per handout.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from flevodesk.domain.enums import PersonStatus
from flevodesk.domain.people import Engagement, HoursEntry, Person

#: The activities a handout names at most: the ones most hours went to.
ACTIVITIES = 5


@dataclass(frozen=True)
class Figures:
    """One initiative's figures on ``day``."""

    volunteers: int = 0
    minutes: int = 0
    activities: tuple[tuple[str, int], ...] = ()


def year_before(day: date) -> date:
    """The first day of the twelve months that end on ``day``."""
    return day - timedelta(days=365)


def figures_in(
    session: Session, day: date, initiative_ids: Collection[int] | None = None
) -> dict[int, Figures]:
    """The figures of the initiatives in ``initiative_ids`` (of all when None), by id.

    Volunteers are distinct active persons with an engagement running on ``day``, in any
    role (as on the phone list); hours count from :func:`year_before` up to ``day``.
    """
    volunteers = (
        select(Engagement.initiative_id, func.count(func.distinct(Engagement.person_id)))
        .join(Person, Engagement.person_id == Person.id)
        .where(
            Engagement.since <= day,
            or_(Engagement.until.is_(None), Engagement.until >= day),
            Person.status == PersonStatus.ACTIEF,
            Person.left_on.is_(None),
        )
        .group_by(Engagement.initiative_id)
    )
    hours = (
        select(HoursEntry.initiative_id, HoursEntry.activity, func.sum(HoursEntry.minutes))
        .where(HoursEntry.worked_on > year_before(day), HoursEntry.worked_on <= day)
        .group_by(HoursEntry.initiative_id, HoursEntry.activity)
    )
    if initiative_ids is not None:
        volunteers = volunteers.where(Engagement.initiative_id.in_(initiative_ids))
        hours = hours.where(HoursEntry.initiative_id.in_(initiative_ids))
    people: dict[int, int] = {row[0]: int(row[1]) for row in session.execute(volunteers)}
    minutes: dict[int, int] = {}
    spent: dict[int, list[tuple[str, int]]] = {}
    for initiative_id, activity, total in session.execute(hours):
        minutes[initiative_id] = minutes.get(initiative_id, 0) + int(total)
        name = (activity or "").strip()
        if name:
            spent.setdefault(initiative_id, []).append((name, int(total)))
    return {
        initiative_id: Figures(
            volunteers=people.get(initiative_id, 0),
            minutes=minutes.get(initiative_id, 0),
            activities=tuple(
                sorted(spent.get(initiative_id, []), key=lambda item: (-item[1], item[0]))[
                    :ACTIVITIES
                ]
            ),
        )
        for initiative_id in people.keys() | minutes.keys()
    }
