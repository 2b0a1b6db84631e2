"""Create, read, update and delete through the services, as the GUI and CLI do."""

from datetime import date
from decimal import Decimal

import pytest

from flevodesk.domain.enums import FundingStatus, InitiativeStatus, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.services.errors import Conflict, InUse, NotFound
from flevodesk.services.funding import FundingService
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.lookups import Lookups
from flevodesk.services.partners import PartnerContactService, PartnerService
from flevodesk.services.persons import EngagementService, HoursService, PersonService


@pytest.fixture
def lookups(db):
    return Lookups(db)


def _municipality(lookups, name):
    return next(m.id for m in lookups.municipalities() if m.label == name)


def _initiative(db, lookups, name="Repair Café", municipality="Dronten", **extra):
    return InitiativeService(db).create(
        {"name": name, "municipality_id": _municipality(lookups, municipality), **extra}
    )


def test_create_returns_the_details_with_the_linked_names(db, lookups):
    themes = [t.id for t in lookups.themes()[:2]]
    initiative = _initiative(db, lookups, themes=themes, status=InitiativeStatus.ACTIEF)
    assert initiative.id and initiative.version == 1
    assert initiative.municipality == "Dronten"
    assert sorted(t.id for t in initiative.themes) == sorted(themes)


def test_an_invalid_create_stores_nothing(db, lookups):
    service = InitiativeService(db)
    with pytest.raises(ValidationError) as caught:
        service.create(
            {"name": "X", "municipality_id": _municipality(lookups, "Urk"), "contact_email": "nee"}
        )
    assert caught.value.field == "contact_email"
    assert lookups.initiatives() == []


def test_area_must_lie_in_the_chosen_municipality(db, lookups):
    emmeloord = next(a for a in lookups.areas() if a.label == "Emmeloord")
    with pytest.raises(ValidationError) as caught:
        _initiative(db, lookups, municipality="Urk", area_id=emmeloord.id)
    assert caught.value.field == "area_id"
    assert (
        _initiative(db, lookups, municipality="Noordoostpolder", area_id=emmeloord.id).area
        == "Emmeloord"
    )


def test_a_duplicate_name_is_reported_on_its_field(db, lookups):
    _initiative(db, lookups)
    with pytest.raises(ValidationError) as caught:
        _initiative(db, lookups)
    assert caught.value.field == "name"
    assert caught.value.message == "deze waarde bestaat al"


def test_update_checks_the_version_it_was_read_at(db, lookups):
    service = InitiativeService(db)
    initiative = _initiative(db, lookups)
    updated = service.update(initiative.id, initiative.version, {"goal": "Minder afval"})
    assert (updated.goal, updated.version) == ("Minder afval", 2)
    with pytest.raises(Conflict, match=r"heeft het initiatief .*om ..:.. gewijzigd"):
        service.update(initiative.id, initiative.version, {"goal": "Iets anders"})
    assert service.get(initiative.id).goal == "Minder afval"


def test_an_invalid_update_changes_nothing(db, lookups):
    service = InitiativeService(db)
    initiative = _initiative(db, lookups)
    with pytest.raises(ValidationError):
        service.update(initiative.id, 1, {"goal": "Nieuw", "contact_phone": "12"})
    assert service.get(initiative.id).goal is None


def test_deleting_an_initiative_says_and_takes_what_goes_with_it(db, lookups):
    initiative = _initiative(db, lookups)
    person = PersonService(db).create({"first_name": "Kees", "last_name": "Jansen"})
    EngagementService(db).start(person.id, initiative.id, Role.VRIJWILLIGER, date(2026, 1, 1))
    HoursService(db).log(person.id, initiative.id, date(2026, 2, 1), 2, 0)
    HoursService(db).log(person.id, initiative.id, date(2026, 2, 8), 1, 30)
    flever = next(p.id for p in lookups.partners() if p.label == "Flever")
    FundingService(db).create(
        {"initiative_id": initiative.id, "funder_id": flever, "amount_requested": Decimal("250.00")}
    )
    service = InitiativeService(db)
    assert service.delete_impact(initiative.id) == [
        "1 inzet van een vrijwilliger",
        "2 urenregels",
        "1 financieringsaanvraag",
    ]
    service.delete(initiative.id)
    with pytest.raises(NotFound):
        service.get(initiative.id)
    # The person stays; their engagement and hours for this initiative are gone.
    kept = PersonService(db).get(person.id)
    assert kept.engagements == () and kept.hours == ()


