"""A record's details hold everything its form shows, read in one transaction, and stay
correct after the session that read them is gone."""

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pytest

from flevodesk.domain.enums import ConsentPurpose, CostType, FundingStatus, Role, VogOutcome
from flevodesk.services.financing import financing_plan
from flevodesk.services.funding import FundingService, SchemeListing
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.listing import ListQuery, fetch_page
from flevodesk.services.lookups import Lookups
from flevodesk.services.partners import PartnerContactService, PartnerService
from flevodesk.services.persons import EngagementService, HoursService, PersonService
from flevodesk.services.privacy import (
    ConsentService,
    RoleRule,
    VogService,
    role_rules,
    save_role_rules,
)


def _initiative(db, name="Repair Café", municipality="Almere"):
    mid = next(m.id for m in Lookups(db).municipalities() if m.label == municipality)
    return InitiativeService(db).create({"name": name, "municipality_id": mid})


def _funder(db, name):
    return next(p.id for p in Lookups(db).partners() if p.label == name)


def test_person_details_hold_rows_in_form_order_and_the_vog_status(db):
    rules = role_rules(db)
    rules[Role.KARTREKKER] = RoleRule(Role.KARTREKKER, True, 3)
    save_role_rules(db, rules)
    initiative = _initiative(db)
    people = PersonService(db)
    person = people.create({"first_name": "Kees", "last_name": "Jansen"})
    today = date.today()
    EngagementService(db).start(person.id, initiative.id, Role.KARTREKKER, today)
    hours = HoursService(db)
    hours.log(person.id, initiative.id, today - timedelta(days=9), 1, 0)
    hours.log(person.id, initiative.id, today - timedelta(days=2), 2, 15, "Repareren")
    ConsentService(db).give(person.id, ConsentPurpose.CONTACT, today)

    shown = people.get(person.id)
    assert [(e.initiative_name, e.role) for e in shown.engagements] == [
        ("Repair Café", Role.KARTREKKER)
    ]
    assert [(h.minutes, h.initiative_name) for h in shown.hours] == [
        (135, "Repair Café"),
        (60, "Repair Café"),
    ]  # newest first, as the hours table lists them
    assert [c.purpose for c in shown.consents] == [ConsentPurpose.CONTACT]
    assert shown.vog.problem and shown.vog.required_for == (Role.KARTREKKER,)
    assert shown.changes and shown.changes[0].field  # the change log came along
    with pytest.raises(dataclasses.FrozenInstanceError):
        shown.last_name = "Anders"  # type: ignore[misc]

    VogService(db).record(person.id, {"seen_on": today, "outcome": VogOutcome.AFGEGEVEN})
    again = people.get(person.id)
    assert not again.vog.problem
    assert again.vog.valid_until is not None and again.vog.valid_until > today
    assert [v.outcome for v in again.vog_records] == [VogOutcome.AFGEGEVEN]


def test_initiative_details_carry_volunteers_and_the_financing_plan(db):
    initiative = _initiative(db)
    person = PersonService(db).create({"first_name": "Zoë", "last_name": "Çelik"})
    EngagementService(db).start(person.id, initiative.id, Role.VRIJWILLIGER, date(2026, 1, 5))
    service = InitiativeService(db)
    service.update(initiative.id, initiative.version, {"budget_total": Decimal("1000.00")})
    FundingService(db).create(
        {
            "initiative_id": initiative.id,
            "funder_id": _funder(db, "Gemeente Almere"),
            "amount_requested": Decimal("400.00"),
            "status": FundingStatus.INGEDIEND,
            "submitted_on": date(2026, 2, 1),
        }
    )
    shown = service.get(initiative.id)
    assert [(e.person_name, e.role) for e in shown.engagements] == [
        ("Zoë Çelik", Role.VRIJWILLIGER)
    ]
    assert shown.plan == financing_plan(db, initiative.id)
    assert shown.plan.pending == Decimal("400.00") and shown.plan.gap == Decimal("600.00")


def test_funding_details_offer_the_funders_schemes_and_the_chosen_ones_rules(db):
    initiative = _initiative(db)
    almere = _funder(db, "Gemeente Almere")
    listed = fetch_page(
        db, SchemeListing(), ListQuery(filters={"funder_id": almere}, sort="name", limit=None)
    ).rows
    wijkbudget = next(r.id for r in listed if r["name"] == "Wijkbudget")
    service = FundingService(db)
    created = service.create(
        {
            "initiative_id": initiative.id,
            "funder_id": almere,
            "scheme_id": wijkbudget,
            "amount_requested": Decimal("300.00"),
            "budget_lines": [
                {"description": "Koffie", "cost_type": CostType.ETEN_EN_DRINKEN, "amount": "40,00"}
            ],
        }
    )
    shown = service.get(created.id)
    # The picker offers what the schemes list shows for that funder, in the same order.
    assert [c.id for c in shown.funder_schemes] == [r.id for r in listed]
    assert (shown.initiative_name, shown.funder_name) == ("Repair Café", "Gemeente Almere")
    assert shown.funding_scheme is not None and shown.funding_scheme.name == "Wijkbudget"
    assert CostType.ETEN_EN_DRINKEN in shown.funding_scheme.excluded_cost_types()
    assert shown.funding_scheme == service.scheme_rules(wijkbudget)
    assert [(b.description, b.amount) for b in shown.budget_lines] == [("Koffie", Decimal("40.00"))]
    assert service.scheme_choices(almere) == shown.funder_schemes


def test_partner_details_hold_contacts_with_their_version_and_supported_initiatives(db):
    initiative = _initiative(db)
    partners = PartnerService(db)
    partner = partners.create({"name": "Buurtfonds", "scope": "gemeente"})
    InitiativeService(db).update(initiative.id, initiative.version, {"partners": [partner.id]})
    contacts = PartnerContactService(db)
    contact = contacts.create({"partner_id": partner.id, "name": "Marieke Vos"})
    contacts.update(contact.id, contact.version, {"phone": "0320 123456"})
    shown = partners.get(partner.id)
    assert [(c.name, c.phone, c.version) for c in shown.contacts] == [
        ("Marieke Vos", "0320-123456", 2)
    ]
    assert [i.name for i in shown.initiatives] == ["Repair Café"]
