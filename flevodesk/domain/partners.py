"""Partner organisations, who to call there, and whom they are interesting for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flevodesk.domain.audiences import WithAudiences
from flevodesk.domain.base import Base, Versioned, children, enum_column
from flevodesk.domain.enums import Audience, PartnerKind, PartnerScope
from flevodesk.domain.exchange import Exchanged
from flevodesk.domain.geography import Municipality
from flevodesk.domain.messages import message
from flevodesk.domain.validation import Problems, clean_email, clean_phone, clean_text

if TYPE_CHECKING:
    from flevodesk.domain.initiatives import Initiative

partner_initiatives = Table(
    "partner_initiatives",
    Base.metadata,
    Column("partner_id", ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "initiative_id",
        ForeignKey("initiatives.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Partner(WithAudiences, Exchanged, Versioned, Base):
    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    scope: Mapped[PartnerScope] = mapped_column(enum_column(PartnerScope), index=True)
    # Set for a partner that works in one municipality only (scope "gemeente").
    municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[PartnerKind] = mapped_column(enum_column(PartnerKind), default=PartnerKind.OVERIG)
    offers: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    is_demo: Mapped[bool] = mapped_column(default=False)

    municipality: Mapped[Municipality | None] = relationship(lazy="raise_on_sql")
    audience_links: Mapped[list[PartnerAudience]] = children("PartnerAudience.audience")
    contacts: Mapped[list[PartnerContact]] = children(
        "PartnerContact.name", back_populates="partner"
    )
    initiatives: Mapped[list[Initiative]] = relationship(
        secondary=partner_initiatives,
        back_populates="partners",
        order_by="Initiative.name",
        passive_deletes=True,
        lazy="raise_on_sql",
    )

    def audience_row(self, audience: Audience) -> PartnerAudience:
        return PartnerAudience(audience=audience)

    def validate(self) -> None:
        found = Problems()
        self.name = found.clean(clean_text, "name", self.name, required=True, max_length=120) or ""
        if self.scope is None:
            found.add("scope", message("kies gemeente, Flevoland of landelijk"))
        self.email = found.clean(clean_email, "email", self.email)
        self.phone = found.clean(clean_phone, "phone", self.phone)
        self.website = found.clean(clean_text, "website", self.website, max_length=300)
        found.raise_any()

    def __repr__(self) -> str:
        return f"Partner({self.name!r})"


class PartnerAudience(Base):
    __tablename__ = "partner_audiences"

    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True
    )
    audience: Mapped[Audience] = mapped_column(enum_column(Audience), primary_key=True)


class PartnerContact(Exchanged, Versioned, Base):
    """A person to call at a partner organisation."""

    __tablename__ = "partner_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(160))
    role: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner] = relationship(back_populates="contacts", lazy="raise_on_sql")

    def validate(self) -> None:
        self.name = clean_text("name", self.name, required=True, max_length=160) or ""
        self.role = clean_text("role", self.role, max_length=120)
        self.email = clean_email("email", self.email)
        self.phone = clean_phone("phone", self.phone)