def test_a_funder_with_applications_cannot_be_deleted(db, lookups):
    initiative = _initiative(db, lookups)
    flever = next(p.id for p in lookups.partners() if p.label == "Flever")
    FundingService(db).create(
        {"initiative_id": initiative.id, "funder_id": flever, "amount_requested": Decimal("100")}
    )
    with pytest.raises(InUse, match="financier van 1 aanvraag"):
        PartnerService(db).delete(flever)
    assert PartnerService(db).get(flever).name == "Flever"


def test_deleting_a_partner_takes_its_contacts(db):
    partners = PartnerService(db)
    partner = partners.create({"name": "Buurtfonds", "scope": "gemeente"})
    PartnerContactService(db).create(
        {"partner_id": partner.id, "name": "Marieke Vos", "email": "m.vos@example.nl"}
    )
    assert partners.delete_impact(partner.id) == ["1 contactpersoon"]
    partners.delete(partner.id)
    with pytest.raises(NotFound):
        partners.get(partner.id)


def test_deleting_a_person_takes_engagements_and_hours(db, lookups):
    initiative = _initiative(db, lookups)
    person = PersonService(db).create({"first_name": "Kees", "last_name": "Jansen"})
    EngagementService(db).start(person.id, initiative.id, Role.KARTREKKER, date(2026, 1, 1))
    HoursService(db).log(person.id, initiative.id, date(2026, 2, 1), 1, 0)
    assert PersonService(db).delete_impact(person.id) == ["1 inzet", "1 urenregel"]
    PersonService(db).delete(person.id)
    assert InitiativeService(db).get(initiative.id).engagements == ()


def test_hours_are_logged_in_hours_and_minutes_and_summed(db, lookups):
    initiative = _initiative(db, lookups)
    person = PersonService(db).create({"first_name": "Zoë", "last_name": "Çelik"})
    hours = HoursService(db)
    hours.log(person.id, initiative.id, date(2026, 3, 1), 2, 30, "Repareren")
    hours.log(person.id, initiative.id, date(2026, 4, 1), 0, 45)
    assert hours.total(person.id).label == "3:15 uur"
    assert hours.total(person.id, start=date(2026, 3, 15)).minutes == 45
    with pytest.raises(ValidationError, match="60"):
        hours.log(person.id, initiative.id, date(2026, 3, 1), 1, 75)
    with pytest.raises(ValidationError):
        hours.log(person.id, initiative.id, date(2026, 3, 1), 0, 0)


def test_an_engagement_ends(db, lookups):
    initiative = _initiative(db, lookups)
    person = PersonService(db).create({"first_name": "Jan", "last_name": "Smit"})
    engagements = EngagementService(db)
    engagement = engagements.start(person.id, initiative.id, Role.VRIJWILLIGER, date(2026, 1, 1))
    assert engagements.end(engagement.id, date(2026, 6, 30)).until == date(2026, 6, 30)
    with pytest.raises(ValidationError) as caught:
        engagements.end(engagement.id, date(2025, 12, 31))
    assert caught.value.field == "until"


def test_funding_status_flow_with_decimal_amounts(db, lookups):
    initiative = _initiative(db, lookups)
    flever = next(p.id for p in lookups.partners() if p.label == "Flever")
    service = FundingService(db)
    application = service.create(
        {"initiative_id": initiative.id, "funder_id": flever, "amount_requested": "1.250,50"}
    )
    assert application.amount_requested == Decimal("1250.50")
    granted = service.update(
        application.id,
        application.version,
        {
            "status": FundingStatus.DEELS_TOEGEKEND,
            "submitted_on": date(2026, 1, 10),
            "decided_on": date(2026, 2, 1),
            "amount_granted": Decimal("600.25"),
        },
    )
    assert granted.amount_granted == Decimal("600.25")
    assert granted.funder_name == "Flever"


def test_unknown_ids_are_reported_in_dutch(db):
    with pytest.raises(NotFound, match="bestaat niet"):
        PersonService(db).get(12345)
    with pytest.raises(NotFound, match="Geen persoon met e-mailadres"):
        PersonService(db).find_by_email("niemand@example.nl")
