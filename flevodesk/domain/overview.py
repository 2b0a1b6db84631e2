"""The material of the printed overview: impressions, success factors, challenges,
practices to learn from and links worth reading, and whom practices and links are for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flevodesk.domain.audiences import WithAudiences
from flevodesk.domain.base import Base, children, enum_column
from flevodesk.domain.enums import Audience, Perspective
from flevodesk.domain.exchange import Exchanged
from flevodesk.domain.validation import clean_text

if TYPE_CHECKING:
    from flevodesk.domain.geography import Municipality

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def strip_emphasis(text: str) -> str:
    """Text without the ``**bold**`` markers the seed uses to stress key words."""
    return _BOLD.sub(r"\1", text)


class Impression(Base):
    """What residents of one municipality said in the street talks."""

    __tablename__ = "impressions"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    municipality: Mapped[Municipality] = relationship(
        back_populates="impressions", lazy="raise_on_sql"
    )

    def validate(self) -> None:
        self.text = clean_text("text", self.text, required=True) or ""


class SuccessFactor(Exchanged, Base):
    __tablename__ = "success_factors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    explanation: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    def validate(self) -> None:
        self.name = clean_text("name", self.name, required=True, max_length=80) or ""


class Challenge(Exchanged, Base):
    """A challenge, question or need; ``text`` marks its key words as ``**bold**``."""

    __tablename__ = "challenges"

    id: Mapped[int] = mapped_column(primary_key=True)
    perspective: Mapped[Perspective] = mapped_column(enum_column(Perspective))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    @property
    def plain_text(self) -> str:
        """The text as a reader sees it, without emphasis markers."""
        return strip_emphasis(self.text)

    def validate(self) -> None:
        self.text = clean_text("text", self.text, required=True) or ""


practice_municipalities = Table(
    "practice_municipalities",
    Base.metadata,
    Column("practice_id", ForeignKey("practices.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "municipality_id", ForeignKey("municipalities.id", ondelete="CASCADE"), primary_key=True
    ),
)


class Practice(WithAudiences, Base):
    """A practice to find inspiration in ("inspiratie vinden bij elkaar").

    Practices share a ``category`` heading ("Weten wat mensen willen"); one without a
    category stands as a heading of its own, as "MeerSamen-agenda, Dronten" does in the seed.
    """

    __tablename__ = "practices"

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str | None] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)

    municipalities: Mapped[list[Municipality]] = relationship(
        secondary=practice_municipalities,
        order_by="Municipality.name",
        passive_deletes=True,
        lazy="raise_on_sql",
    )
    audience_links: Mapped[list[PracticeAudience]] = children("PracticeAudience.audience")

    def audience_row(self, audience: Audience) -> PracticeAudience:
        return PracticeAudience(audience=audience)

    @property
    def display_name(self) -> str:
        """The name as the overview prints it, with the municipalities it comes from.

        The seed writes "Ideeënmarkt (NOP, Zeewolde)" inside a category and
        "MeerSamen-agenda, Dronten" for a practice standing alone; a name that already
        names its municipality ("Het beste idee van Dronten") gets nothing added.
        """
        places = [
            m.short_name
            for m in self.municipalities
            if m.short_name not in self.name and m.name not in self.name
        ]
        if not places:
            return self.name
        joined = ", ".join(places)
        return f"{self.name} ({joined})" if self.category else f"{self.name}, {joined}"

    def validate(self) -> None:
        self.name = clean_text("name", self.name, required=True, max_length=200) or ""
        self.category = clean_text("category", self.category, max_length=120)


class Link(WithAudiences, Base):
    """A pointer "verder interessant"; ``text`` holds the link words as ``[words]``."""

    __tablename__ = "links"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(default=0)

    audience_links: Mapped[list[LinkAudience]] = children("LinkAudience.audience")

    def audience_row(self, audience: Audience) -> LinkAudience:
        return LinkAudience(audience=audience)

    @property
    def plain_text(self) -> str:
        """The sentence as a reader sees it, without the link brackets."""
        return re.sub(r"\[(.+?)\]", r"\1", self.text)

    def validate(self) -> None:
        self.text = clean_text("text", self.text, required=True) or ""
        self.url = clean_text("url", self.url, max_length=500)


class PracticeAudience(Base):
    __tablename__ = "practice_audiences"

    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practices.id", ondelete="CASCADE"), primary_key=True
    )
    audience: Mapped[Audience] = mapped_column(enum_column(Audience), primary_key=True)


class LinkAudience(Base):
    __tablename__ = "link_audiences"

    link_id: Mapped[int] = mapped_column(
        ForeignKey("links.id", ondelete="CASCADE"), primary_key=True
    )
    audience: Mapped[Audience] = mapped_column(enum_column(Audience), primary_key=True)
