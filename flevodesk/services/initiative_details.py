"""What the initiative form shows of one initiative, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from flevodesk.domain.enums import InitiativeStatus, PartnerKind, Role
from flevodesk.domain.initiatives import Initiative
from flevodesk.services.financing import FinancingPlan, financing_plan_in
from flevodesk.services.records import Named, copy_columns


@dataclass(frozen=True, slots=True)
class VolunteerRow:
    """One engagement of a volunteer in the initiative."""

    id: int
    person_id: int
    person_name: str
    sort_name: str
    role: Role
    since: date
    until: date | None


@dataclass(frozen=True, slots=True)
class SupportingPartner:
    id: int
    name: str
    kind: PartnerKind


@dataclass(frozen=True, slots=True)
class InitiativeDetails:
    """An initiative as its form shows it: the fields under their column names, the links
    (themes and the like) as names with ids, the volunteers and the financing plan."""

    id: int
    version: int
    name: str
    municipality_id: int
    municipality: str
    area_id: int | None
    area: str | None
    status: InitiativeStatus
    description: str | None
    goal: str | None
    start_date: date | None
    end_date: date | None
    location: str | None
    location_temporary: bool
    location_until: date | None
    website: str | None
    contact_email: str | None
    contact_phone: str | None
    schedule: str | None
    how_to_join: str | None
    open_roles: str | None
    story: str | None
    notes: str | None
    is_demo: bool
    budget_total: Decimal | None
    own_contribution: Decimal | None
    themes: tuple[Named, ...]
    target_groups: tuple[Named, ...]
    success_factors: tuple[Named, ...]
    challenges: tuple[Named, ...]
    partners: tuple[SupportingPartner, ...]
    #: Current engagements first, then by the volunteer's name.
    engagements: tuple[VolunteerRow, ...]
    plan: FinancingPlan


def initiative_details(session: Session, record: Initiative) -> InitiativeDetails:
    """The details of ``record``, loaded with the initiative service's detail options."""
    engagements = sorted(
        record.engagements, key=lambda e: (e.until is not None, e.person.sort_name)
    )
    return copy_columns(
        record,
        InitiativeDetails,
        municipality=record.municipality.name,
        area=record.area.name if record.area is not None else None,
        themes=tuple(Named(x.id, x.name) for x in record.themes),
        target_groups=tuple(Named(x.id, x.name) for x in record.target_groups),
        success_factors=tuple(Named(x.id, x.name) for x in record.success_factors),
        challenges=tuple(Named(x.id, x.text) for x in record.challenges),
        partners=tuple(SupportingPartner(p.id, p.name, p.kind) for p in record.partners),
        engagements=tuple(
            VolunteerRow(
                e.id,
                e.person_id,
                e.person.full_name,
                e.person.sort_name,
                e.role,
                e.since,
                e.until,
            )
            for e in engagements
        ),
        plan=financing_plan_in(session, record.id),
    )
