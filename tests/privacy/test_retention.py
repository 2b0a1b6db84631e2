"""Retention: quiet persons are proposed until the user keeps (with reason) or anonymises."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from flevodesk.domain.errors import ValidationError
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent, PersonChange, VogRecord
from flevodesk.services.erasure import (
    erase_person,
    keep_person,
    months_before,
    retention_proposals,
)
from flevodesk.services.privacy import PrivacySettings, save_settings
from flevodesk.services.privacy_reminders import privacy_work_items
from flevodesk.services.worklist import WorkKind
from tests.privacy.conftest import TODAY, add_person

LONG_AGO = datetime(2023, 1, 1, tzinfo=UTC)


def _quiet(db, person_id):
    """Make a person's whole history three years old."""
    with db.write() as session:
        session.execute(
            update(Engagement)
            .where(Engagement.person_id == person_id)
            .values(since=date(2022, 1, 1), until=date(2023, 1, 1))
        )
        session.execute(
            update(HoursEntry)
            .where(HoursEntry.person_id == person_id)
            .values(worked_on=date(2022, 6, 1))
        )
        session.execute(
            update(Consent).where(Consent.person_id == person_id).values(given_on=date(2022, 1, 1))
        )
        session.execute(
            update(VogRecord)
            .where(VogRecord.person_id == person_id)
            .values(seen_on=date(2022, 1, 1), valid_until=date(2025, 1, 1))
        )
        session.execute(
            update(PersonChange)
            .where(PersonChange.person_id == person_id)
            .values(changed_at=LONG_AGO)
        )
        session.execute(update(Person).where(Person.id == person_id).values(created_at=LONG_AGO))


def test_months_before_clips_to_the_end_of_the_month():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 11, 28), 24) == date(2024, 11, 28)


def test_a_quiet_person_is_proposed_until_a_decision(db, ayse):
    active = add_person(db, "actief@voorbeeld.nl", first_name="Actief")
    assert retention_proposals(db, TODAY) == []
    _quiet(db, ayse)
    [proposal] = retention_proposals(db, TODAY)
    assert (proposal.person_id, proposal.last_activity) == (ayse, date(2023, 1, 1))
    assert privacy_work_items(db, TODAY)[WorkKind.RETENTION_REVIEW][0].record_id == ayse
    save_settings(db, PrivacySettings(retention_months=60))
    assert retention_proposals(db, TODAY) == []
    save_settings(db, PrivacySettings(retention_months=24))
    assert active not in [p.person_id for p in retention_proposals(db, TODAY)]


def test_keep_needs_a_reason_and_a_future_review_date(db, ayse):
    _quiet(db, ayse)
    with pytest.raises(ValidationError) as caught:
        keep_person(db, ayse, "  ", date.today() + timedelta(days=30))
    assert caught.value.field == "keep_reason"
    with pytest.raises(ValidationError) as caught:
        keep_person(db, ayse, "Bestuurslid, archief", date.today())
    assert caught.value.field == "review_on"
    review = date.today() + timedelta(days=30)
    keep_person(db, ayse, "Bestuurslid, archief", review)
    assert retention_proposals(db, date.today()) == []
    # On the review date the program asks again, showing the earlier reason.
    [again] = retention_proposals(db, review)
    assert (again.kept_until, again.keep_reason) == (review, "Bestuurslid, archief")


def test_an_anonymised_person_is_no_longer_proposed(db, ayse):
    _quiet(db, ayse)
    erase_person(db, ayse)
    assert retention_proposals(db, TODAY) == []
