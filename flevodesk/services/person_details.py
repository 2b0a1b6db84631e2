"""What the volunteer form shows of one person, read in one transaction: the fields, their
engagements and hours, and the privacy panel (consents, VOG register and status, change
log)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from flevodesk.domain.enums import ConsentMethod, ConsentPurpose, PersonStatus, Role, VogOutcome
from flevodesk.domain.people import Person
from flevodesk.services.privacy import VogStatus, vog_status_in
from flevodesk.services.records import copy_columns


@dataclass(frozen=True, slots=True)
class EngagementRow:
    id: int
    initiative_id: int
    initiative_name: str
    role: Role
    since: date
    until: date | None


@dataclass(frozen=True, slots=True)
class HoursRow:
    id: int
    initiative_id: int
    initiative_name: str
    worked_on: date
    minutes: int
    activity: str | None


@dataclass(frozen=True, slots=True)
class ConsentRow:
    id: int
    purpose: ConsentPurpose
    given_on: date
    method: ConsentMethod | None
    withdrawn_on: date | None


@dataclass(frozen=True, slots=True)
class VogRow:
    id: int
    screening_profile: str | None
    requested_on: date | None
    seen_on: date | None
    seen_by: str | None
    outcome: VogOutcome
    valid_until: date | None


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One line of the change log: who changed which field when (never the values)."""

    id: int
    changed_at: datetime
    user_name: str
    field: str


@dataclass(frozen=True, slots=True)
class PersonDetails:
    """A volunteer as the form shows them; the related rows in the order the form lists
    them (engagements current first, hours newest first, changes newest first)."""

    id: int
    version: int
    full_name: str
    first_name: str
    tussenvoegsel: str | None
    last_name: str
    email: str | None
    phone: str | None
    address: str | None
    postcode: str | None
    place: str | None
    birth_year: int | None
    skills: str | None
    availability: str | None
    availability_note: str | None
    status: PersonStatus
    left_on: date | None
    left_reason: str | None
    notes: str | None
    is_demo: bool
    vog_date: date | None
    consent_date: date | None
    review_on: date | None
    keep_reason: str | None
    anonymised_on: date | None
    engagements: tuple[EngagementRow, ...]
    hours: tuple[HoursRow, ...]
    consents: tuple[ConsentRow, ...]
    vog_records: tuple[VogRow, ...]
    changes: tuple[ChangeRow, ...]
    #: Whether a current role needs a VOG and one is valid, on the day of reading.
    vog: VogStatus


def person_details(session: Session, record: Person) -> PersonDetails:
    """The details of ``record``, loaded with the person service's detail options."""
    engagements = sorted(record.engagements, key=lambda e: (e.until is not None, e.since))
    hours = sorted(record.hours, key=lambda h: h.worked_on, reverse=True)
    return copy_columns(
        record,
        PersonDetails,
        full_name=record.full_name,
        engagements=tuple(
            copy_columns(e, EngagementRow, initiative_name=e.initiative.name) for e in engagements
        ),
        hours=tuple(copy_columns(h, HoursRow, initiative_name=h.initiative.name) for h in hours),
        consents=tuple(copy_columns(c, ConsentRow) for c in record.consents),
        vog_records=tuple(copy_columns(v, VogRow) for v in record.vog_records),
        changes=tuple(copy_columns(c, ChangeRow) for c in reversed(record.changes)),
        vog=vog_status_in(session, record, date.today()),
    )
