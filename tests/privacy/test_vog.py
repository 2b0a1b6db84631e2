"""The VOG register: validity, roles that need one, and the worklist and calendar items."""

from __future__ import annotations

from datetime import date

import pytest

from flevodesk.domain.enums import Role, VogOutcome
from flevodesk.domain.errors import ValidationError
from flevodesk.message_text import render
from flevodesk.services.privacy import (
    PrivacySettings,
    RoleRule,
    VogService,
    read_settings,
    role_rules,
    save_privacy_settings,
    save_role_rules,
    save_settings,
    vog_status,
)
from flevodesk.services.privacy_reminders import privacy_work_items
from flevodesk.services.worklist import WorkKind
from tests.english import english, english_catalogue, english_installed  # noqa: F401
from tests.privacy.conftest import TODAY, add_person, vog


def _require(db, role, years=3):
    rules = role_rules(db)
    rules[role] = RoleRule(role, True, years)
    save_role_rules(db, rules)


def test_an_issued_vog_is_valid_three_years_unless_its_role_says_otherwise(db, ayse):
    service = VogService(db)
    issued = service.record(ayse, {"seen_on": date(2026, 3, 1), "outcome": VogOutcome.AFGEGEVEN})
    assert issued.valid_until == date(2029, 3, 1)
    _require(db, Role.KARTREKKER, years=2)
    shorter = service.record(ayse, {"seen_on": date(2026, 3, 2), "outcome": VogOutcome.AFGEGEVEN})
    assert shorter.valid_until == date(2028, 3, 2)
    requested = service.record(ayse, {"requested_on": date(2026, 3, 1)})
    assert requested.outcome is VogOutcome.AANGEVRAAGD and not requested.is_valid(TODAY)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"outcome": VogOutcome.AFGEGEVEN}, "seen_on"),
        ({"requested_on": date(2026, 3, 2), "seen_on": date(2026, 3, 1)}, "seen_on"),
        ({"seen_on": date(2026, 3, 1), "valid_until": date(2026, 2, 1)}, "valid_until"),
        ({"seen_on": date(2999, 1, 1)}, "seen_on"),
    ],
)
def test_vog_rules(db, ayse, values, field):
    with pytest.raises(ValidationError) as caught:
        VogService(db).record(ayse, values)
    assert caught.value.field == field


def test_a_role_that_needs_a_vog_without_a_valid_one_is_a_problem(db, ayse):
    helper = add_person(db, "helper@voorbeeld.nl", first_name="Helper")
    assert not vog_status(db, ayse, TODAY).problem  # no role needs one yet
    _require(db, Role.KARTREKKER)
    _require(db, Role.VRIJWILLIGER)
    status = vog_status(db, helper, TODAY)
    assert status.problem and status.required_for == (Role.VRIJWILLIGER,)
    assert vog_status(db, ayse, TODAY).valid_until == date(2028, 2, 1)
    items = privacy_work_items(db, TODAY)
    [missing] = items[WorkKind.VOG_MISSING]
    assert (missing.record_id, missing.title) == (helper, "Helper Jansen")
    assert missing.kind.overdue and missing.kind.label == "VOG ontbreekt"
    assert "Vrijwilliger bij" in str(missing.detail)
    vog(db, helper, date(2023, 1, 1))  # expired long ago: still a problem
    assert privacy_work_items(db, TODAY)[WorkKind.VOG_MISSING]
    vog(db, helper, date(2026, 1, 1))
    assert WorkKind.VOG_MISSING not in privacy_work_items(db, TODAY)


def test_renewals_within_the_warning_window_are_in_the_worklist(db, ayse):
    soon = add_person(db, "soon@voorbeeld.nl", first_name="Binnenkort")
    vog(db, soon, date(2023, 12, 20))  # valid until 20-12-2026, 22 days after TODAY
    assert [i.record_id for i in privacy_work_items(db, TODAY)[WorkKind.VOG_RENEWAL]] == [soon]
    save_settings(db, PrivacySettings(warning_days=10))
    assert WorkKind.VOG_RENEWAL not in privacy_work_items(db, TODAY)


def test_a_refused_vog_rule_leaves_the_privacy_settings_as_they_were(db):
    before = read_settings(db)
    rules = role_rules(db)
    rules[Role.KARTREKKER] = RoleRule(Role.KARTREKKER, True, 0)
    with pytest.raises(ValidationError) as refused:
        save_privacy_settings(db, PrivacySettings(user_name="Coördinator Marleen"), rules)
    assert refused.value.field == "vog_valid_years"
    assert read_settings(db) == before
    assert role_rules(db)[Role.KARTREKKER].requires_vog is False
    rules[Role.KARTREKKER] = RoleRule(Role.KARTREKKER, True, 2)
    save_privacy_settings(db, PrivacySettings(user_name="Coördinator Marleen"), rules)
    assert read_settings(db).user_name == "Coördinator Marleen"
    assert role_rules(db)[Role.KARTREKKER].vog_valid_years == 2


@pytest.mark.usefixtures("english")
def test_the_worklist_names_a_missing_vog_in_english(db, ayse):
    helper = add_person(db, "helper@voorbeeld.nl", first_name="Helper")
    _require(db, Role.VRIJWILLIGER)
    [missing] = privacy_work_items(db, TODAY)[WorkKind.VOG_MISSING]
    assert missing.record_id == helper
    shown = render(missing.detail)
    assert shown.startswith("Volunteer at ") and shown.endswith(": no valid VOG"), shown
    assert str(missing.detail).startswith("Vrijwilliger bij ")
