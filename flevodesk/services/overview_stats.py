"""Counts per municipality and area for the overview: who is active, and where it is quiet.

The seed asks for extra attention to "minder actieve wijken"; :func:`overview_stats`
marks areas with few or no active initiatives so the overview can highlight them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, Select, and_, case, func, or_, select, type_coerce

from flevodesk.domain.enums import FundingStatus, InitiativeStatus
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Engagement, HoursEntry
from flevodesk.store.database import Database

#: An area with at most this many active initiatives counts as "minder actief".
FEW_ACTIVE = 1

_GRANTED = [s.value for s in FundingStatus if s.is_granted]
# Requested means: sent to a funder (not still being written, not withdrawn).
_NOT_REQUESTED = [FundingStatus.IN_VOORBEREIDING.value, FundingStatus.INGETROKKEN.value]


@dataclass(frozen=True)
class Figures:
    """The numbers shown for one municipality or area."""

    active_initiatives: int = 0
    volunteers: int = 0
    minutes_this_year: int = 0
    requested: Decimal = Decimal("0.00")
    granted: Decimal = Decimal("0.00")
    rejected: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class AreaStats:
    area_id: int | None
    name: str
    figures: Figures
    #: Few or no active initiatives: the seed's "minder actieve wijken".
    quiet: bool


@dataclass(frozen=True)
class MunicipalityStats:
    municipality_id: int
    name: str
    figures: Figures
    areas: list[AreaStats] = field(default_factory=list)


Key = tuple[int, int | None]


def overview_stats(
    db: Database, today: date | None = None, few_active: int = FEW_ACTIVE
) -> list[MunicipalityStats]:
    """Figures per municipality (and per area within it), ordered by name.

    Volunteers are distinct persons with an engagement running ``today``; hours count from
    1 January of ``today``'s year; amounts are sums in euros. Initiatives without an area
    count for their municipality only.
    """
    today = today or date.today()
    year_start = date(today.year, 1, 1)
    with db.read() as session:
        municipalities = session.execute(
            select(Municipality.id, Municipality.name).order_by(Municipality.name)
        ).all()
        areas = session.execute(
            select(Area.id, Area.municipality_id, Area.name).order_by(Area.name)
        ).all()

        def grouped(stmt: Select[Any]) -> dict[Key, tuple[Any, ...]]:
            by_area: dict[Key, tuple[Any, ...]] = {}
            for row in session.execute(
                stmt.add_columns(Initiative.municipality_id, Initiative.area_id).group_by(
                    Initiative.municipality_id, Initiative.area_id
                )
            ):
                *values, municipality_id, area_id = row
                by_area[(municipality_id, area_id)] = tuple(values)
            return by_area

        active = grouped(
            select(func.count(Initiative.id)).where(Initiative.status == InitiativeStatus.ACTIEF)
        )
        running = and_(
            Engagement.since <= today, or_(Engagement.until.is_(None), Engagement.until >= today)
        )
        volunteers = grouped(
            select(func.count(func.distinct(Engagement.person_id)))
            .select_from(Engagement)
            .join(Initiative, Engagement.initiative_id == Initiative.id)
            .where(running)
        )
        # A person may help in two areas of one town: count them once for the town.
        town_volunteers = dict(
            session.execute(
                select(Initiative.municipality_id, func.count(func.distinct(Engagement.person_id)))
                .select_from(Engagement)
                .join(Initiative, Engagement.initiative_id == Initiative.id)
                .where(running)
                .group_by(Initiative.municipality_id)
            ).all()
        )
        hours = grouped(
            select(func.sum(HoursEntry.minutes))
            .select_from(HoursEntry)
            .join(Initiative, HoursEntry.initiative_id == Initiative.id)
            .where(HoursEntry.worked_on >= year_start, HoursEntry.worked_on <= today)
        )
        status = FundingApplication.status
        # Money columns hold whole cents; sum them as integers and convert once.
        requested_cents = type_coerce(FundingApplication.amount_requested, Integer)
        granted_cents = type_coerce(FundingApplication.amount_granted, Integer)
        money = grouped(
            select(
                func.sum(case((status.not_in(_NOT_REQUESTED), requested_cents), else_=0)),
                func.sum(case((status.in_(_GRANTED), granted_cents), else_=0)),
                func.sum(case((status == FundingStatus.AFGEWEZEN.value, requested_cents), else_=0)),
            )
            .select_from(FundingApplication)
            .join(Initiative, FundingApplication.initiative_id == Initiative.id)
        )

    def figures(key: Key) -> Figures:
        requested, granted, rejected = money.get(key, (0, 0, 0))
        return Figures(
            active_initiatives=int(active.get(key, (0,))[0] or 0),
            volunteers=int(volunteers.get(key, (0,))[0] or 0),
            minutes_this_year=int(hours.get(key, (0,))[0] or 0),
            requested=_euros(requested),
            granted=_euros(granted),
            rejected=_euros(rejected),
        )

    areas_of: dict[int, list[AreaStats]] = defaultdict(list)
    for area_id, municipality_id, name in areas:
        area_figures = figures((municipality_id, area_id))
        areas_of[municipality_id].append(
            AreaStats(area_id, name, area_figures, area_figures.active_initiatives <= few_active)
        )
    result = []
    for municipality_id, name in municipalities:
        keys = [k for k in _all_keys(active, volunteers, hours, money) if k[0] == municipality_id]
        parts = [figures(k) for k in keys]
        total = Figures(
            active_initiatives=sum(p.active_initiatives for p in parts),
            volunteers=int(town_volunteers.get(municipality_id, 0)),
            minutes_this_year=sum(p.minutes_this_year for p in parts),
            requested=sum((p.requested for p in parts), Decimal("0.00")),
            granted=sum((p.granted for p in parts), Decimal("0.00")),
            rejected=sum((p.rejected for p in parts), Decimal("0.00")),
        )
        result.append(MunicipalityStats(municipality_id, name, total, areas_of[municipality_id]))
    return result


def quiet_areas(stats: list[MunicipalityStats]) -> list[tuple[str, str]]:
    """(municipality, area) for every area with few or no active initiatives."""
    return [(m.name, a.name) for m in stats for a in m.areas if a.quiet]


def _all_keys(*tables: dict[Key, Any]) -> set[Key]:
    keys: set[Key] = set()
    for table in tables:
        keys.update(table)
    return keys


def _euros(cents: int | None) -> Decimal:
    return (Decimal(int(cents or 0)) / 100).quantize(Decimal("0.01"))
