"""What several printouts look up alike: a municipality or initiative by name, the partners,
and who counts as an active volunteer.

Each builder opens one read session, loads what its printout shows with eager loading (no
lazy loads once the session is gone) and returns frozen dataclasses from
:mod:`flevodesk.reports.data`. What a printout must not show (addresses, birth years,
inactive volunteers) is left out there, so it cannot leak through a report by accident.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.enums import PartnerKind, PersonStatus
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import message
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Engagement
from flevodesk.reports.data import ContactItem, PartnerItem
from flevodesk.services.errors import NotFound
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.printouts.declaration import Ref
from flevodesk.store.database import Database

# PartnerKind.label looks up a table shared with Perspective, whose "gemeente" member
# compares equal to PartnerKind.GEMEENTE and lends it the label "Gemeentelijk perspectief".
_KIND_LABELS = {PartnerKind.GEMEENTE: "Gemeente"}


def municipality_named(session: Session, name: str) -> Municipality:
    """The municipality with this name or abbreviation ("NOP"), case ignored.

    Raises:
        NotFound: when there is none.
    """
    wanted = name.strip().lower()
    found = session.scalars(
        select(Municipality).where(
            or_(
                func.lower(Municipality.name) == wanted,
                func.lower(Municipality.abbreviation) == wanted,
            )
        )
    ).first()
    if found is None:
        raise NotFound(message("Gemeente '{name}' bestaat niet.", name=name))
    return found


def initiative_by_name(session: Session, name: str) -> Initiative:
    """The initiative with this name (case ignored), its municipality and area loaded.

    Raises:
        NotFound: when there is none.
    """
    found = session.scalars(
        select(Initiative)
        .where(func.lower(Initiative.name) == name.strip().lower())
        .options(selectinload(Initiative.municipality), selectinload(Initiative.area))
    ).first()
    if found is None:
        raise NotFound(message("Initiatief '{name}' bestaat niet.", name=name))
    return found


def initiative_id(db: Database, initiative: Ref) -> int:
    """The id of the initiative the window chose, or the one named on the command line.

    Raises:
        NotFound: when no initiative has the name.
    """
    if initiative.id is not None:
        return initiative.id
    return InitiativeService(db).find_by_name(initiative.name).id


def partner_item(partner: Partner) -> PartnerItem:
    return PartnerItem(
        name=partner.name,
        offers=partner.offers,
        audiences=tuple(partner.audiences),
        kind=_KIND_LABELS.get(partner.kind, partner.kind.label),
        municipality=partner.municipality.name if partner.municipality else None,
        website=partner.website,
        email=partner.email,
        phone=partner.phone,
        contacts=tuple(ContactItem(c.name, c.role, c.email, c.phone) for c in partner.contacts),
    )


def all_partners(session: Session) -> list[Partner]:
    """Every partner by name, with what :func:`partner_item` reads loaded."""
    return list(
        session.scalars(
            select(Partner)
            .options(
                selectinload(Partner.audience_links),
                selectinload(Partner.contacts),
                selectinload(Partner.municipality),
            )
            .order_by(Partner.name)
        )
    )


def is_active(engagement: Engagement, on: date) -> bool:
    """Whether the engagement runs on ``on`` and its person is active and has not left."""
    person = engagement.person
    return (
        engagement.is_active(on) and person.status is PersonStatus.ACTIEF and person.left_on is None
    )
