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
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.enums import (
    Audience,
    ConsentPurpose,
    CostType,
    FundingStatus,
    InitiativeStatus,
    ObligationKind,
    PartnerKind,
    PartnerScope,
    PersonStatus,
    Role,
)
from flevodesk.domain.funding import ActualCost, BudgetLine, FundingApplication, Obligation
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative, TargetGroup, Theme
from flevodesk.domain.partners import Partner, PartnerContact
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent
from flevodesk.domain.schemes import FundingScheme
from flevodesk.services.reference import load_reference_data
from flevodesk.store.database import Database
from flevodesk.store.migrations import upgrade

TODAY = date(2026, 11, 1)
INITIATIVE = "Repair Café De Schroevendraaier"
REPORTED = "Gereedschap en koffie"
GRANTED = "Gereedschapskist 2026"


def _fill(db: Database) -> None:
    with db.write() as s:
        nop = s.scalars(select(Municipality).where(Municipality.name == "Noordoostpolder")).one()
        urk = s.scalars(select(Municipality).where(Municipality.name == "Urk")).one()
        emmeloord = s.scalars(select(Area).where(Area.name == "Emmeloord")).one()
        flever = s.scalars(
            select(Partner)
            .where(Partner.name == "Flever")
            .options(selectinload(Partner.audience_links))
        ).one()
        flever.audiences = [Audience.INITIATIEVEN, Audience.PROFESSIONALS]
        flever.email = "info@flever.nl"
        # The reference data has this funder already; the tests give it contact details.
        gemeente = s.scalars(
            select(Partner)
            .where(Partner.name == "Gemeente Noordoostpolder")
            .options(selectinload(Partner.audience_links), selectinload(Partner.contacts))
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
            budget_total=Decimal("6000.00"),
            own_contribution=Decimal("500.00"),
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
        for person in (ayse, sukru, henk, ingrid):
            # Consent for every purpose: the consent filters have tests of their own.
            person.consents = [
                Consent(purpose=purpose, given_on=date(2024, 1, 1)) for purpose in ConsentPurpose
            ]
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
                budget_lines=[
                    BudgetLine(
                        description="Koffie en thee",
                        cost_type=CostType.ETEN_EN_DRINKEN,
                        amount=Decimal("300.00"),
                    )
                ],
            )
        )
        _granted_application(s, cafe)


def _granted_application(s: Session, cafe: Initiative) -> None:
    """A grant under a scheme, with a budget, receipts, payments and obligations; plus a
    rejection, so the financing plan has every kind of line."""
    oranje = s.scalars(
        select(FundingScheme)
        .where(FundingScheme.name == "Oranje Fonds")
        .options(selectinload(FundingScheme.funder))
    ).one()
    provincie = s.scalars(select(Partner).where(Partner.name == "Provincie Flevoland")).one()
    tools = BudgetLine(
        description="Gereedschap", cost_type=CostType.MATERIAAL, amount=Decimal("1800.00")
    )
    coffee = BudgetLine(
        description="Koffie en thee",
        cost_type=CostType.ETEN_EN_DRINKEN,
        amount=Decimal("400.00"),
    )
    rent = BudgetLine(description="Huur De Deel", cost_type=CostType.HUUR, amount=Decimal("800.00"))
    granted = FundingApplication(
        initiative=cafe,
        funder=oranje.funder,
        funding_scheme=oranje,
        scheme=oranje.name,
        title=GRANTED,
        amount_requested=Decimal("3000.00"),
        amount_granted=Decimal("2500.00"),
        advance_received=Decimal("1875.00"),
        final_payment=Decimal("500.00"),
        repayment=Decimal("25.50"),
        status=FundingStatus.TOEGEKEND,
        submitted_on=date(2026, 3, 1),
        decided_on=date(2026, 4, 15),
        activity_date=date(2026, 9, 5),
        budget_lines=[tools, coffee, rent],
        actual_costs=[],  # empty but loaded: the receipts are added after the flush below
        obligations=[
            Obligation(kind=ObligationKind.INHOUDELIJK_EINDVERSLAG, due_date=date(2026, 12, 5)),
            Obligation(
                kind=ObligationKind.FINANCIEEL_VERSLAG,
                due_date=date(2026, 12, 5),
                done_on=date(2026, 10, 20),
            ),
        ],
    )
    s.add(granted)
    s.flush()  # the receipts refer to budget lines by id
    granted.actual_costs = [
        ActualCost(
            budget_line_id=tools.id,
            description="Accuboormachines",
            cost_type=CostType.MATERIAAL,
            amount=Decimal("1250.25"),
            paid_on=date(2026, 5, 2),
            receipt="bon-001.pdf",
        ),
        ActualCost(
            budget_line_id=tools.id,
            description="Soldeerstations",
            cost_type=CostType.MATERIAAL,
            amount=Decimal("549.75"),
            paid_on=date(2026, 5, 9),
        ),
        ActualCost(
            budget_line_id=coffee.id,
            description="Koffie voor het jaar",
            cost_type=CostType.ETEN_EN_DRINKEN,
            amount=Decimal("380.40"),
            paid_on=date(2026, 6, 1),
        ),
        ActualCost(
            description="Flyers",
            cost_type=CostType.PROMOTIE,
            amount=Decimal("99.99"),
            paid_on=date(2026, 6, 3),
        ),
    ]
    s.add(
        FundingApplication(
            initiative=cafe,
            funder=provincie,
            scheme="Fonds Leefbaarheid",
            amount_requested=Decimal("10000.00"),
            status=FundingStatus.AFGEWEZEN,
            submitted_on=date(2025, 9, 15),
            decided_on=date(2025, 11, 1),
            rejection_reason="Te klein voor dit fonds.",
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
        return s.scalars(
            select(FundingApplication.id).where(FundingApplication.title == REPORTED)
        ).one()


@pytest.fixture(scope="session")
def granted_id(report_db: Database) -> int:
    with report_db.read() as s:
        return s.scalars(
            select(FundingApplication.id).where(FundingApplication.title == GRANTED)
        ).one()
