"""A volunteer with everything the AVG rules look at: consents, a VOG, an engagement, hours."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from flevodesk.domain.enums import ConsentMethod, ConsentPurpose, Role, VogOutcome
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent, VogRecord
from flevodesk.store.database import Database

TODAY = date(2026, 11, 28)


def add_person(db: Database, email: str, *, role: Role = Role.VRIJWILLIGER, **values) -> int:
    """A person engaged in the reference initiative since 2025, with a few hours."""
    with db.write() as session:
        initiative = session.scalars(select(Initiative)).first() or Initiative(
            name="Repair Café Lelystad",
            municipality=session.scalars(select(Municipality).order_by(Municipality.name)).first(),
        )
        person = Person(email=email, **{"first_name": "Kees", "last_name": "Jansen", **values})
        person.engagements.append(
            Engagement(initiative=initiative, role=role, since=date(2025, 1, 1))
        )
        person.hours.append(
            HoursEntry(initiative=initiative, worked_on=date(2025, 3, 1), minutes=90)
        )
        session.add(person)
        session.flush()
        return person.id


def consent(db: Database, person_id: int, purpose: ConsentPurpose, **values) -> None:
    with db.write() as session:
        session.add(
            Consent(
                person_id=person_id,
                purpose=purpose,
                given_on=values.pop("given_on", date(2025, 1, 1)),
                method=ConsentMethod.FORMULIER,
                **values,
            )
        )


def vog(db: Database, person_id: int, seen_on: date, **values) -> None:
    with db.write() as session:
        session.add(
            VogRecord(person_id=person_id, seen_on=seen_on, outcome=VogOutcome.AFGEGEVEN, **values)
        )


@pytest.fixture
def ayse(db: Database) -> int:
    """Ayşe Yılmaz-de Vries: a kartrekker with an address, notes and a VOG."""
    person_id = add_person(
        db,
        "ayse.yilmaz@voorbeeld.nl",
        role=Role.KARTREKKER,
        first_name="Ayşe",
        tussenvoegsel="de",
        last_name="Yılmazvries",
        phone="06-24681357",
        address="Zuiderzeestraat 9",
        postcode="8224 AB",
        place="Lelystad",
        birth_year=1979,
        notes="Belt liever na 18 uur",
    )
    consent(db, person_id, ConsentPurpose.CONTACT)
    vog(db, person_id, date(2025, 2, 1), screening_profile="Omgang met minderjarigen")
    return person_id
