"""What the overview's charts show, as plain frozen data: the same on screen and on paper.

The services fill these (:mod:`flevodesk.services.overview_charts`); the drawings in
:mod:`flevodesk.reports.charts` read nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class StatusSeries:
    """How many initiatives of one status each municipality has, in the chart's order."""

    label: str
    #: One count per municipality of :attr:`InitiativesByStatus.municipalities`.
    counts: tuple[int, ...]


@dataclass(frozen=True)
class InitiativesByStatus:
    """Initiatives per municipality, one series per status in the enum's order."""

    municipalities: tuple[str, ...]
    series: tuple[StatusSeries, ...]


@dataclass(frozen=True)
class HoursPerMonth:
    """Volunteer minutes booked in each month of ``year``, January first; a month without
    any booking holds 0."""

    year: int
    minutes: tuple[int, ...]


@dataclass(frozen=True)
class PipelineStage:
    """The funding applications in one stage, with their amounts in euros."""

    label: str
    applications: int
    requested: Decimal = Decimal("0.00")
    granted: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class FundingPipeline:
    """Every stage of an application, in process order (in voorbereiding first)."""

    stages: tuple[PipelineStage, ...]


@dataclass(frozen=True)
class QuietArea:
    municipality: str
    area: str


@dataclass(frozen=True)
class PeoplePerMunicipality:
    """Per municipality (as :class:`InitiativesByStatus` names them): the volunteers
    active on the day, and the minutes given in the twelve months up to it."""

    municipalities: tuple[str, ...]
    volunteers: tuple[int, ...]
    minutes: tuple[int, ...]


@dataclass(frozen=True)
class OverviewFigures:
    """The overview's figures page: the three charts and where it is quiet.

    Attributes:
        as_of: the day the figures were read (hours count up to it).
        quiet_at_most: an area with initiatives but at most this many active is marked
            "minder actief".
        quiet: those areas; ``without_initiatives`` the areas where none is known.
    """

    by_status: InitiativesByStatus
    hours: HoursPerMonth
    pipeline: FundingPipeline
    as_of: date | None = None
    quiet_at_most: int = 0
    quiet: tuple[QuietArea, ...] = field(default_factory=tuple)
    without_initiatives: tuple[QuietArea, ...] = field(default_factory=tuple)
    people: PeoplePerMunicipality | None = None

    @property
    def empty(self) -> bool:
        """Nothing to chart: no initiative, no hours, no application is known."""
        return (
            not any(sum(s.counts) for s in self.by_status.series)
            and not any(self.hours.minutes)
            and not any(stage.applications for stage in self.pipeline.stages)
        )
