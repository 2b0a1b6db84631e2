"""One user action, one transaction: when a later step of a use case fails, nothing of the
earlier steps is stored either."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from flevodesk.domain.enums import FundingStatus, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.funding import Obligation
from flevodesk.domain.schemes import FundingScheme
from flevodesk.services import financing
from flevodesk.services.financing import Decision, record_decision
from flevodesk.services.funding import FundingService
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.lookups import Lookups
from flevodesk.services.privacy import (
    PrivacySettings,
    RoleRule,
    read_settings,
    role_rules,
    save_privacy_settings,
)


class Injected(Exception):
    """The failure a test puts between two steps of a use case."""


def _submitted_application(db):
    with db.read() as session:
        scheme = session.scalars(
            select(FundingScheme).where(FundingScheme.name == "Wijkbudget")
        ).one()
    municipality = next(m.id for m in Lookups(db).municipalities() if m.label == "Almere")
    initiative = InitiativeService(db).create(
        {"name": "Straatfeest Warande", "municipality_id": municipality}
    )
    return FundingService(db).create(
        {
            "initiative_id": initiative.id,
            "funder_id": scheme.funder_id,
            "scheme_id": scheme.id,
            "amount_requested": Decimal("750.00"),
            "activity_date": date(2026, 6, 13),
            "status": FundingStatus.INGEDIEND,
            "submitted_on": date(2026, 4, 1),
        }
    )


def test_a_grant_whose_obligations_fail_leaves_the_application_undecided(db, monkeypatch):
    application = _submitted_application(db)

    def failing(*_args: object) -> list[object]:
        raise Injected

    monkeypatch.setattr(financing, "obligation_due_dates", failing)
    with pytest.raises(Injected):
        record_decision(
            db,
            application.id,
            application.version,
            Decision(FundingStatus.TOEGEKEND, date(2026, 5, 1), Decimal("750.00")),
        )
    stored = FundingService(db).get(application.id)
    assert stored.status is FundingStatus.INGEDIEND
    assert stored.decided_on is None and stored.amount_granted is None
    assert stored.version == application.version
    with db.read() as session:
        assert session.scalar(select(func.count(Obligation.id))) == 0
    # And once nothing fails, the same decision goes through at the same version.
    monkeypatch.undo()
    granted = record_decision(
        db,
        application.id,
        application.version,
        Decision(FundingStatus.TOEGEKEND, date(2026, 5, 1), Decimal("750.00")),
    )
    assert granted.status is FundingStatus.TOEGEKEND and len(granted.obligations) == 2


def test_a_refused_vog_rule_leaves_the_privacy_settings_as_they_were(db):
    before = read_settings(db)
    rules = role_rules(db)
    rules[Role.KARTREKKER] = RoleRule(Role.KARTREKKER, True, 0)
    with pytest.raises(ValidationError) as refused:
        save_privacy_settings(db, PrivacySettings(user_name="Coördinator Marleen"), rules)
    assert refused.value.field == "vog_valid_years"
    assert read_settings(db) == before
    assert role_rules(db)[Role.KARTREKKER].requires_vog is False
