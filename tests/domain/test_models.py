"""Every rule the models enforce, checked through a real flush into SQLite."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError

from flevodesk.domain.enums import Audience, FundingStatus, PartnerScope, PersonStatus, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.overview import Practice
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Engagement, HoursEntry, Person, clean_availability


def _add(db, *objects):
    with db.write() as session:
        session.add_all(objects)


def _municipality(session, name="Urk"):
    return session.scalars(select(Municipality).where(Municipality.name == name)).one()


def _expect(db, field, make):
    with pytest.raises(ValidationError) as caught, db.write() as session:
        session.add(make(session))
    assert caught.value.field == field
    return caught.value.message


def test_new_objects_hold_their_defaults_before_saving():
    person = Person(first_name="Kees", last_name="Jansen")
    assert person.status is PersonStatus.ACTIEF
    assert FundingApplication().status is FundingStatus.IN_VOORBEREIDING


def test_person_is_normalised_on_save(db):
    person = Person(
        first_name=" Zoë ",
        last_name="Çelik",
        email="Zoe@Example.NL",
        phone="612345678",
        postcode="8321ab",
        availability="za-middag, ma-ochtend",
    )
    _add(db, person)
    with db.read() as session:
        stored = session.get(Person, person.id)
        assert (stored.first_name, stored.email, stored.phone, stored.postcode) == (
            "Zoë",
            "zoe@example.nl",
            "06-12345678",
            "8321 AB",
        )
        assert stored.availability == "ma-ochtend,za-middag"
        assert stored.full_name == "Zoë Çelik"


def test_person_rules(db):
    assert "verplicht" in _expect(db, "last_name", lambda s: Person(first_name="Kees"))
    _expect(db, "email", lambda s: Person(first_name="K", last_name="J", email="kees@"))
    _expect(db, "status", lambda s: Person(first_name="K", last_name="J", left_on=date(2026, 1, 1)))
    _expect(
        db,
        "availability",
        lambda s: Person(first_name="K", last_name="J", availability="liefst niet in juli"),
    )


def test_availability_is_ordered_by_week():
    assert clean_availability("a", "zo-avond,ma-ochtend,ma-ochtend") == "ma-ochtend,zo-avond"
    assert clean_availability("a", " ") is None


def test_tussenvoegsel_in_names():
    person = Person(first_name="Ingrid", tussenvoegsel="van 't", last_name="Hof")
    assert person.full_name == "Ingrid van 't Hof"
    assert person.sort_name == "Hof, Ingrid van 't"


def test_initiative_rules(db):
    _expect(db, "municipality_id", lambda s: Initiative(name="Zonder gemeente"))
    _expect(
        db,
        "end_date",
        lambda s: Initiative(
            name="X",
            municipality=_municipality(s),
            start_date=date(2026, 5, 1),
            end_date=date(2026, 4, 1),
        ),
    )
    _expect(
        db,
        "location_until",
        lambda s: Initiative(
            name="X", municipality=_municipality(s), location_until=date(2026, 5, 1)
        ),
    )
    _expect(
        db,
        "contact_phone",
        lambda s: Initiative(name="X", municipality=_municipality(s), contact_phone="123"),
    )


def test_engagement_and_hours_rules(db):
    with db.write() as session:
        initiative = Initiative(name="Burenhulp", municipality=_municipality(session))
        person = Person(first_name="Jan", last_name="Smit")
        session.add_all([initiative, person])
    _expect(
        db,
        "until",
        lambda s: Engagement(
            person_id=person.id,
            initiative_id=initiative.id,
            role=Role.VRIJWILLIGER,
            since=date(2026, 3, 1),
            until=date(2026, 2, 1),
        ),
    )
    _expect(
        db,
        "minutes",
        lambda s: HoursEntry(
            person_id=person.id, initiative_id=initiative.id, worked_on=date(2026, 1, 5), minutes=0
        ),
    )
    _expect(
        db,
        "minutes",
        lambda s: HoursEntry(
            person_id=person.id,
            initiative_id=initiative.id,
            worked_on=date(2026, 1, 5),
            minutes=24 * 60 + 1,
        ),
    )
    _expect(
        db,
        "worked_on",
        lambda s: HoursEntry(
            person_id=person.id,
            initiative_id=initiative.id,
            worked_on=date.today() + timedelta(days=1),
            minutes=60,
        ),
    )


@pytest.mark.sqlite_only  # SQLite stores what it is given (typeof)
def test_hours_are_stored_as_whole_minutes(db):
    with db.write() as session:
        initiative = Initiative(name="Burenhulp", municipality=_municipality(session))
        person = Person(first_name="Jan", last_name="Smit")
        session.add(
            HoursEntry(
                person=person, initiative=initiative, worked_on=date(2026, 1, 5), minutes=150
            )
        )
    with db.read() as session:
        assert session.execute(
            text("SELECT typeof(minutes), minutes FROM hours_entries")
        ).one() == ("integer", 150)


def _application(session, **values):
    initiative = Initiative(name="Moestuin", municipality=_municipality(session))
    funder = session.scalars(select(Partner).where(Partner.name == "Flever")).one()
    return FundingApplication(initiative=initiative, funder=funder, **values)


def test_money_is_decimal_in_python_and_cents_in_the_database(db):
    with db.write() as session:
        application = _application(session, amount_requested=Decimal("1234.56"))
        session.add(application)
    with db.read() as session:
        assert session.get(FundingApplication, application.id).amount_requested == Decimal(
            "1234.56"
        )
        assert (
            session.execute(text("SELECT amount_requested FROM funding_applications")).scalar_one()
            == 123456
        )


def test_funding_rules(db):
    _expect(db, "amount_requested", lambda s: _application(s, amount_requested=Decimal("-5")))
    _expect(db, "submitted_on", lambda s: _application(s, status=FundingStatus.INGEDIEND))
    _expect(
        db,
        "rejection_category",
        lambda s: _application(
            s,
            status=FundingStatus.AFGEWEZEN,
            submitted_on=date(2026, 1, 1),
            decided_on=date(2026, 2, 1),
        ),
    )
    _expect(
        db,
        "amount_granted",
        lambda s: _application(
            s,
            status=FundingStatus.TOEGEKEND,
            submitted_on=date(2026, 1, 1),
            decided_on=date(2026, 2, 1),
        ),
    )
    _expect(
        db,
        "amount_granted",
        lambda s: _application(
            s,
            status=FundingStatus.TOEGEKEND,
            submitted_on=date(2026, 1, 1),
            decided_on=date(2026, 2, 1),
            amount_requested=Decimal(100),
            amount_granted=Decimal(200),
        ),
    )
    _expect(
        db,
        "decided_on",
        lambda s: _application(s, submitted_on=date(2026, 2, 1), decided_on=date(2026, 1, 1)),
    )
    _expect(db, "report_people_reached", lambda s: _application(s, report_people_reached=-1))


def test_versions_count_up_and_a_stale_write_is_refused(db):
    with db.write() as session:
        person = Person(first_name="Jan", last_name="Smit")
        session.add(person)
    assert person.version == 1
    with db.write() as session:
        session.get(Person, person.id).notes = "Heeft een auto"
    with db.read() as session:
        assert session.get(Person, person.id).version == 2
    with pytest.raises(StaleDataError), db.write() as session:
        stale = session.get(Person, person.id)
        session.execute(text("UPDATE persons SET version = 7 WHERE id = :id"), {"id": person.id})
        stale.notes = "overschreven"


def test_partner_audiences_follow_the_legend_order(db):
    with db.write() as session:
        partner = Partner(name="Test", scope=PartnerScope.LANDELIJK)
        partner.audiences = [Audience.PROFESSIONALS, Audience.INWONERS]
        session.add(partner)
    with db.read() as session:
        stored = session.get(Partner, partner.id, options=[selectinload(Partner.audience_links)])
        assert stored.audiences == [Audience.INWONERS, Audience.PROFESSIONALS]


def test_practice_names_are_printed_like_the_seed(db):
    with db.read() as session:
        names = [
            p.display_name
            for p in session.scalars(
                select(Practice)
                .order_by(Practice.position)
                .options(selectinload(Practice.municipalities))
            )
        ]
    assert names == [
        "Ideeënmarkt (NOP, Zeewolde)",
        "Het beste idee van Dronten",
        "Ideeënmakelaar (Lelystad)",
        "Gebiedsregisseurs en team IGW (NOP)",
        "Gebiedsteam (Almere)",
        "Participatieleidraad (Lelystad)",
        "Participatiebeleid (Almere)",
        "MeerSamen-agenda, Dronten",
        "Bouwbegeleiding voor Collectief Particulier Opdrachtgeverschap (CPO), NOP",
    ]


@pytest.mark.sqlite_only  # SQLite is asked to enforce them per connection (a pragma)
def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as session:
        session.execute(
            text(
                "INSERT INTO engagements (person_id, initiative_id, role, since, version, "
                "created_at, updated_at) VALUES (999, 999, 'vrijwilliger', '2026-01-01', 1, "
                "'2026-01-01', '2026-01-01')"
            )
        )
