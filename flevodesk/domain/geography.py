"""Municipalities (gemeenten) of Flevoland and the kernen, dorpen and wijken within them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flevodesk.domain.base import Base, enum_column
from flevodesk.domain.enums import AreaKind
from flevodesk.domain.validation import clean_text

if TYPE_CHECKING:
    from flevodesk.domain.overview import Impression


class Municipality(Base):
    __tablename__ = "municipalities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    # How the seed abbreviates a name in running text ("NOP" for Noordoostpolder).
    abbreviation: Mapped[str | None] = mapped_column(String(20))

    areas: Mapped[list[Area]] = relationship(
        back_populates="municipality",
        cascade="all, delete-orphan",
        order_by="Area.name",
        passive_deletes=True,
        lazy="raise_on_sql",
    )
    impressions: Mapped[list[Impression]] = relationship(
        back_populates="municipality",
        cascade="all, delete-orphan",
        order_by="Impression.position",
        passive_deletes=True,
        lazy="raise_on_sql",
    )

    @property
    def short_name(self) -> str:
        """The abbreviation where one exists, else the name."""
        return self.abbreviation or self.name

    def validate(self) -> None:
        self.name = clean_text("name", self.name, required=True, max_length=80) or ""

    def __repr__(self) -> str:
        return f"Municipality({self.name!r})"


class Area(Base):
    __tablename__ = "areas"
    __table_args__ = (UniqueConstraint("municipality_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[AreaKind] = mapped_column(enum_column(AreaKind), default=AreaKind.WIJK)

    municipality: Mapped[Municipality] = relationship(back_populates="areas", lazy="raise_on_sql")

    def validate(self) -> None:
        self.name = clean_text("name", self.name, required=True, max_length=80) or ""

    def __repr__(self) -> str:
        return f"Area({self.name!r})"
