"""Counts per municipality and area for the overview: who is active, and where it is quiet.

The seed asks for extra attention to "minder actieve wijken"; :func:`overview_stats`
marks the areas where initiatives are known but at most a set number of them is active
(the user's setting, :func:`quiet_threshold`), so the overview can highlight them. An area
where no initiative is known at all is not marked: whether nothing happens there or nobody
recorded it, the program cannot tell, and marking every such area hid the few that stall.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, Select, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from flevodesk.domain.enums import FundingStatus, InitiativeStatus
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import message
from flevodesk.domain.people import Engagement, HoursEntry
from flevodesk.domain.privacy import Setting
from flevodesk.store.database import Database

#: The ``settings`` key of the threshold for "minder actief".
QUIET_KEY = "overview_quiet_at_most"
#: By default an area is "minder actief" when none of its known initiatives is active.
DEFAULT_QUIET_AT_MOST = 0
QUIET_MOST = 99

_GRANTED = [s.value for s in FundingStatus if s.is_granted]
# Requested means: sent to a funder (not still being written, not withdrawn).
_NOT_REQUESTED = [FundingStatus.IN_VOORBEREIDING.value, FundingStatus.INGETROKKEN.value]


@dataclass(frozen=True)
class Figures:
    """The numbers shown for one municipality or area."""

    active_initiatives: int = 0
    #: Initiatives in any status, stopped ones included.
    initiatives: int = 0
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
    #: Initiatives known but few active: the seed's "minder actieve wijken".
    quiet: bool

    @property
    def without_initiatives(self) -> bool:
        """No initiative of any status is known here."""
        return self.figures.initiatives == 0


@dataclass(frozen=True)
class MunicipalityStats:
    municipality_id: int
    name: str
    figures: Figures
    areas: list[AreaStats] = field(default_factory=list)


Key = tuple[int, int | None]


def quiet_threshold_in(session: Session) -> int:
    """The stored threshold for "minder actief", the default when unset or unreadable."""
    stored = session.get(Setting, QUIET_KEY)
    try:
        value = int(stored.value or "") if stored is not None else DEFAULT_QUIET_AT_MOST
    except ValueError:
        return DEFAULT_QUIET_AT_MOST  # a hand-edited value that is no number
    return value if 0 <= value <= QUIET_MOST else DEFAULT_QUIET_AT_MOST


def quiet_threshold(db: Database) -> int:
    """An area with initiatives but at most this many active is "minder actief"."""
    with db.read() as session:
        return quiet_threshold_in(session)


def check_quiet_threshold(value: int) -> int:
    """``value`` when it is a threshold the overview takes.

    Raises:
        ValidationError: for a number below 0 or above :data:`QUIET_MOST`.
    """
    if not 0 <= value <= QUIET_MOST:
        raise ValidationError(
            "quiet_at_most",
            message("moet tussen 0 en {most} actieve initiatieven liggen", most=QUIET_MOST),
        )
    return value


def save_quiet_threshold(db: Database, value: int) -> int:
    """Store the threshold for "minder actief", for the window and the printout alike.

    Raises:
        ValidationError: for a number out of range; nothing is stored.
    """
    check_quiet_threshold(value)
    with db.write() as session:
        session.merge(Setting(key=QUIET_KEY, value=str(value)))
    return value


def overview_stats(
    db: Database, today: date | None = None, few_active: int | None = None
) -> list[MunicipalityStats]:
    """Figures per municipality (and per area within it), ordered by name.

    Volunteers are distinct persons with an engagement running ``today``; hours count from
    1 January of ``today``'s year; amounts are sums in euros. Initiatives without an area
    count for their municipality only. ``few_active`` is the threshold for "minder
    actief"; None takes the stored one.
    """
    with db.read() as session:
        return stats_in(session, today, few_active)


def stats_in(
    session: Session, today: date | None = None, few_active: int | None = None
) -> list[MunicipalityStats]:
    """:func:`overview_stats` inside a transaction of the caller's."""
    today = today or date.today()
    year_start = date(today.year, 1, 1)
    if few_active is None:
        few_active = quiet_threshold_in(session)
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
    known = grouped(select(func.count(Initiative.id)))
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
            initiatives=int(known.get(key, (0,))[0] or 0),
            volunteers=int(volunteers.get(key, (0,))[0] or 0),
            minutes_this_year=int(hours.get(key, (0,))[0] or 0),
            requested=euros(requested),
            granted=euros(granted),
            rejected=euros(rejected),
        )

    areas_of: dict[int, list[AreaStats]] = defaultdict(list)
    for area_id, municipality_id, name in areas:
        area_figures = figures((municipality_id, area_id))
        quiet = area_figures.initiatives > 0 and area_figures.active_initiatives <= few_active
        areas_of[municipality_id].append(AreaStats(area_id, name, area_figures, quiet))
    result = []
    for municipality_id, name in municipalities:
        keys = [
            k for k in _all_keys(active, known, volunteers, hours, money) if k[0] == municipality_id
        ]
        parts = [figures(k) for k in keys]
        total = Figures(
            active_initiatives=sum(p.active_initiatives for p in parts),
            initiatives=sum(p.initiatives for p in parts),
            volunteers=int(town_volunteers.get(municipality_id, 0)),
            minutes_this_year=sum(p.minutes_this_year for p in parts),
            requested=sum((p.requested for p in parts), Decimal("0.00")),
            granted=sum((p.granted for p in parts), Decimal("0.00")),
            rejected=sum((p.rejected for p in parts), Decimal("0.00")),
        )
        result.append(MunicipalityStats(municipality_id, name, total, areas_of[municipality_id]))
    return result


def quiet_areas(stats: list[MunicipalityStats]) -> list[tuple[str, str]]:
    """(municipality, area) for every area marked "minder actief"."""
    return [(m.name, a.name) for m in stats for a in m.areas if a.quiet]


def _all_keys(*tables: dict[Key, Any]) -> set[Key]:
    keys: set[Key] = set()
    for table in tables:
        keys.update(table)
    return keys


def euros(cents: int | None) -> Decimal:
    """Whole cents as summed in the database, in euros."""
    return (Decimal(int(cents or 0)) / 100).quantize(Decimal("0.01"))
