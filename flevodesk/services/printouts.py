"""Fill the printouts' plain data from the database.

Each builder opens one read session, loads what its printout shows with eager loading (no
lazy loads once the session is gone) and returns frozen dataclasses from
:mod:`flevodesk.reports.data`. What a printout must not show (addresses, birth years,
inactive volunteers) is left out here, so it cannot leak through a report by accident.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.enums import (
    ConsentPurpose,
    InitiativeStatus,
    PartnerKind,
    PartnerScope,
    PersonStatus,
    Perspective,
    Role,
)
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.overview import Challenge, Impression, Link, Practice, SuccessFactor
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Engagement, Person
from flevodesk.domain.privacy import Consent
from flevodesk.reports.data import (
    ContactItem,
    HandoutData,
    ImpressionItem,
    LinkItem,
    OverviewData,
    PartnerGroup,
    PartnerItem,
    PartnerSheetData,
    PracticeGroup,
    SuccessFactorItem,
)
from flevodesk.services.errors import NotFound
from flevodesk.store.database import Database

# PartnerKind.label looks up a table shared with Perspective, whose "gemeente" member
# compares equal to PartnerKind.GEMEENTE and lends it the label "Gemeentelijk perspectief".
_KIND_LABELS = {PartnerKind.GEMEENTE: "Gemeente"}

# Who may be named on a handout as someone to talk to.
_CONTACT_ROLES = (Role.KARTREKKER, Role.COORDINATOR)


def _municipality(session: Session, name: str) -> Municipality:
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
        raise NotFound(f"Gemeente '{name}' bestaat niet.")
    return found


def initiative_by_name(session: Session, name: str) -> Initiative:
    found = session.scalars(
        select(Initiative)
        .where(func.lower(Initiative.name) == name.strip().lower())
        .options(selectinload(Initiative.municipality), selectinload(Initiative.area))
    ).first()
    if found is None:
        raise NotFound(f"Initiatief '{name}' bestaat niet.")
    return found


def _partner_item(partner: Partner) -> PartnerItem:
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


def _partners(session: Session) -> list[Partner]:
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


def _practice_groups(practices: Sequence[Practice]) -> tuple[PracticeGroup, ...]:
    # Groups keep the order in which their first practice appears, as the seed lists them.
    groups: dict[str, list[str]] = {}
    order: list[tuple[str, str | None]] = []
    for practice in practices:
        if practice.category is None:
            order.append((practice.display_name, None))
            continue
        if practice.category not in groups:
            groups[practice.category] = []
            order.append((practice.category, practice.category))
        groups[practice.category].append(practice.display_name)
    return tuple(
        PracticeGroup(heading, tuple(groups[key]) if key is not None else ())
        for heading, key in order
    )


def overview_data(db: Database, municipality: str | None = None) -> OverviewData:
    """The material of the "algemeen beeld" overview.

    Args:
        db: the database to read.
        municipality: name or abbreviation ("NOP") of a municipality to narrow the
            impressions and practices to; success factors, challenges, links and partners
            stay as they are.

    Raises:
        NotFound: for an unknown municipality.
    """
    with db.read() as session:
        place = _municipality(session, municipality) if municipality else None
        impressions_query = (
            select(Impression)
            .options(selectinload(Impression.municipality))
            .order_by(Impression.position, Impression.id)
        )
        practices_query = (
            select(Practice)
            .options(selectinload(Practice.municipalities))
            .order_by(Practice.position, Practice.id)
        )
        if place is not None:
            impressions_query = impressions_query.where(Impression.municipality_id == place.id)
            practices_query = practices_query.where(
                Practice.municipalities.any(Municipality.id == place.id)
            )
        impressions = session.scalars(impressions_query).all()
        practices = session.scalars(practices_query).all()
        factors = session.scalars(
            select(SuccessFactor).order_by(SuccessFactor.position, SuccessFactor.id)
        ).all()
        challenges = session.scalars(
            select(Challenge).order_by(Challenge.position, Challenge.id)
        ).all()
        links = session.scalars(select(Link).order_by(Link.position, Link.id)).all()
        # The seed's network page shows who helps with knowledge and contacts; funders
        # belong with their schemes, not in this network.
        partners = [p for p in _partners(session) if not p.kind.is_funder]
        return OverviewData(
            impressions=tuple(ImpressionItem(i.municipality.name, i.text) for i in impressions),
            success_factors=tuple(SuccessFactorItem(f.name, f.explanation) for f in factors),
            practice_groups=_practice_groups(practices),
            challenges_inwoners=tuple(
                c.text for c in challenges if c.perspective is Perspective.INWONERS
            ),
            challenges_gemeente=tuple(
                c.text for c in challenges if c.perspective is Perspective.GEMEENTE
            ),
            links=tuple(LinkItem(link.text, link.url) for link in links),
            partners_flevoland=tuple(
                _partner_item(p) for p in partners if p.scope is PartnerScope.FLEVOLAND
            ),
            partners_landelijk=tuple(
                _partner_item(p) for p in partners if p.scope is PartnerScope.LANDELIJK
            ),
            municipality=place.name if place is not None else None,
        )


def is_active(engagement: Engagement, on: date) -> bool:
    person = engagement.person
    return (
        engagement.is_active(on) and person.status is PersonStatus.ACTIEF and person.left_on is None
    )


def _handout(initiative: Initiative, today: date) -> HandoutData:
    # A handout is public: a name goes on it only with consent for publication.
    contacts = sorted(
        {
            e.person.full_name
            for e in initiative.engagements
            if e.role in _CONTACT_ROLES
            and is_active(e, today)
            and e.person.has_consent(ConsentPurpose.FOTO_PUBLICATIE, today)
        }
    )
    return HandoutData(
        name=initiative.name,
        municipality=initiative.municipality.name,
        printed_on=today,
        area=initiative.area.name if initiative.area else None,
        status=initiative.status.label,
        description=initiative.description,
        goal=initiative.goal,
        themes=tuple(t.name for t in initiative.themes),
        target_groups=tuple(g.name for g in initiative.target_groups),
        location=initiative.location,
        location_temporary=initiative.location_temporary,
        location_until=initiative.location_until,
        schedule=initiative.schedule,
        website=initiative.website,
        contact_email=initiative.contact_email,
        contact_phone=initiative.contact_phone,
        contact_names=tuple(contacts),
        how_to_join=initiative.how_to_join,
        open_roles=initiative.open_roles,
        partners=tuple(p.name for p in initiative.partners),
        story=initiative.story,
    )


def _handout_loads(day: date) -> tuple[Any, ...]:
    # Only what a handout can name: engagements in a contact role that run on the day, and
    # their people's photo consents. _handout still checks each one; this keeps the
    # volunteers, the stopped engagements and the other consents (in a large database
    # nearly all of them) from being loaded at all.
    contacts = Initiative.engagements.and_(
        Engagement.role.in_(_CONTACT_ROLES),
        Engagement.since <= day,
        or_(Engagement.until.is_(None), Engagement.until >= day),
    )
    photo = Person.consents.and_(Consent.purpose == ConsentPurpose.FOTO_PUBLICATIE)
    return (
        selectinload(Initiative.municipality),
        selectinload(Initiative.area),
        selectinload(Initiative.themes),
        selectinload(Initiative.target_groups),
        selectinload(Initiative.partners),
        selectinload(contacts).selectinload(Engagement.person).selectinload(photo),
    )


def initiative_handout_data(
    db: Database, initiative_id: int, today: date | None = None
) -> HandoutData:
    """One initiative's handout.

    Kartrekkers and coördinatoren are named only while their engagement runs and they
    are active; their own phone numbers and addresses are never printed.

    Raises:
        NotFound: for an unknown initiative id.
    """
    day = today or date.today()
    with db.read() as session:
        initiative = session.scalars(
            select(Initiative).where(Initiative.id == initiative_id).options(*_handout_loads(day))
        ).first()
        if initiative is None:
            raise NotFound(f"Initiatief {initiative_id} bestaat niet.")
        return _handout(initiative, day)


def all_handouts_data(
    db: Database, municipality: str | None = None, today: date | None = None
) -> tuple[HandoutData, ...]:
    """Handouts of every initiative (stopped ones left out), optionally of one municipality.

    Ordered by municipality and name, so a printed stack is easy to hand out per place.

    Raises:
        NotFound: for an unknown municipality.
    """
    day = today or date.today()
    with db.read() as session:
        query = (
            select(Initiative)
            .join(Initiative.municipality)
            .where(Initiative.status != InitiativeStatus.GESTOPT)
            .options(*_handout_loads(day))
            .order_by(Municipality.name, Initiative.name)
        )
        if municipality:
            place = _municipality(session, municipality)
            query = query.where(Initiative.municipality_id == place.id)
        return tuple(_handout(initiative, day) for initiative in session.scalars(query))


_SCOPE_TITLES = {
    PartnerScope.GEMEENTE: "Partners in de gemeente",
    PartnerScope.FLEVOLAND: "Partners in Flevoland",
    PartnerScope.LANDELIJK: "Landelijke partners",
}


def partner_sheet_data(db: Database, today: date | None = None) -> PartnerSheetData:
    """All partners, grouped by scope (gemeente, Flevoland, landelijk), each by name."""
    with db.read() as session:
        partners = _partners(session)
        groups = tuple(
            PartnerGroup(
                _SCOPE_TITLES[scope], tuple(_partner_item(p) for p in partners if p.scope is scope)
            )
            for scope in PartnerScope
        )
    return PartnerSheetData(groups=groups, printed_on=today or date.today())
