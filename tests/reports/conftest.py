"""A database with the seed's reference data and a small fictional initiative around it.

Built once per session (the printout tests only read), so the folder stays fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from flevodesk.domain.enums import (
    Audience,
    FundingStatus,
    InitiativeStatus,
    PartnerKind,
    PartnerScope,
    PersonStatus,
    Role,
)
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative, TargetGroup, Theme
from flevodesk.domain.partners import Partner, PartnerContact
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.services.reference import load_reference_data
from flevodesk.store.database import Database
from flevodesk.store.migrations import upgrade

TODAY = date(2026, 11, 1)
INITIATIVE = "Repair Café De Schroevendraaier"


def _fill(db: Database) -> None:
    with db.write() as s:
        nop = s.scalars(select(Municipality).where(Municipality.name == "Noordoostpolder")).one()
        urk = s.scalars(select(Municipality).where(Municipality.name == "Urk")).one()
        emmeloord = s.scalars(select(Area).where(Area.name == "Emmeloord")).one()
        flever = s.scalars(select(Partner).where(Partner.name == "Flever")).one()
        flever.audiences = [Audience.INITIATIEVEN, Audience.PROFESSIONALS]
        flever.email = "info@flever.nl"
        # The reference data has this funder already; the tests give it contact details.
        gemeente = s.scalars(
            select(Partner).where(Partner.name == "Gemeente Noordoostpolder")
        ).one()
        assert (gemeente.scope, gemeente.kind, gemeente.municipality) == (
            PartnerScope.GEMEENTE,
            PartnerKind.GEMEENTE,
            nop,
        )
        gemeente.offers = "Initiatievenbudget en een gebiedsregisseur per kern."
        gemeente.website = "https://www.noordoostpolder.nl"
        gemeente.phone = "0527-633911"
        gemeente.audiences = [Audience.INWONERS, Audience.INITIATIEVEN, Audience.GEMEENTEN]
        gemeente.contacts = [
            PartnerContact(
                name="Ingrid Bakker",
                role="Gebiedsregisseur",
                email="i.bakker@noordoostpolder.nl",
                phone="06-12345678",
            )
        ]
        s.add(gemeente)
        themes = s.scalars(
            select(Theme).where(Theme.name.in_(["Duurzaamheid", "Ontmoeting"]))
        ).all()
        groups = s.scalars(select(TargetGroup).where(TargetGroup.name == "Jong en oud")).all()
        cafe = Initiative(
            name=INITIATIVE,
            municipality=nop,
            area=emmeloord,
            status=InitiativeStatus.ACTIEF,
            description="Buurtbewoners repareren samen kapotte spullen: fietsen, lampen, "
            "kleding. Gezellig en goed voor het milieu.",
            goal="Minder weggooien en meer ontmoeten; ideeën delen tussen jong en oud.",
            location="Buurthuis De Deel, Emmeloord",
            location_temporary=True,
            location_until=date(2027, 6, 30),
            schedule="Elke eerste zaterdag, 10:00-13:00",
            website="https://repaircafe.example.nl",
            contact_email="info@repaircafe.example.nl",
            contact_phone="0527-123456",
            how_to_join="Kom langs met je kapotte spullen of meld je aan als reparateur.",
            open_roles="Reparateurs met verstand van elektronica\nGastvrouwen en -heren",
            story="Het begon met een kapotte stofzuiger.\n\nNu komen er elke maand veertig "
            "mensen, ook uit Şükrü's straat.",
            themes=list(themes),
            target_groups=list(groups),
            partners=[flever, gemeente],
        )
        s.add(cafe)
        s.add(
            Initiative(name="Buurtmoestuin Urk", municipality=urk, status=InitiativeStatus.OPSTART)
        )
        s.add(
            Initiative(name="Oude koffieochtend", municipality=nop, status=InitiativeStatus.GESTOPT)
        )
        ayse = Person(
            first_name="Ayşe",
            last_name="Çelik",
            email="ayse@example.nl",
            phone="06-11112222",
            availability="za-ochtend",
        )
        sukru = Person(
            first_name="Şükrü",
            last_name="Yılmaz",
            email="sukru@example.nl",
            phone="06-33334444",
            address="Kampwal 12",
            postcode="8301 AB",
            place="Emmeloord",
            birth_year=1958,
            availability="ma-ochtend,ma-middag,za-middag",
        )
        henk = Person(
            first_name="Henk",
            tussenvoegsel="de",
            last_name="Vries",
            email="henk@example.nl",
            phone="06-55556666",
        )
        ingrid = Person(
            first_name="Ingeborg",
            last_name="Smit",
            email="ingeborg@example.nl",
            phone="06-77778888",
            status=PersonStatus.INACTIEF,
        )
        s.add_all([ayse, sukru, henk, ingrid])
        s.add_all(
            [
                Engagement(
                    person=ayse, initiative=cafe, role=Role.KARTREKKER, since=date(2024, 1, 1)
                ),
                Engagement(
                    person=sukru, initiative=cafe, role=Role.VRIJWILLIGER, since=date(2024, 3, 1)
                ),
                # Stopped last year: must appear on no printout any more.
                Engagement(
                    person=henk,
                    initiative=cafe,
                    role=Role.KARTREKKER,
                    since=date(2023, 1, 1),
                    until=date(2025, 12, 31),
                ),
                Engagement(
                    person=ingrid, initiative=cafe, role=Role.KARTREKKER, since=date(2024, 1, 1)
                ),
            ]
        )
        for day, minutes, activity in (
            (date(2026, 2, 7), 180, "Fietsen repareren"),
            (date(2026, 3, 7), 185, "Lampen en snoeren"),
            (date(2026, 4, 4), 90, None),
            (date(2025, 12, 6), 120, "Voor de aanvraag: buiten de periode"),
        ):
            s.add(
                HoursEntry(
                    person=sukru, initiative=cafe, worked_on=day, minutes=minutes, activity=activity
                )
            )
        s.add(
            HoursEntry(
                person=ayse,
                initiative=cafe,
                worked_on=date(2026, 3, 7),
                minutes=240,
                activity="Coördinatie",
            )
        )
        s.add(
            FundingApplication(
                initiative=cafe,
                funder=gemeente,
                scheme="Initiatievenbudget",
                title="Gereedschap en koffie",
                amount_requested=Decimal("2500.00"),
                amount_granted=Decimal("1234.56"),
                report_costs=Decimal("1100.10"),
                status=FundingStatus.AFGEROND,
                deadline=date(2026, 1, 15),
                submitted_on=date(2026, 1, 10),
                decided_on=date(2026, 2, 1),
                accountability_due=date(2026, 10, 1),
                reported_on=date(2026, 9, 20),
                report_people_reached=412,
                report_activities=9,
                report_volunteers=7,
                report_story="We hebben 9 keer een repair café gehouden.",
            )
        )


@pytest.fixture(scope="session")
def report_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Reference data plus one fictional initiative with volunteers, hours and funding."""
    path: Path = tmp_path_factory.mktemp("reports") / "t.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db, None)
    with db.write() as session:
        load_reference_data(session)
    _fill(db)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def cafe_id(report_db: Database) -> int:
    with report_db.read() as s:
        return s.scalars(select(Initiative.id).where(Initiative.name == INITIATIVE)).one()


@pytest.fixture(scope="session")
def application_id(report_db: Database) -> int:
    with report_db.read() as s:
        return s.scalars(select(FundingApplication.id)).one()
