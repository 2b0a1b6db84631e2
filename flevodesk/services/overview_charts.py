"""The figures behind the overview's charts, for the Overzicht tab and the printout alike.

Everything is read in one transaction and handed back as the frozen data of
:mod:`flevodesk.reports.chart_data`, so a chart never reaches back into the database.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from flevodesk.domain.enums import FundingStatus, InitiativeStatus
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import HoursEntry
from flevodesk.reports.chart_data import (
    FundingPipeline,
    HoursPerMonth,
    InitiativesByStatus,
    OverviewFigures,
    PeoplePerMunicipality,
    PipelineStage,
    QuietArea,
    StatusSeries,
)
from flevodesk.services.overview_stats import (
    MunicipalityStats,
    euros,
    quiet_threshold_in,
    stats_in,
)
from flevodesk.store.database import Database


def overview_page(
    db: Database, today: date | None = None
) -> tuple[list[MunicipalityStats], OverviewFigures]:
    """What the Overzicht tab shows, table and charts, from one consistent reading."""
    today = today or date.today()
    with db.read() as session:
        stats = stats_in(session, today)
        return stats, figures_in(session, today, stats=stats)


def overview_figures(
    db: Database, today: date | None = None, municipality_id: int | None = None
) -> OverviewFigures:
    """The charts and the quiet areas, for all of Flevoland or one municipality."""
    with db.read() as session:
        return figures_in(session, today, municipality_id)


def figures_in(
    session: Session,
    today: date | None = None,
    municipality_id: int | None = None,
    *,
    stats: list[MunicipalityStats] | None = None,
    quiet_at_most: int | None = None,
) -> OverviewFigures:
    """:func:`overview_figures` inside a transaction of the caller's; ``stats`` when the
    caller has read them in it already; ``quiet_at_most`` instead of the stored threshold."""
    today = today or date.today()
    threshold = quiet_at_most if quiet_at_most is not None else quiet_threshold_in(session)
    stats = [
        m
        for m in (stats if stats is not None else stats_in(session, today, threshold))
        if municipality_id is None or m.municipality_id == municipality_id
    ]
    return OverviewFigures(
        by_status=initiatives_by_status(session, municipality_id),
        hours=hours_per_month(session, today, municipality_id),
        pipeline=funding_pipeline(session, municipality_id),
        as_of=today,
        quiet_at_most=threshold,
        quiet=tuple(QuietArea(m.name, a.name) for m in stats for a in m.areas if a.quiet),
        without_initiatives=tuple(
            QuietArea(m.name, a.name) for m in stats for a in m.areas if a.without_initiatives
        ),
        people=people_per_municipality(session, today, municipality_id, stats),
    )


def initiatives_by_status(
    session: Session, municipality_id: int | None = None
) -> InitiativesByStatus:
    """Initiatives per municipality (by name, those without any too) and status; a
    municipality is named as the seed abbreviates it ("NOP"), so six fit side by side."""
    municipalities = _towns(session, municipality_id)
    counts = {
        (town, status): count
        for town, status, count in session.execute(
            select(
                Initiative.municipality_id, Initiative.status, func.count(Initiative.id)
            ).group_by(Initiative.municipality_id, Initiative.status)
        )
    }
    return InitiativesByStatus(
        municipalities=tuple(name for _, name in municipalities),
        series=tuple(
            StatusSeries(
                status.label, tuple(counts.get((id_, status), 0) for id_, _ in municipalities)
            )
            for status in InitiativeStatus
        ),
    )


def _towns(session: Session, municipality_id: int | None) -> list[tuple[int, str]]:
    """Municipalities by name, each as the seed abbreviates it ("NOP")."""
    towns = select(
        Municipality.id, func.coalesce(Municipality.abbreviation, Municipality.name)
    ).order_by(Municipality.name)
    if municipality_id is not None:
        towns = towns.where(Municipality.id == municipality_id)
    return [(id_, name) for id_, name in session.execute(towns)]


def year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def people_per_municipality(
    session: Session,
    today: date,
    municipality_id: int | None,
    stats: list[MunicipalityStats],
) -> PeoplePerMunicipality:
    """Active volunteers as the overview's table counts them (``stats``), and the minutes
    of the twelve months up to ``today`` (after the same day a year earlier)."""
    towns = _towns(session, municipality_id)
    volunteers = {m.municipality_id: m.figures.volunteers for m in stats}
    minutes = dict(
        session.execute(
            select(Initiative.municipality_id, func.sum(HoursEntry.minutes))
            .join(Initiative, HoursEntry.initiative_id == Initiative.id)
            .where(HoursEntry.worked_on > year_before(today), HoursEntry.worked_on <= today)
            .group_by(Initiative.municipality_id)
        ).all()
    )
    return PeoplePerMunicipality(
        municipalities=tuple(name for _, name in towns),
        volunteers=tuple(int(volunteers.get(id_, 0)) for id_, _ in towns),
        minutes=tuple(int(minutes.get(id_) or 0) for id_, _ in towns),
    )


def hours_per_month(
    session: Session, today: date, municipality_id: int | None = None
) -> HoursPerMonth:
    """Minutes per month from 1 January of ``today``'s year up to ``today``, as the
    overview's "Uren dit jaar" counts them, so the months add up to that column."""
    month = func.extract("month", HoursEntry.worked_on)
    query = (
        select(month, func.sum(HoursEntry.minutes))
        .where(HoursEntry.worked_on >= date(today.year, 1, 1), HoursEntry.worked_on <= today)
        .group_by(month)
    )
    if municipality_id is not None:
        query = query.join(Initiative, HoursEntry.initiative_id == Initiative.id).where(
            Initiative.municipality_id == municipality_id
        )
    per_month = {int(number): int(minutes or 0) for number, minutes in session.execute(query)}
    return HoursPerMonth(today.year, tuple(per_month.get(m, 0) for m in range(1, 13)))


def funding_pipeline(session: Session, municipality_id: int | None = None) -> FundingPipeline:
    """Every stage in the order the enum lists them (the order an application goes
    through), each with its number of applications and the amounts in euros."""
    # Money columns hold whole cents; sum them as integers and convert once.
    requested = type_coerce(FundingApplication.amount_requested, Integer)
    granted = type_coerce(FundingApplication.amount_granted, Integer)
    query = select(
        FundingApplication.status,
        func.count(FundingApplication.id),
        func.sum(requested),
        func.sum(granted),
    ).group_by(FundingApplication.status)
    if municipality_id is not None:
        query = query.join(Initiative, FundingApplication.initiative_id == Initiative.id).where(
            Initiative.municipality_id == municipality_id
        )
    found = {
        status: (count, asked, given) for status, count, asked, given in session.execute(query)
    }
    stages = []
    for status in FundingStatus:
        count, asked, given = found.get(status, (0, 0, 0))
        stages.append(PipelineStage(status.label, int(count), euros(asked), euros(given)))
    return FundingPipeline(tuple(stages))
