"""The volunteers' phone list: name, role, phone and dagdelen of an initiative's active
volunteers who agreed to be contacted."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import ConsentPurpose
from flevodesk.domain.people import Engagement, Person
from flevodesk.domain.text import fold
from flevodesk.reports.data import PhoneListData, PhoneListRow
from flevodesk.services.printouts.declaration import Input, Printout, slug
from flevodesk.services.printouts.selection import initiative_by_name, is_active
from flevodesk.store.database import Database


def phonelist_data(db: Database, initiative_name: str, today: date | None = None) -> PhoneListData:
    """The volunteers' phone and availability list: active engagements only.

    Only name, role, phone and dagdelen are taken; addresses, postcodes, birth years and
    e-mail addresses stay in the database (data minimisation: the list hangs on a wall).

    Raises:
        NotFound: for an unknown initiative name.
    """
    day = today or date.today()
    with db.read() as session:
        initiative = initiative_by_name(session, initiative_name)
        engagements = session.scalars(
            select(Engagement)
            .where(Engagement.initiative_id == initiative.id)
            .options(selectinload(Engagement.person).selectinload(Person.consents))
        ).all()
        # Sorted as a Dutch address list is, with "Çelik" among the C's, not after the Z.
        # Only who agreed to be contacted is on a list that exists to contact people.
        current = [e for e in engagements if is_active(e, day)]
        active = sorted(
            (e for e in current if e.person.has_consent(ConsentPurpose.CONTACT, day)),
            key=lambda e: (fold(e.person.sort_name), e.role.value),
        )
        # Said on the list, so nobody takes it for everyone: persons, not their roles.
        listed = {e.person_id for e in active}
        left_out = len({e.person_id for e in current} - listed)
        rows = tuple(
            PhoneListRow(
                name=e.person.printed_name,
                role=e.role.label,
                phone=e.person.phone,
                availability=tuple((e.person.availability or "").split(","))
                if e.person.availability
                else (),
                availability_note=e.person.availability_note,
            )
            for e in active
        )
        return PhoneListData(
            initiative=initiative.name, printed_on=day, rows=rows, without_consent=left_out
        )


PRINTOUT = Printout(
    key="volunteers",
    title="Telefoonlijst vrijwilligers",
    description="Naam, rol, telefoon en dagdelen van de actieve vrijwilligers.",
    build=lambda db, request: phonelist_data(db, request.initiative.name),
    renderer="flevodesk.reports.phonelist:render_phonelist",
    names_persons=True,
    inputs=(Input.INITIATIVE,),
    command="phonelist",
    menu="&Telefoonlijst afdrukken",
    file_name=lambda request: f"telefoonlijst-{slug(request.initiative.name)}.pdf",
)
