"""Persons, their engagements with initiatives and the hours they give."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    column,
    func,
    select,
    table,
)
from sqlalchemy.orm import Mapped, column_property, mapped_column, relationship

from flevodesk.domain.availability import read_availability
from flevodesk.domain.base import Base, Versioned, children, enum_column
from flevodesk.domain.enums import ConsentPurpose, PersonStatus, Role, VogOutcome
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.exchange import Exchanged
from flevodesk.domain.field_rules import person_rules
from flevodesk.domain.text import person_sort_key, search_text
from flevodesk.domain.validation import (
    Problems,
    clean_birth_year,
    clean_email,
    clean_phone,
    clean_postcode,
    clean_text,
    date_order_problem,
)

if TYPE_CHECKING:
    from flevodesk.domain.initiatives import Initiative
    from flevodesk.domain.privacy import Consent, PersonChange, VogRecord

#: Every field that holds personal data: what the change log watches and erasure removes.
PERSONAL_FIELDS = (
    "first_name",
    "tussenvoegsel",
    "last_name",
    "email",
    "phone",
    "address",
    "postcode",
    "place",
    "birth_year",
    "skills",
    "availability",
    "availability_note",
    "left_reason",
    "notes",
)

#: The longest remark beside the availability grid.
AVAILABILITY_NOTE_LENGTH = 200

#: The name an anonymised person keeps (the column may not be empty).
ANONYMOUS_NAME = "Geanonimiseerd"

# Light table references for the derived dates below: the privacy models import this module.
_vogs = table(
    "vog_records", column("person_id"), column("seen_on", Date), column("outcome", String)
)
_consents = table(
    "consents",
    column("person_id"),
    column("given_on", Date),
    column("purpose", String),
    column("withdrawn_on", Date),
)


def clean_availability(field: str, value: str | None) -> str | None:
    """Dagdelen in week order (``ma-ochtend,za-middag``), read as people write them
    ("za", "ma t/m vr ochtend", "flexibel"; see :mod:`flevodesk.domain.availability`).

    Raises:
        ValidationError: quoting, as typed, the first part that cannot be read.
    """
    read = read_availability(value)
    if read.unread:
        raise ValidationError(
            field, f"'{read.unread[0]}' is geen dagdeel (zoals ma-ochtend, za middag of flexibel)"
        )
    return read.stored


class Person(Exchanged, Versioned, Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    tussenvoegsel: Mapped[str | None] = mapped_column(String(20))
    last_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    # Indexed, like the other columns a volunteer list sorts by, so a sorted page deep
    # into 100,000 persons is read in index order (7 ms) rather than sorted (236 ms).
    phone: Mapped[str | None] = mapped_column(String(40), index=True)
    address: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str | None] = mapped_column(String(80), index=True)
    birth_year: Mapped[int | None]
    skills: Mapped[str | None] = mapped_column(Text)
    availability: Mapped[str | None] = mapped_column(String(300))
    #: What the grid of dagdelen cannot say ("om de week", "niet in de schoolvakanties").
    availability_note: Mapped[str | None] = mapped_column(String(AVAILABILITY_NOTE_LENGTH))
    status: Mapped[PersonStatus] = mapped_column(
        enum_column(PersonStatus), default=PersonStatus.ACTIEF, index=True
    )
    left_on: Mapped[date | None]
    left_reason: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    is_demo: Mapped[bool] = mapped_column(default=False)
    # Folded copy of the searchable fields; the FTS5 index person_search reads this column.
    search_text: Mapped[str | None] = mapped_column(Text)
    # Folded "last, first, tussenvoegsel" with an index: the order volunteer lists sort by.
    sort_key: Mapped[str | None] = mapped_column(String(300), index=True)
    #: Retention: when the user decided to keep someone, the date to ask again and why.
    review_on: Mapped[date | None]
    keep_reason: Mapped[str | None] = mapped_column(String(300))
    anonymised_on: Mapped[date | None] = mapped_column(index=True)

    # Read-only summaries of the VOG register and the contact consent, for code that
    # still thinks in one date per person (the worklist's VOG and consent reminders).
    # Deferred: a table of 100,000 persons never computes them unless asked.
    vog_date: Mapped[date | None] = column_property(
        select(func.max(_vogs.c.seen_on))
        .where(_vogs.c.person_id == id, _vogs.c.outcome == VogOutcome.AFGEGEVEN.value)
        .correlate_except(_vogs)
        .scalar_subquery(),
        deferred=True,
    )
    consent_date: Mapped[date | None] = column_property(
        select(func.max(_consents.c.given_on))
        .where(
            _consents.c.person_id == id,
            _consents.c.purpose == ConsentPurpose.CONTACT.value,
            _consents.c.withdrawn_on.is_(None),
        )
        .correlate_except(_consents)
        .scalar_subquery(),
        deferred=True,
    )

    engagements: Mapped[list[Engagement]] = children("Engagement.since", back_populates="person")
    hours: Mapped[list[HoursEntry]] = children("HoursEntry.worked_on", back_populates="person")
    consents: Mapped[list[Consent]] = children(
        "(Consent.purpose, Consent.given_on)", back_populates="person"
    )
    vog_records: Mapped[list[VogRecord]] = children("VogRecord.id", back_populates="person")
    changes: Mapped[list[PersonChange]] = children("PersonChange.id", back_populates="person")

    @property
    def full_name(self) -> str:
        """First name, tussenvoegsel and last name as a Dutch reader writes them."""
        return " ".join(p for p in (self.first_name, self.tussenvoegsel, self.last_name) if p)

    @property
    def printed_name(self) -> str:
        """:attr:`full_name` with the tussenvoegsel bound to the last name by no-break
        spaces, so a printed line never ends between "van der" and "Berg"."""
        family = "\u00a0".join([*(self.tussenvoegsel or "").split(), self.last_name or ""])
        return " ".join(p for p in (self.first_name, family.strip("\u00a0")) if p)

    @property
    def sort_name(self) -> str:
        """ "Jong, Anja de": the form Dutch address lists sort by."""
        tail = f" {self.tussenvoegsel}" if self.tussenvoegsel else ""
        return f"{self.last_name}, {self.first_name}{tail}"

    @property
    def is_anonymised(self) -> bool:
        return self.anonymised_on is not None

    def has_consent(self, purpose: ConsentPurpose, on: date) -> bool:
        """Whether a consent for ``purpose`` holds on ``on`` (``consents`` must be loaded)."""
        return any(c.purpose is purpose and c.is_valid(on) for c in self.consents)

    def validate(self) -> None:
        found = Problems()
        self.first_name = (
            found.clean(clean_text, "first_name", self.first_name, required=True, max_length=80)
            or ""
        )
        self.tussenvoegsel = found.clean(
            clean_text, "tussenvoegsel", self.tussenvoegsel, max_length=20
        )
        self.last_name = (
            found.clean(clean_text, "last_name", self.last_name, required=True, max_length=120)
            or ""
        )
        self.email = found.clean(clean_email, "email", self.email)
        self.phone = found.clean(clean_phone, "phone", self.phone)
        self.postcode = found.clean(clean_postcode, "postcode", self.postcode)
        self.address = found.clean(clean_text, "address", self.address, max_length=200)
        self.place = found.clean(clean_text, "place", self.place, max_length=80)
        self.birth_year = found.clean(clean_birth_year, "birth_year", self.birth_year)
        self.availability = found.clean(clean_availability, "availability", self.availability)
        self.availability_note = found.clean(
            clean_text,
            "availability_note",
            self.availability_note,
            max_length=AVAILABILITY_NOTE_LENGTH,
        )
        self.keep_reason = found.clean(clean_text, "keep_reason", self.keep_reason, max_length=300)
        found.extend(person_rules({"status": self.status, "left_on": self.left_on}))
        found.raise_any()
        self.search_text = search_text(
            self.first_name,
            self.tussenvoegsel,
            self.last_name,
            self.email,
            self.phone,
            self.place,
            self.postcode,
        )
        self.sort_key = person_sort_key(self.last_name, self.first_name, self.tussenvoegsel)

    def __repr__(self) -> str:
        return f"Person({self.full_name!r})"


class Engagement(Exchanged, Versioned, Base):
    """A person's role in an initiative from ``since`` until ``until`` (open when None)."""

    __tablename__ = "engagements"
    __table_args__ = (
        CheckConstraint("until IS NULL OR until >= since", name="until_after_since"),
        # Who is active where, answered from the index alone: the overview's counts and the
        # initiatives list's "Vrijwilligers" column read no table rows.
        Index("ix_engagements_by_initiative", "initiative_id", "until", "since", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiatives.id", ondelete="CASCADE"))
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.VRIJWILLIGER)
    since: Mapped[date]
    until: Mapped[date | None]

    person: Mapped[Person] = relationship(back_populates="engagements", lazy="raise_on_sql")
    initiative: Mapped[Initiative] = relationship(back_populates="engagements", lazy="raise_on_sql")

    def is_active(self, on: date) -> bool:
        """Whether the engagement runs on the given day."""
        return self.since <= on and (self.until is None or self.until >= on)

    def validate(self) -> None:
        found = Problems()
        if self.since is None:
            found.add("since", "is verplicht")
        found.extend(
            date_order_problem(
                {"since": self.since, "until": self.until},
                "since",
                "until",
                "ligt vóór de startdatum van de inzet",
            )
        )
        found.raise_any()


class HoursEntry(Exchanged, Versioned, Base):
    """Time a person gave to an initiative on one day, kept in whole minutes."""

    __tablename__ = "hours_entries"
    __table_args__ = (
        CheckConstraint("minutes > 0 AND minutes <= 1440", name="minutes_in_a_day"),
        # The overview's hours this year per area, answered from the index alone.
        Index("ix_hours_entries_by_day", "worked_on", "initiative_id", "minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    initiative_id: Mapped[int] = mapped_column(
        ForeignKey("initiatives.id", ondelete="CASCADE"), index=True
    )
    worked_on: Mapped[date]
    minutes: Mapped[int]
    activity: Mapped[str | None] = mapped_column(String(200))

    person: Mapped[Person] = relationship(back_populates="hours", lazy="raise_on_sql")
    initiative: Mapped[Initiative] = relationship(lazy="raise_on_sql")

    def validate(self) -> None:
        if self.worked_on is None:
            raise ValidationError("worked_on", "is verplicht")
        if self.worked_on > date.today():
            raise ValidationError("worked_on", "ligt in de toekomst")
        if self.minutes is None or self.minutes <= 0:
            raise ValidationError("minutes", "moet meer dan 0 minuten zijn")
        if self.minutes > 24 * 60:
            raise ValidationError("minutes", "kan niet meer dan 24 uur op één dag zijn")
        self.activity = clean_text("activity", self.activity, max_length=200)
