"""Consent per purpose, and where personal data leaves the program only with consent."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import ConsentPurpose, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Engagement, Person
from flevodesk.reports.phonelist import render_phonelist
from flevodesk.services.exporting import export_table
from flevodesk.services.listing import ListQuery
from flevodesk.services.persons import PartnerVolunteerListing
from flevodesk.services.printouts.initiative import initiative_handout_data
from flevodesk.services.printouts.initiatives import all_handouts_data
from flevodesk.services.printouts.volunteers import phonelist_data
from flevodesk.services.privacy import ConsentService
from tests.privacy.conftest import TODAY, add_person, consent
from tests.reports.helpers import page_texts


def _initiative(db):
    with db.read() as session:
        return session.scalars(select(Initiative)).one()


def test_a_consent_is_withdrawn_after_it_was_given(db, ayse):
    service = ConsentService(db)
    given = service.give(ayse, ConsentPurpose.FOTO_PUBLICATIE, date(2025, 5, 1))
    with pytest.raises(ValidationError) as caught:
        service.withdraw(given.id, date(2025, 4, 1))
    assert caught.value.field == "withdrawn_on"
    withdrawn = service.withdraw(given.id, date(2025, 6, 1))
    assert withdrawn.is_valid(date(2025, 5, 31)) and not withdrawn.is_valid(date(2025, 6, 1))


def test_a_kartrekker_is_named_on_a_handout_only_with_publication_consent(db, ayse):
    other = add_person(db, "piet@voorbeeld.nl", role=Role.KARTREKKER, first_name="Piet")
    consent(db, other, ConsentPurpose.FOTO_PUBLICATIE)
    initiative = _initiative(db)
    names = initiative_handout_data(db, initiative.id, TODAY).contact_names
    assert names == ("Piet Jansen",)  # Ayşe agreed to contact, not to publication
    consent(db, ayse, ConsentPurpose.FOTO_PUBLICATIE, withdrawn_on=date(2026, 1, 1))
    assert initiative_handout_data(db, initiative.id, TODAY).contact_names == ("Piet Jansen",)
    consent(db, ayse, ConsentPurpose.FOTO_PUBLICATIE, given_on=date(2026, 2, 1))
    assert len(initiative_handout_data(db, initiative.id, TODAY).contact_names) == 2


def test_the_phone_list_holds_only_who_may_be_contacted(db, ayse):
    add_person(db, "zonder@voorbeeld.nl", first_name="Zonder", phone="06-11112222")
    rows = phonelist_data(db, _initiative(db).name, TODAY).rows
    # "de" stays with the surname on paper: a no-break space binds them.
    assert [r.name for r in rows] == ["Ayşe de\u00a0Yılmazvries"]


def test_the_phone_list_says_how_many_volunteers_it_leaves_out_for_lack_of_consent(db, ayse):
    for name in ("Zonder", "Geen", "Nooit"):
        add_person(db, f"{name.lower()}@voorbeeld.nl", first_name=name, phone="06-11112222")
    withdrawn = add_person(db, "weg@voorbeeld.nl", first_name="Ingetrokken")
    consent(db, withdrawn, ConsentPurpose.CONTACT, withdrawn_on=date(2026, 1, 1))
    data = phonelist_data(db, _initiative(db).name, TODAY)
    assert len(data.rows) == 1
    assert data.without_consent == 4
    out = io.BytesIO()
    render_phonelist(data, out)
    text = " ".join(page_texts(out.getvalue()))
    assert (
        "4 vrijwilligers staan niet op deze lijst omdat zij geen toestemming gaven voor het "
        "delen van contactgegevens." in text
    )


def test_a_phone_list_that_leaves_nobody_out_does_not_mention_consent(db, ayse):
    data = phonelist_data(db, _initiative(db).name, TODAY)
    assert data.without_consent == 0
    out = io.BytesIO()
    render_phonelist(data, out)
    assert "toestemming" not in " ".join(page_texts(out.getvalue()))


def test_the_export_for_partners_leaves_out_who_did_not_consent_to_sharing(db, ayse, tmp_path):
    shared = add_person(db, "deelt@voorbeeld.nl", first_name="Deelt", phone="06-99998888")
    consent(db, shared, ConsentPurpose.DELEN_MET_PARTNERS)
    withdrawn = add_person(db, "niet.meer@voorbeeld.nl", first_name="Ingetrokken")
    consent(db, withdrawn, ConsentPurpose.DELEN_MET_PARTNERS, withdrawn_on=date(2026, 1, 1))
    path = tmp_path / "partners.csv"
    assert export_table(db, PartnerVolunteerListing(), ListQuery(), path, "csv") == 1
    text = path.read_text(encoding="utf-8-sig")
    assert "deelt@voorbeeld.nl" in text and "06-99998888" in text
    for absent in ("ayse", "Ingetrokken", "Status", "VOG"):
        assert absent not in text


def test_consents_are_kept_per_person_and_purpose(db, ayse):
    with db.read() as session:
        person = session.get(Person, ayse, options=[selectinload(Person.consents)])
        assert person.has_consent(ConsentPurpose.CONTACT, TODAY)
        assert not person.has_consent(ConsentPurpose.DELEN_MET_PARTNERS, TODAY)


def test_a_kartrekker_is_named_exactly_on_the_days_the_engagement_runs(db, ayse):
    # The handout query leaves out engagements that do not run on the day; the days it
    # keeps must be the ones the engagement itself counts, first and last day included.
    piet = add_person(db, "piet@voorbeeld.nl", role=Role.KARTREKKER, first_name="Piet")
    consent(db, piet, ConsentPurpose.FOTO_PUBLICATIE)
    later = add_person(db, "later@voorbeeld.nl", role=Role.COORDINATOR, first_name="Later")
    consent(db, later, ConsentPurpose.FOTO_PUBLICATIE)
    with db.write() as session:
        for engagement in session.scalars(select(Engagement)):
            if engagement.person_id == piet:
                engagement.until = TODAY
            elif engagement.person_id == later:
                engagement.since = TODAY + timedelta(days=1)
    initiative = _initiative(db)

    def named(day: date) -> tuple[str, ...]:
        one = initiative_handout_data(db, initiative.id, day).contact_names
        assert all_handouts_data(db, today=day)[0].contact_names == one
        return one

    assert named(TODAY) == ("Piet Jansen",)
    assert named(TODAY + timedelta(days=1)) == ("Later Jansen",)
    assert named(date(2024, 12, 31)) == ()
