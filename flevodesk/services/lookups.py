"""Short lists for pickers: municipalities with their areas, themes, funders, initiatives."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

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


class Lookups:
    """Reads the small tables pickers offer; each call is one quick query."""

    def __init__(self, db: Database) -> None:
        self.db = db

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
        with self.db.read() as session:
            rows = session.execute(stmt).all()  # type: ignore[call-overload]
        return [Choice(*row) for row in rows]
