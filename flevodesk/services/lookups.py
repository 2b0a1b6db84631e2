"""Short lists for pickers: municipalities with their areas, themes, funders, initiatives."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative, TargetGroup, Theme
from flevodesk.domain.overview import Challenge, SuccessFactor
from flevodesk.domain.partners import Partner
from flevodesk.store.database import Database


@dataclass(frozen=True)
class Choice:
    """An id with the text a picker shows; ``parent_id`` ties an area to its municipality."""

    id: int
    label: str
    parent_id: int | None = None


@dataclass(frozen=True)
class ChoiceLists:
    """Every picker's choices, read together in one transaction."""

    municipalities: tuple[Choice, ...] = ()
    areas: tuple[Choice, ...] = ()
    themes: tuple[Choice, ...] = ()
    target_groups: tuple[Choice, ...] = ()
    partners: tuple[Choice, ...] = ()
    initiatives: tuple[Choice, ...] = ()


#: The tables :class:`ChoiceLists` is read from: a change to one makes its lists stale.
CHOICE_TABLES = frozenset(
    {"municipalities", "areas", "themes", "target_groups", "partners", "initiatives"}
)


def choice_lists(db: Database) -> ChoiceLists:
    """All pickers' choices at once, for a window that keeps them until they change."""
    lookups = Lookups(db)
    with db.read() as session:
        lookups.session = session
        return ChoiceLists(
            tuple(lookups.municipalities()),
            tuple(lookups.areas()),
            tuple(lookups.themes()),
            tuple(lookups.target_groups()),
            tuple(lookups.partners()),
            tuple(lookups.initiatives()),
        )


class Lookups:
    """Reads the small tables pickers offer; each call is one quick query."""

    def __init__(self, db: Database) -> None:
        self.db = db
        #: An open session to read in, so :func:`choice_lists` is one transaction.
        self.session: Session | None = None

    def municipalities(self) -> list[Choice]:
        return self._choices(select(Municipality.id, Municipality.name).order_by(Municipality.name))

    def areas(self, municipality_id: int | None = None) -> list[Choice]:
        stmt = select(Area.id, Area.name, Area.municipality_id).order_by(Area.name)
        if municipality_id is not None:
            stmt = stmt.where(Area.municipality_id == municipality_id)
        return self._choices(stmt)

    def themes(self) -> list[Choice]:
        return self._choices(select(Theme.id, Theme.name).order_by(Theme.name))

    def target_groups(self) -> list[Choice]:
        return self._choices(select(TargetGroup.id, TargetGroup.name).order_by(TargetGroup.name))

    def success_factors(self) -> list[Choice]:
        return self._choices(
            select(SuccessFactor.id, SuccessFactor.name).order_by(SuccessFactor.position)
        )

    def challenges(self) -> list[Choice]:
        return self._choices(
            select(Challenge.id, Challenge.text).order_by(Challenge.perspective, Challenge.position)
        )

    def partners(self) -> list[Choice]:
        return self._choices(select(Partner.id, Partner.name).order_by(func.fold(Partner.name)))

    def initiatives(self, municipality_id: int | None = None) -> list[Choice]:
        stmt = select(Initiative.id, Initiative.name, Initiative.municipality_id).order_by(
            func.fold(Initiative.name)
        )
        if municipality_id is not None:
            stmt = stmt.where(Initiative.municipality_id == municipality_id)
        return self._choices(stmt)

    def _choices(self, stmt: object) -> list[Choice]:
        if self.session is not None:
            rows = self.session.execute(stmt).all()  # type: ignore[call-overload]
        else:
            with self.db.read() as session:
                rows = session.execute(stmt).all()  # type: ignore[call-overload]
        return [Choice(*row) for row in rows]
