"""The plain, frozen data each printout is drawn from.

Services fill these from the database; printouts only read them. Nothing here knows about
sessions or widgets, so the same data serves the GUI, the command line, batch printing
and tests. Sequences are tuples so the objects stay immutable and hashable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from flevodesk.domain.enums import Audience
from flevodesk.reports.chart_data import OverviewFigures

SOURCE_CREDIT = "Werkplaats Sociaal Domein Flevoland / Hogeschool Windesheim"


@dataclass(frozen=True)
class ImpressionItem:
    """What residents of one municipality said; ``municipality`` is the caption."""

    municipality: str
    text: str


@dataclass(frozen=True)
class SuccessFactorItem:
    name: str
    explanation: str


@dataclass(frozen=True)
class PracticeItem:
    """One practice by its display name, with whom it is interesting for."""

    name: str
    audiences: tuple[Audience, ...] = ()


@dataclass(frozen=True)
class PracticeGroup:
    """Practices under one category heading.

    A practice without a category stands alone: its display name is the ``heading``, its
    audiences are ``audiences`` and ``items`` is empty.
    """

    heading: str
    items: tuple[PracticeItem, ...] = ()
    audiences: tuple[Audience, ...] = ()


@dataclass(frozen=True)
class LinkItem:
    """A "verder interessant" sentence; ``text`` marks the link words as ``[words]``."""

    text: str
    url: str | None = None
    audiences: tuple[Audience, ...] = ()


@dataclass(frozen=True)
class LocalInitiative:
    """One initiative of the municipality edition: what a neighbour needs to find it.

    ``contact`` holds only what the initiative publishes itself (website, e-mail, phone),
    as on its handout; no person is named.
    """

    name: str
    area: str | None = None
    line: str | None = None
    contact: str | None = None


@dataclass(frozen=True)
class ContactItem:
    """A person to call at a partner organisation."""

    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class PartnerItem:
    name: str
    offers: str | None = None
    audiences: tuple[Audience, ...] = ()
    kind: str | None = None
    municipality: str | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    contacts: tuple[ContactItem, ...] = ()


@dataclass(frozen=True)
class OverviewData:
    """Everything on the "algemeen beeld" one-pager and its partner page.

    ``challenges_*`` mark key words as ``**bold**``. ``municipality`` names the filter
    when the overview shows one municipality only.
    """

    impressions: tuple[ImpressionItem, ...]
    success_factors: tuple[SuccessFactorItem, ...]
    practice_groups: tuple[PracticeGroup, ...]
    challenges_inwoners: tuple[str, ...]
    challenges_gemeente: tuple[str, ...]
    links: tuple[LinkItem, ...]
    partners_flevoland: tuple[PartnerItem, ...]
    partners_landelijk: tuple[PartnerItem, ...]
    municipality: str | None = None
    source: str = SOURCE_CREDIT
    #: The charts page (page 3); None leaves it out.
    figures: OverviewFigures | None = None
    #: The municipality edition's own initiatives and its local partners.
    initiatives: tuple[LocalInitiative, ...] = ()
    partners_local: tuple[PartnerItem, ...] = ()


@dataclass(frozen=True)
class HandoutData:
    """One initiative on one page, for residents who might join.

    ``contact_names`` hold only people with an active engagement (kartrekkers); the
    figures are totals that name nobody.
    """

    name: str
    municipality: str
    printed_on: date
    area: str | None = None
    status: str | None = None
    description: str | None = None
    goal: str | None = None
    themes: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    location: str | None = None
    location_temporary: bool = False
    location_until: date | None = None
    schedule: str | None = None
    website: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    contact_names: tuple[str, ...] = ()
    how_to_join: str | None = None
    open_roles: str | None = None
    partners: tuple[str, ...] = ()
    story: str | None = None
    #: The day it began, when that has come.
    started_on: date | None = None
    #: Active people helping on ``printed_on`` and the minutes they gave in the twelve
    #: months before it, with the activities most of them went to (name, minutes).
    volunteers: int = 0
    minutes_last_year: int = 0
    activities: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class PartnerGroup:
    """One page of the partner sheet: all partners of one scope."""

    title: str
    partners: tuple[PartnerItem, ...]


@dataclass(frozen=True)
class PartnerSheetData:
    groups: tuple[PartnerGroup, ...]
    printed_on: date


@dataclass(frozen=True)
class CostLineItem:
    """A budget line against what was spent on it; ``budgeted`` is ``None`` for costs
    booked outside the budget."""

    description: str
    cost_type: str
    budgeted: Decimal | None
    spent: Decimal


@dataclass(frozen=True)
class ObligationItem:
    what: str
    due: date | None
    done_on: date | None


@dataclass(frozen=True)
class FundingReportData:
    """The verantwoording of one funding application.

    ``hours_minutes`` counts the time logged for the initiative from ``hours_from`` to
    ``hours_until``; both are ``None`` when the application has no start date yet.
    """

    initiative: str
    municipality: str
    funder: str
    status: str
    printed_on: date
    title: str | None = None
    scheme: str | None = None
    domain: str | None = None
    amount_requested: Decimal = Decimal("0.00")
    amount_granted: Decimal | None = None
    report_costs: Decimal | None = None
    people_reached: int | None = None
    activities: int | None = None
    volunteers: int | None = None
    hours_minutes: int = 0
    hours_people: int = 0
    hours_from: date | None = None
    hours_until: date | None = None
    story: str | None = None
    rejection_reason: str | None = None
    deadline: date | None = None
    submitted_on: date | None = None
    decided_on: date | None = None
    accountability_due: date | None = None
    reported_on: date | None = None
    cost_lines: tuple[CostLineItem, ...] = ()
    advance_received: Decimal | None = None
    final_payment: Decimal | None = None
    repayment: Decimal | None = None
    obligations: tuple[ObligationItem, ...] = ()

    @property
    def received(self) -> Decimal | None:
        """Money that reached the initiative: advance plus final payment minus repayment."""
        parts = (self.advance_received, self.final_payment, self.repayment)
        if all(part is None for part in parts):
            return None
        zero = Decimal("0.00")
        return (
            (self.advance_received or zero)
            + (self.final_payment or zero)
            - (self.repayment or zero)
        )


@dataclass(frozen=True)
class PlanLineItem:
    funder: str
    scheme: str
    status: str
    requested: Decimal
    granted: Decimal | None
    # How the line counts in the sums: "toegekend", "in behandeling", "afgewezen", or ""
    # for a withdrawn request that counts nowhere.
    counts_as: str


@dataclass(frozen=True)
class TrackRecordRow:
    year: int
    funder: str
    scheme: str
    granted: Decimal


@dataclass(frozen=True)
class FinancingPlanData:
    """An initiative's dekkingsplan and the funders that financed it before.

    The sums are computed by the service in exact euros; the printout only lays them out.
    """

    initiative: str
    municipality: str
    printed_on: date
    budget_total: Decimal | None
    own_contribution: Decimal
    granted: Decimal
    pending: Decimal
    rejected: Decimal
    covered: Decimal
    gap: Decimal | None
    over_financed: Decimal
    lines: tuple[PlanLineItem, ...] = ()
    double_financed: tuple[str, ...] = ()
    track_record: tuple[TrackRecordRow, ...] = ()


@dataclass(frozen=True)
class SigninData:
    """A presentielijst: blank rows for one initiative on one day."""

    initiative: str
    day: date
    municipality: str | None = None
    location: str | None = None
    rows: int = 20


@dataclass(frozen=True)
class PhoneListRow:
    """One volunteer on the phone list: deliberately no address, e-mail or birth year."""

    name: str
    role: str
    phone: str | None = None
    availability: tuple[str, ...] = ()
    availability_note: str | None = None


@dataclass(frozen=True)
class PhoneListData:
    initiative: str
    printed_on: date
    rows: tuple[PhoneListRow, ...] = ()
    #: Active volunteers left off because they did not consent to being contacted.
    without_consent: int = 0


@dataclass(frozen=True)
class HoursRow:
    day: date
    initiative: str
    minutes: int
    activity: str | None = None


@dataclass(frozen=True)
class HoursStatementData:
    """An urenverklaring: one volunteer's hours from ``start`` to ``end`` inclusive."""

    person: str
    start: date
    end: date
    printed_on: date
    rows: tuple[HoursRow, ...] = ()
    initiatives: tuple[str, ...] = field(default=())

    @property
    def total_minutes(self) -> int:
        """All minutes of the period."""
        return sum(row.minutes for row in self.rows)


@dataclass(frozen=True)
class Section:
    """One table of an access export: a Dutch title, column headers and text rows."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = "Niets vastgelegd."


@dataclass(frozen=True)
class AccessExportData:
    """Everything the database holds about one person, as text for the PDF."""

    person: str
    organisation: str
    printed_on: date
    record: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class RegisterRow:
    """One processing of the verwerkingsregister."""

    what: str
    purpose: str
    basis: str
    retention: str
    shared_with: str


@dataclass(frozen=True)
class RegisterData:
    organisation: str
    contact: str
    privacy_contact: str
    printed_on: date
    rows: tuple[RegisterRow, ...]
    measures: tuple[str, ...]
