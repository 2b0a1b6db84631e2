"""Persons (volunteers): the table with full-text search, the record, engagements, hours."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.enums import ConsentPurpose, PersonStatus, Role
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import message
from flevodesk.domain.parsing import check_hours
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent
from flevodesk.services.errors import NotFound
from flevodesk.services.listing import Column, Listing, ListQuery, in_declared_order
from flevodesk.services.person_details import PersonDetails, person_details
from flevodesk.services.person_search import (
    PersonMatch,
    count_matches,
    prefix_hits,
    search_parameters,
    search_shape,
    single_prefix,
)
from flevodesk.services.person_search import fts_query as fts_query  # kept where it was
from flevodesk.services.records import RecordService, RowService
from flevodesk.store.database import Database

#: Above this many search hits, a page is found by walking the name index instead.
BROAD_SEARCH = 5_000


class PersonListing(Listing):
    singular = "vrijwilliger"
    plural = "vrijwilligers"
    id_column = Person.__table__.c.id
    columns: Sequence[Column] = (
        Column("last_name", "Achternaam", Person.last_name, Person.sort_key),
        Column("tussenvoegsel", "Tussenv.", Person.tussenvoegsel),
        Column("first_name", "Voornaam", Person.first_name, func.fold(Person.first_name)),
        Column("place", "Woonplaats", Person.place),
        Column("phone", "Telefoon", Person.phone),
        Column("email", "E-mail", Person.email),
        Column("status", "Status", Person.status, in_declared_order(Person.status, PersonStatus)),
        Column("vog_date", "VOG", Person.vog_date),
    )
    default_sort = "last_name"
    counted_with_page = True
    filters = {
        "status": lambda s, v: s.where(Person.status == v),
        "initiative_id": lambda s, v: s.where(
            Person.id.in_(select(Engagement.person_id).where(Engagement.initiative_id == v))
        ),
        "role": lambda s, v: s.where(
            Person.id.in_(select(Engagement.person_id).where(Engagement.role == v))
        ),
        "municipality_id": lambda s, v: s.where(
            Person.id.in_(
                select(Engagement.person_id).join(Initiative).where(Initiative.municipality_id == v)
            )
        ),
    }

    def joins(self, stmt: Select[Any]) -> Select[Any]:
        return stmt.select_from(Person)

    def search_hits(self, session: Session, search: str) -> int | None:
        return count_matches(session, search)

    def search(self, stmt: Select[Any], search: str, hits: int | None = None) -> Select[Any]:
        # The search index answers in milliseconds where LIKE over 100,000 rows would not.
        # Fetching and sorting very many hits for one page is slow ("p": 37 ms on 100,000
        # persons); walking the name index and looking each person up among the hits stops
        # after a page (15 ms), so a broad search keeps SQLite from starting at the hits.
        broad = hits is not None and hits > BROAD_SEARCH
        return stmt.where(PersonMatch(search, broad=broad))

    def search_shape(self, search: str) -> Hashable | None:
        return search_shape(search)

    def search_parameters(self, search: str) -> dict[str, Any]:
        return search_parameters(search)

    def indexed_hits(self, query: ListQuery) -> Select[Any] | None:
        # The server's prefix table holds the sort key: for a one- or two-letter search in
        # name order, the first page and the count are read from its index alone.
        word = single_prefix(query.search)
        by_name = self.column(query.sort or self.default_sort).sort_expr is Person.sort_key
        if word is None or not by_name or query.active_filters():
            return None
        return prefix_hits(word)


class PartnerVolunteerListing(PersonListing):
    """The volunteer list meant for partner organisations: only active persons who consented
    to their contact details being shared with partners, and only name, place and contact."""

    columns: Sequence[Column] = tuple(
        c
        for c in PersonListing.columns
        if c.key in ("last_name", "tussenvoegsel", "first_name", "place", "phone", "email")
    )

    def search_hits(self, session: Session, search: str) -> int | None:
        # The consent and status conditions narrow the hits: only the query can count.
        return None

    def indexed_hits(self, query: ListQuery) -> Select[Any] | None:
        # The prefix table holds every person; only the query knows whom partners may see.
        return None

    def search_shape(self, search: str) -> Hashable | None:
        # Its statement holds today's date (consents in force): built afresh each time.
        return None

    def joins(self, stmt: Select[Any]) -> Select[Any]:
        today = date.today()
        shared = select(Consent.person_id).where(
            Consent.purpose == ConsentPurpose.DELEN_MET_PARTNERS,
            Consent.given_on <= today,
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > today),
        )
        return (
            super()
            .joins(stmt)
            .where(
                Person.id.in_(shared),
                Person.status == PersonStatus.ACTIEF,
                Person.anonymised_on.is_(None),
            )
        )


@dataclass(frozen=True)
class HoursTotal:
    minutes: int

    @property
    def label(self) -> str:
        """ "12:30 uur": hours and minutes as Dutch forms write them."""
        return f"{self.minutes // 60}:{self.minutes % 60:02d} uur"


class PersonService(RecordService[Person, PersonDetails]):
    model = Person
    noun = message("de vrijwilliger")
    detail_options = (
        selectinload(Person.engagements).selectinload(Engagement.initiative),
        selectinload(Person.hours).selectinload(HoursEntry.initiative),
        selectinload(Person.consents),
        selectinload(Person.vog_records),
        selectinload(Person.changes),
    )

    def detail(self, session: Session, record: Person) -> PersonDetails:
        return person_details(session, record)

    def find_by_email(self, email: str) -> PersonDetails:
        """The person with this e-mail address.

        Raises:
            NotFound: when no person has it.
        """
        with self.db.read() as session:
            found = session.scalars(
                select(Person.id).where(Person.email == email.strip().lower())
            ).first()
        if found is None:
            raise NotFound(message("Geen persoon met e-mailadres '{email}'.", email=email))
        return self.get(found)

    def delete_impact(self, record_id: int) -> list[str]:
        with self.db.read() as session:
            engagements = session.scalar(
                select(func.count(Engagement.id)).where(Engagement.person_id == record_id)
            )
            hours = session.scalar(
                select(func.count(HoursEntry.id)).where(HoursEntry.person_id == record_id)
            )
        parts = []
        if engagements:
            parts.append(f"{engagements} {'inzet' if engagements == 1 else 'inzetten'}")
        if hours:
            parts.append(f"{hours} {'urenregel' if hours == 1 else 'urenregels'}")
        return parts


class EngagementService(RowService[Engagement]):
    model = Engagement
    noun = message("de inzet")
    detail_options = (selectinload(Engagement.person), selectinload(Engagement.initiative))

    def start(self, person_id: int, initiative_id: int, role: Role, since: date) -> Engagement:
        """Engage a person in an initiative from ``since`` on."""
        return self.create(
            {"person_id": person_id, "initiative_id": initiative_id, "role": role, "since": since}
        )

    def end(self, engagement_id: int, until: date) -> Engagement:
        """End an engagement on ``until`` (the last day it ran)."""
        return self.update(engagement_id, None, {"until": until})


class HoursService(RowService[HoursEntry]):
    model = HoursEntry
    noun = message("de urenregel")
    detail_options = (selectinload(HoursEntry.initiative),)

    def log(
        self,
        person_id: int,
        initiative_id: int,
        day: date,
        hours: int,
        minutes: int,
        activity: str | None = None,
    ) -> HoursEntry:
        """Record time given on one day, as hours and minutes a user types.

        Raises:
            ValidationError: for negative parts, minutes of 60 or more, or no time at all.
        """
        check_hours("minutes", hours, minutes)
        return self.create(
            {
                "person_id": person_id,
                "initiative_id": initiative_id,
                "worked_on": day,
                "minutes": hours * 60 + minutes,
                "activity": activity,
            }
        )

    def total(
        self, person_id: int, start: date | None = None, end: date | None = None
    ) -> HoursTotal:
        """Minutes a person gave, optionally within a period (both ends included)."""
        stmt = select(func.coalesce(func.sum(HoursEntry.minutes), 0)).where(
            HoursEntry.person_id == person_id
        )
        if start is not None:
            stmt = stmt.where(HoursEntry.worked_on >= start)
        if end is not None:
            stmt = stmt.where(HoursEntry.worked_on <= end)
        with self.db.read() as session:
            return HoursTotal(int(session.execute(stmt).scalar_one()))


def person_services(db: Database) -> tuple[PersonService, EngagementService, HoursService]:
    """The three services a volunteer's form works with."""
    return PersonService(db), EngagementService(db), HoursService(db)
