"""Fill the volunteer lists' plain data: the presentielijst, the phone list and the
urenverklaring (see :mod:`.printouts` for the rules every builder keeps)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import (
    ConsentPurpose,
)
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.text import fold
from flevodesk.reports.data import (
    HoursRow,
    HoursStatementData,
    PhoneListData,
    PhoneListRow,
    SigninData,
)
from flevodesk.services.errors import NotFound, ServiceError
from flevodesk.services.printouts import initiative_by_name, is_active
from flevodesk.store.database import Database


def signin_data(db: Database, initiative_name: str, day: date, rows: int = 20) -> SigninData:
    """A presentielijst for an initiative's meeting on ``day``.

    Raises:
        NotFound: for an unknown initiative name.
    """
    with db.read() as session:
        initiative = initiative_by_name(session, initiative_name)
        return SigninData(
            initiative=initiative.name,
            day=day,
            municipality=initiative.municipality.name,
            location=initiative.location,
            rows=rows,
        )


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
        active = sorted(
            (
                e
                for e in engagements
                if is_active(e, day) and e.person.has_consent(ConsentPurpose.CONTACT, day)
            ),
            key=lambda e: (fold(e.person.sort_name), e.role.value),
        )
        rows = tuple(
            PhoneListRow(
                name=e.person.full_name,
                role=e.role.label,
                phone=e.person.phone,
                availability=tuple((e.person.availability or "").split(","))
                if e.person.availability
                else (),
            )
            for e in active
        )
        return PhoneListData(initiative=initiative.name, printed_on=day, rows=rows)


def hours_statement_data(
    db: Database, person_ref: str | int, start: date, end: date, today: date | None = None
) -> HoursStatementData:
    """An urenverklaring for one volunteer from ``start`` to ``end`` (both included).

    ``person_ref`` is the e-mail address (command line) or the person's id (GUI).

    Raises:
        NotFound: for an unknown e-mail address or id.
        ServiceError: when the period ends before it starts.
    """
    if end < start:
        raise ServiceError("De einddatum ligt vóór de begindatum.")
    with db.read() as session:
        if isinstance(person_ref, int):
            person = session.get(Person, person_ref)
        else:
            person = session.scalars(
                select(Person).where(func.lower(Person.email) == person_ref.strip().lower())
            ).first()
        if person is None:
            raise NotFound(f"Er is geen persoon met e-mailadres '{person_ref}'.")
        entries = session.scalars(
            select(HoursEntry)
            .where(
                HoursEntry.person_id == person.id,
                HoursEntry.worked_on >= start,
                HoursEntry.worked_on <= end,
            )
            .options(selectinload(HoursEntry.initiative))
            .order_by(HoursEntry.worked_on, HoursEntry.id)
        ).all()
        rows = tuple(
            HoursRow(e.worked_on, e.initiative.name, e.minutes, e.activity) for e in entries
        )
        return HoursStatementData(
            person=person.full_name,
            start=start,
            end=end,
            printed_on=today or date.today(),
            rows=rows,
            initiatives=tuple(sorted({row.initiative for row in rows})),
        )
