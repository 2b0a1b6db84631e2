"""The handout (folder) of one initiative, for residents who want to join in.

A handout is public: a kartrekker or coördinator is named on it only while their engagement
runs, they are active and they consented to publication; their own phone numbers and
addresses are never printed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import ConsentPurpose, Role
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import message
from flevodesk.domain.people import Engagement, Person
from flevodesk.domain.privacy import Consent
from flevodesk.reports.data import HandoutData
from flevodesk.services.errors import NotFound
from flevodesk.services.printouts.declaration import (
    RESIDENT_LANGUAGES,
    Input,
    Printout,
    Request,
    slug,
)
from flevodesk.services.printouts.handout_figures import Figures, figures_in
from flevodesk.services.printouts.selection import initiative_id, is_active
from flevodesk.store.database import Database

# Who may be named on a handout as someone to talk to.
_CONTACT_ROLES = (Role.KARTREKKER, Role.COORDINATOR)


def handout(initiative: Initiative, today: date, figures: Figures | None = None) -> HandoutData:
    """The handout of an initiative loaded with :func:`handout_loads`, with its
    :func:`~flevodesk.services.printouts.handout_figures.figures_in`."""
    counted = figures or Figures()
    started = initiative.start_date
    contacts = sorted(
        {
            e.person.printed_name
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
        started_on=started if started is not None and started <= today else None,
        volunteers=counted.volunteers,
        minutes_last_year=counted.minutes,
        activities=counted.activities,
    )


def handout_loads(day: date) -> tuple[Any, ...]:
    """The loader options of an initiative query whose rows become handouts on ``day``."""
    # Only what a handout can name: engagements in a contact role that run on the day, and
    # their people's photo consents. handout() still checks each one; this keeps the
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

    Raises:
        NotFound: for an unknown initiative id.
    """
    day = today or date.today()
    with db.read() as session:
        initiative = session.scalars(
            select(Initiative).where(Initiative.id == initiative_id).options(*handout_loads(day))
        ).first()
        if initiative is None:
            raise NotFound(message("Initiatief {number} bestaat niet.", number=initiative_id))
        figures = figures_in(session, day, [initiative_id]).get(initiative_id)
        return handout(initiative, day, figures)


def _build(db: Database, request: Request) -> HandoutData:
    return initiative_handout_data(db, initiative_id(db, request.initiative))


PRINTOUT = Printout(
    key="initiative",
    title="Folder initiatief",
    description="Eén pagina over een initiatief voor inwoners die mee willen doen.",
    build=_build,
    renderer="flevodesk.reports.handout:render_handout",
    names_persons=True,
    inputs=(Input.INITIATIVE_ID_OR_NAME,),
    command="initiative",
    menu="F&older afdrukken",
    file_name=lambda request: f"folder-{slug(request.initiative.name)}.pdf",
    languages=RESIDENT_LANGUAGES,
)
