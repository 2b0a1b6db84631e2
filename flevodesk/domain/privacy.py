"""What the AVG asks a volunteer administration to keep: consents per purpose, the VOG
register, per-role VOG rules, program settings and a log of changes to personal data.

The VOG register keeps no copy of the certificate (the Dutch practice: an organisation
looks at it and notes that it did); only the facts around it are stored.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flevodesk.domain.base import Base, Versioned, enum_column, utcnow
from flevodesk.domain.enums import ConsentMethod, ConsentPurpose, Role, VogOutcome
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.exchange import Exchanged
from flevodesk.domain.validation import check_date_order, clean_text

if TYPE_CHECKING:
    from flevodesk.domain.people import Person

#: Years a VOG counts as valid when its role names no other term. The law sets none;
#: organisations that work with vulnerable people usually ask for a new one every three.
DEFAULT_VOG_VALID_YEARS = 3


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _not_future(field: str, value: date | None) -> None:
    if value is not None and value > date.today():
        raise ValidationError(field, "ligt in de toekomst")


class Consent(Exchanged, Versioned, Base):
    """A person's consent for one purpose: when and how given, and when withdrawn."""

    __tablename__ = "consents"
    __table_args__ = (
        CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on", name="withdrawn_after_given"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_column(ConsentPurpose))
    given_on: Mapped[date]
    method: Mapped[ConsentMethod | None] = mapped_column(enum_column(ConsentMethod))
    withdrawn_on: Mapped[date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="consents", lazy="raise_on_sql")

    def is_valid(self, on: date) -> bool:
        """Whether the consent was given by ``on`` and not withdrawn by then."""
        return self.given_on <= on and (self.withdrawn_on is None or self.withdrawn_on > on)

    def validate(self) -> None:
        if self.given_on is None:
            raise ValidationError("given_on", "is verplicht")
        _not_future("given_on", self.given_on)
        _not_future("withdrawn_on", self.withdrawn_on)
        check_date_order(
            "given_on", self.given_on, "withdrawn_on", self.withdrawn_on, "ligt vóór de toestemming"
        )
        self.notes = clean_text("notes", self.notes, max_length=2000)


class VogRecord(Exchanged, Versioned, Base):
    """One VOG request and what came of it; ``valid_until`` is when a new one is due."""

    __tablename__ = "vog_records"
    __table_args__ = (
        CheckConstraint(
            "valid_until IS NULL OR seen_on IS NULL OR valid_until > seen_on",
            name="valid_after_seen",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    #: The screening profile (screeningsprofiel) the VOG was asked for, e.g. "45 Gezondheidszorg
    #: en welzijn van mens en dier" or the general profile's risk areas.
    screening_profile: Mapped[str | None] = mapped_column(String(200))
    requested_on: Mapped[date | None]
    seen_on: Mapped[date | None]
    seen_by: Mapped[str | None] = mapped_column(String(120))
    outcome: Mapped[VogOutcome] = mapped_column(
        enum_column(VogOutcome), default=VogOutcome.AANGEVRAAGD
    )
    valid_until: Mapped[date | None] = mapped_column(index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship(back_populates="vog_records", lazy="raise_on_sql")

    def is_valid(self, on: date) -> bool:
        """Whether this VOG was issued, seen, and still counts on ``on``."""
        return (
            self.outcome is VogOutcome.AFGEGEVEN
            and self.seen_on is not None
            and self.seen_on <= on
            and (self.valid_until is None or self.valid_until >= on)
        )

    def validate(self) -> None:
        self.screening_profile = clean_text(
            "screening_profile", self.screening_profile, max_length=200
        )
        self.seen_by = clean_text("seen_by", self.seen_by, max_length=120)
        self.notes = clean_text("notes", self.notes, max_length=2000)
        _not_future("requested_on", self.requested_on)
        _not_future("seen_on", self.seen_on)
        check_date_order(
            "requested_on", self.requested_on, "seen_on", self.seen_on, "ligt vóór de aanvraag"
        )
        if self.outcome is VogOutcome.AFGEGEVEN:
            if self.seen_on is None:
                raise ValidationError("seen_on", "noem wanneer de VOG is ingezien")
            if self.valid_until is None:
                self.valid_until = add_years(self.seen_on, DEFAULT_VOG_VALID_YEARS)
        seen, until = self.seen_on, self.valid_until
        if seen is not None and until is not None and until <= seen:
            raise ValidationError("valid_until", "moet na de inzagedatum liggen")


class RoleSetting(Base):
    """Whether a role needs a VOG, and how long a VOG counts for it."""

    __tablename__ = "role_settings"
    __table_args__ = (CheckConstraint("vog_valid_years >= 1", name="vog_years_positive"),)

    role: Mapped[Role] = mapped_column(enum_column(Role), primary_key=True)
    requires_vog: Mapped[bool] = mapped_column(default=False)
    vog_valid_years: Mapped[int] = mapped_column(default=DEFAULT_VOG_VALID_YEARS)

    def validate(self) -> None:
        if self.vog_valid_years is None or not 1 <= self.vog_valid_years <= 10:
            raise ValidationError("vog_valid_years", "moet tussen 1 en 10 jaar liggen")


class Setting(Base):
    """One program setting as text; :mod:`flevodesk.services.privacy` knows the keys."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class PersonChange(Base):
    """Who changed which personal field of a person, and when; never the values, so the log
    itself holds no personal data beyond the fact of a change."""

    __tablename__ = "person_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    user_name: Mapped[str] = mapped_column(String(120))
    field: Mapped[str] = mapped_column(String(80))

    person: Mapped[Person] = relationship(back_populates="changes", lazy="raise_on_sql")
