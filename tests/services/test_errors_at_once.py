"""A save that breaks several rules, across fields too, names all of them at once."""

from datetime import date
from decimal import Decimal

import pytest

from flevodesk.domain.enums import FundingStatus, PersonStatus, Role
from flevodesk.domain.errors import ValidationError, ValidationErrors
from flevodesk.services.error_text import known_message
from flevodesk.services.funding import FundingService
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.lookups import Lookups
from flevodesk.services.persons import EngagementService, PersonService


def _fields(error: ValidationError) -> dict[str, str]:
    return {part.field: part.message for part in error.each}


def test_a_person_who_left_yet_is_active_with_a_wrong_email_gets_both_errors(db):
    with pytest.raises(ValidationErrors) as caught:
        PersonService(db).create(
            {
                "first_name": "Piet",
                "last_name": "Kok",
                "email": "piet@",
                "postcode": "12AB",
                "status": PersonStatus.ACTIEF,
                "left_on": date(2026, 3, 1),
            }
        )
    found = _fields(caught.value)
    assert list(found) == ["email", "postcode", "status"]
    assert "geen geldig e-mailadres" in found["email"]
    assert found["status"] == "een vertrokken persoon kan niet actief zijn"
    # Code that shows one message still finds the first.
    assert (caught.value.field, caught.value.message) == ("email", found["email"])


def test_a_single_broken_rule_stays_a_plain_validation_error(db):
    with pytest.raises(ValidationError) as caught:
        PersonService(db).create({"first_name": "Piet", "last_name": "Kok", "email": "piet@"})
    assert type(caught.value) is ValidationError
    assert caught.value.each == (caught.value,)


def test_an_application_decided_before_it_was_submitted_and_reported_before_that(db):
    lookups = Lookups(db)
    municipality = next(m.id for m in lookups.municipalities() if m.label == "Urk")
    initiative = InitiativeService(db).create(
        {"name": "Burenhulp", "municipality_id": municipality}
    )
    funder = next(p.id for p in lookups.partners() if p.label == "Oranje Fonds")
    with pytest.raises(ValidationErrors) as caught:
        FundingService(db).create(
            {
                "initiative_id": initiative.id,
                "funder_id": funder,
                "amount_requested": Decimal("500.00"),
                "amount_granted": Decimal("900.00"),
                "status": FundingStatus.TOEGEKEND,
                "submitted_on": date(2026, 5, 1),
                "decided_on": date(2026, 4, 1),
                "reported_on": date(2026, 3, 1),
            }
        )
    assert _fields(caught.value) == {
        "decided_on": "ligt vóór de datum van indienen",
        "reported_on": "ligt vóór de datum van het besluit",
        "amount_granted": "is hoger dan het aangevraagde bedrag",
    }


def test_an_initiative_ending_before_it_starts_on_a_fixed_spot_until_a_date(db):
    lookups = Lookups(db)
    municipality = next(m.id for m in lookups.municipalities() if m.label == "Urk")
    with pytest.raises(ValidationErrors) as caught:
        InitiativeService(db).create(
            {
                "name": "Burenhulp",
                "municipality_id": municipality,
                "start_date": date(2026, 5, 1),
                "end_date": date(2026, 4, 1),
                "location_temporary": False,
                "location_until": date(2026, 6, 1),
                "contact_email": "info@",
            }
        )
    assert set(_fields(caught.value)) == {"end_date", "location_until", "contact_email"}


def test_an_engagement_needs_its_start_and_a_later_end(db):
    person = PersonService(db).create({"first_name": "Piet", "last_name": "Kok"})
    lookups = Lookups(db)
    municipality = next(m.id for m in lookups.municipalities() if m.label == "Urk")
    initiative = InitiativeService(db).create(
        {"name": "Burenhulp", "municipality_id": municipality}
    )
    with pytest.raises(ValidationError) as caught:
        EngagementService(db).create(
            {
                "person_id": person.id,
                "initiative_id": initiative.id,
                "role": Role.VRIJWILLIGER,
                "since": date(2026, 5, 1),
                "until": date(2026, 4, 1),
            }
        )
    assert _fields(caught.value) == {"until": "ligt vóór de startdatum van de inzet"}


def test_a_message_outside_a_form_names_every_broken_rule():
    together = ValidationErrors(
        [ValidationError("email", "is geen geldig e-mailadres"), ValidationError("", "te laat")]
    )
    assert known_message(together) == "email: is geen geldig e-mailadres; te laat"
