"""Initiatives and the themes, target groups, success factors and challenges they carry."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flevodesk.domain.base import Base, Versioned, children, enum_column
from flevodesk.domain.enums import InitiativeStatus
from flevodesk.domain.exchange import Exchanged
from flevodesk.domain.field_rules import initiative_rules
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.messages import message
from flevodesk.domain.overview import Challenge, SuccessFactor
from flevodesk.domain.parsing import parse_money
from flevodesk.domain.validation import (
    Problems,
    clean_email,
    clean_phone,
    clean_text,
)

if TYPE_CHECKING:
    from flevodesk.domain.funding import FundingApplication
    from flevodesk.domain.partners import Partner
    from flevodesk.domain.people import Engagement


def _link_table(name: str, other: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column("initiative_id", ForeignKey("initiatives.id", ondelete="CASCADE"), primary_key=True),
        Column(
            f"{other[:-1]}_id",
            ForeignKey(f"{other}.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
    )


initiative_themes = _link_table("initiative_themes", "themes")
initiative_target_groups = _link_table("initiative_target_groups", "target_groups")
initiative_success_factors = _link_table("initiative_success_factors", "success_factors")
initiative_challenges = _link_table("initiative_challenges", "challenges")


class Theme(Exchanged, Base):
    """What an initiative is about (ontmoeting, groen, taal, ...); users add their own."""

    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)

    def validate(self) -> None:
        self.name = clean_text("name", self.name, required=True, max_length=60) or ""


class TargetGroup(Exchanged, Base):
    """Who an initiative is for (kinderen, jongeren, ouderen, jong-en-oud, ...)."""

    __tablename__ = "target_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)

    def validate(self) -> None:
        self.name = clean_text("name", self.name, required=True, max_length=60) or ""


class Initiative(Exchanged, Versioned, Base):
    __tablename__ = "initiatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="RESTRICT"), index=True
    )
    area_id: Mapped[int | None] = mapped_column(
        ForeignKey("areas.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[InitiativeStatus] = mapped_column(
        enum_column(InitiativeStatus), default=InitiativeStatus.IDEE, index=True
    )
    description: Mapped[str | None] = mapped_column(Text)
    goal: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    location: Mapped[str | None] = mapped_column(String(200))
    location_temporary: Mapped[bool] = mapped_column(default=False)
    location_until: Mapped[date | None]
    website: Mapped[str | None] = mapped_column(String(300))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    # For the handout: when it meets, how to join, which roles are open, its story.
    schedule: Mapped[str | None] = mapped_column(String(200))
    how_to_join: Mapped[str | None] = mapped_column(Text)
    open_roles: Mapped[str | None] = mapped_column(Text)
    story: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    is_demo: Mapped[bool] = mapped_column(default=False)
    # The financing plan (dekkingsplan): what the whole plan costs and what it pays itself.
    budget_total: Mapped[Decimal | None]
    own_contribution: Mapped[Decimal | None]

    municipality: Mapped[Municipality] = relationship(lazy="raise_on_sql")
    area: Mapped[Area | None] = relationship(lazy="raise_on_sql")
    themes: Mapped[list[Theme]] = relationship(
        secondary=initiative_themes,
        order_by="Theme.name",
        passive_deletes=True,
        lazy="raise_on_sql",
    )
    target_groups: Mapped[list[TargetGroup]] = relationship(
        secondary=initiative_target_groups,
        order_by="TargetGroup.name",
        passive_deletes=True,
        lazy="raise_on_sql",
    )
    success_factors: Mapped[list[SuccessFactor]] = relationship(
        secondary=initiative_success_factors,
        order_by="SuccessFactor.position",
        passive_deletes=True,
        lazy="raise_on_sql",
    )
    challenges: Mapped[list[Challenge]] = relationship(
        secondary=initiative_challenges,
        order_by="Challenge.position",
        passive_deletes=True,
        lazy="raise_on_sql",
    )
    engagements: Mapped[list[Engagement]] = children(back_populates="initiative")
    funding_applications: Mapped[list[FundingApplication]] = children(back_populates="initiative")
    partners: Mapped[list[Partner]] = relationship(
        secondary="partner_initiatives",
        back_populates="initiatives",
        order_by="Partner.name",
        passive_deletes=True,
        lazy="raise_on_sql",
    )

    def validate(self) -> None:
        found = Problems()
        self.name = found.clean(clean_text, "name", self.name, required=True, max_length=120) or ""
        # Read the instance dict, not the attribute: a lazy load inside a flush is not allowed.
        if self.municipality_id is None and self.__dict__.get("municipality") is None:
            found.add("municipality_id", message("kies een gemeente"))
        self.contact_email = found.clean(clean_email, "contact_email", self.contact_email)
        self.contact_phone = found.clean(clean_phone, "contact_phone", self.contact_phone)
        self.website = found.clean(clean_text, "website", self.website, max_length=300)
        self.location = found.clean(clean_text, "location", self.location, max_length=200)
        self.budget_total = found.clean(parse_money, "budget_total", self.budget_total)
        self.own_contribution = found.clean(parse_money, "own_contribution", self.own_contribution)
        found.extend(
            initiative_rules(
                {
                    "start_date": self.start_date,
                    "end_date": self.end_date,
                    "location_temporary": self.location_temporary,
                    "location_until": self.location_until,
                }
            )
        )
        found.raise_any()

    def __repr__(self) -> str:
        return f"Initiative({self.name!r})"
