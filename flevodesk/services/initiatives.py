"""Initiatives: the table, the form's record, and what a delete takes along."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.enums import InitiativeStatus
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import (
    Initiative,
    TargetGroup,
    Theme,
    initiative_themes,
)
from flevodesk.domain.messages import message
from flevodesk.domain.overview import Challenge, SuccessFactor
from flevodesk.domain.partners import Partner, partner_initiatives
from flevodesk.domain.people import Engagement, HoursEntry
from flevodesk.domain.text import fold
from flevodesk.services.errors import NotFound
from flevodesk.services.initiative_details import InitiativeDetails, initiative_details
from flevodesk.services.listing import Column, Listing, in_declared_order
from flevodesk.services.records import RecordService

_active_volunteers = (
    select(func.count(Engagement.id))
    .where(Engagement.initiative_id == Initiative.id, Engagement.until.is_(None))
    .correlate(Initiative)
    .scalar_subquery()
)
_theme_names = (
    select(func.aggregate_strings(Theme.name, ", "))
    .join(initiative_themes, initiative_themes.c.theme_id == Theme.id)
    .where(initiative_themes.c.initiative_id == Initiative.id)
    .correlate(Initiative)
    .scalar_subquery()
)


class InitiativeListing(Listing):
    singular = "initiatief"
    plural = "initiatieven"
    id_column = Initiative.__table__.c.id
    columns = (
        Column("name", "Naam", Initiative.name, func.fold(Initiative.name)),
        Column("municipality", "Gemeente", Municipality.name),
        Column("area", "Wijk of kern", Area.name),
        Column(
            "status",
            "Status",
            Initiative.status,
            in_declared_order(Initiative.status, InitiativeStatus),
        ),
        Column("themes", "Thema's", _theme_names),
        Column("volunteers", "Vrijwilligers", _active_volunteers),
        Column("is_demo", "Demo", Initiative.is_demo),
    )
    default_sort = "name"
    filters = {
        "municipality_id": lambda s, v: s.where(Initiative.municipality_id == v),
        "area_id": lambda s, v: s.where(Initiative.area_id == v),
        "status": lambda s, v: s.where(Initiative.status == v),
        "theme_id": lambda s, v: s.where(
            Initiative.id.in_(
                select(initiative_themes.c.initiative_id).where(initiative_themes.c.theme_id == v)
            )
        ),
    }

    def joins(self, stmt: Select[Any]) -> Select[Any]:
        return (
            stmt.select_from(Initiative)
            .join(Municipality, Initiative.municipality_id == Municipality.id)
            .outerjoin(Area, Initiative.area_id == Area.id)
        )

    def search_columns(self) -> list[Any]:
        return [Initiative.name, Initiative.description, Initiative.location, Area.name]


class InitiativeService(RecordService[Initiative, InitiativeDetails]):
    model = Initiative
    noun = message("het initiatief")
    detail_options = (
        selectinload(Initiative.municipality),
        selectinload(Initiative.area),
        selectinload(Initiative.themes),
        selectinload(Initiative.target_groups),
        selectinload(Initiative.success_factors),
        selectinload(Initiative.challenges),
        selectinload(Initiative.partners),
        selectinload(Initiative.engagements).selectinload(Engagement.person),
        selectinload(Initiative.funding_applications).selectinload(FundingApplication.funder),
    )
    links = {
        "themes": Theme,
        "target_groups": TargetGroup,
        "success_factors": SuccessFactor,
        "challenges": Challenge,
        "partners": Partner,
    }

    def detail(self, session: Session, record: Initiative) -> InitiativeDetails:
        return initiative_details(session, record)

    def _apply(self, session: Session, record: Initiative, values: Mapping[str, Any]) -> None:
        super()._apply(session, record, values)
        if record.area_id is not None:
            area = session.get(Area, record.area_id)
            if area is None or area.municipality_id != record.municipality_id:
                raise ValidationError(
                    "area_id", message("deze wijk of kern hoort niet bij de gekozen gemeente")
                )

    def find_by_name(self, name: str) -> InitiativeDetails:
        """The initiative with this name (case and accents ignored).

        Raises:
            NotFound: when no initiative has that name.
        """
        with self.db.read() as session:
            found = session.scalars(
                select(Initiative.id).where(func.fold(Initiative.name) == fold_name(name))
            ).first()
        if found is None:
            raise NotFound(message("Geen initiatief met de naam '{name}'.", name=name))
        return self.get(found)

    def delete_impact(self, record_id: int) -> list[str]:
        with self.db.read() as session:

            def n(stmt: Select[Any]) -> int:
                return int(session.execute(stmt).scalar_one())

            counts = [
                (
                    n(
                        select(func.count(Engagement.id)).where(
                            Engagement.initiative_id == record_id
                        )
                    ),
                    "inzet van een vrijwilliger",
                    "inzetten van vrijwilligers",
                ),
                (
                    n(
                        select(func.count(HoursEntry.id)).where(
                            HoursEntry.initiative_id == record_id
                        )
                    ),
                    "urenregel",
                    "urenregels",
                ),
                (
                    n(
                        select(func.count(FundingApplication.id)).where(
                            FundingApplication.initiative_id == record_id
                        )
                    ),
                    "financieringsaanvraag",
                    "financieringsaanvragen",
                ),
                (
                    n(
                        select(func.count())
                        .select_from(partner_initiatives)
                        .where(and_(partner_initiatives.c.initiative_id == record_id))
                    ),
                    "koppeling met een partner",
                    "koppelingen met partners",
                ),
            ]
        return [f"{c} {one if c == 1 else many}" for c, one, many in counts if c]


def fold_name(name: str) -> str:
    """A name folded the way the SQL function ``fold`` folds it."""
    return fold(name.strip())
