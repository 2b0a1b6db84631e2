"""The urenverklaring: one volunteer's hours over a period, to be signed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from flevodesk.domain.messages import message
from flevodesk.domain.people import HoursEntry, Person
from flevodesk.reports.data import HoursRow, HoursStatementData
from flevodesk.services.errors import NotFound, ServiceError
from flevodesk.services.printouts.declaration import Input, Printout, Request, need, slug
from flevodesk.store.database import Database


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
        raise ServiceError(message("De einddatum ligt vóór de begindatum."))
    with db.read() as session:
        if isinstance(person_ref, int):
            person = session.get(Person, person_ref)
        else:
            person = session.scalars(
                select(Person).where(func.lower(Person.email) == person_ref.strip().lower())
            ).first()
        if person is None:
            raise NotFound(
                message("Er is geen persoon met e-mailadres '{email}'.", email=person_ref)
            )
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
            person=person.printed_name,
            start=start,
            end=end,
            printed_on=today or date.today(),
            rows=rows,
            initiatives=tuple(sorted({row.initiative for row in rows})),
        )


def _build(db: Database, request: Request) -> HoursStatementData:
    person = request.person
    return hours_statement_data(
        db,
        person.id if person.id is not None else person.name,
        need(request.start),
        need(request.end),
    )


PRINTOUT = Printout(
    key="hours",
    title="Urenverklaring",
    description="De uren van één vrijwilliger over een periode, om te laten tekenen.",
    build=_build,
    renderer="flevodesk.reports.hours:render_hours_statement",
    names_persons=True,
    inputs=(Input.PERSON, Input.PERIOD),
    command="hours",
    menu="&Urenverklaring afdrukken",
    file_name=lambda request: f"urenverklaring-{slug(request.person.name)}.pdf",
)
