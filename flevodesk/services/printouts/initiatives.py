"""The handouts of all initiatives (or of one municipality) in one PDF."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from flevodesk.domain.enums import InitiativeStatus
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.reports.data import HandoutData
from flevodesk.services.printouts.declaration import RESIDENT_LANGUAGES, Input, Printout
from flevodesk.services.printouts.handout_figures import figures_in
from flevodesk.services.printouts.initiative import handout, handout_loads
from flevodesk.services.printouts.selection import municipality_named
from flevodesk.store.database import Database


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
            .options(*handout_loads(day))
            .order_by(Municipality.name, Initiative.name)
        )
        if municipality:
            place = municipality_named(session, municipality)
            query = query.where(Initiative.municipality_id == place.id)
        initiatives = session.scalars(query).all()
        figures = figures_in(session, day, [i.id for i in initiatives] if municipality else None)
        return tuple(handout(i, day, figures.get(i.id)) for i in initiatives)


PRINTOUT = Printout(
    key="initiatives",
    title="Folders alle initiatieven",
    description="De folders van alle initiatieven (of één gemeente) in één PDF.",
    build=lambda db, request: all_handouts_data(db, request.municipality),
    renderer="flevodesk.reports.handout:render_handouts",
    names_persons=True,
    inputs=(Input.MUNICIPALITY,),
    command="handouts",
    menu="&Folders van alle initiatieven…",
    file_name=lambda _request: "folders-initiatieven.pdf",
    question="Folders van alle initiatieven",
    languages=RESIDENT_LANGUAGES,
)
