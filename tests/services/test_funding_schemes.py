"""The example schemes' rules warn before submission; grants bring obligations with dates;
the financing plan adds up to the cent."""

from collections import Counter
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import CostType, FundingStatus, ObligationKind, RejectionCategory
from flevodesk.domain.funding import Obligation
from flevodesk.domain.schemes import FundingScheme
from flevodesk.services import financing
from flevodesk.services.financing import (
    Decision,
    add_months,
    financing_plan,
    obligation_due_dates,
    pipeline,
    record_decision,
    rejection_counts,
    track_record,
    unused_schemes,
)
from flevodesk.services.funding import BudgetLineService, FundingService, SchemeService
from flevodesk.services.funding_checks import BudgetLineInput, check_application, in_window
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.lookups import Lookups

TODAY = date(2026, 11, 28)


@pytest.fixture
def schemes(db):
    with db.read() as session:
        found = session.scalars(
            select(FundingScheme).options(
                selectinload(FundingScheme.cost_rules), selectinload(FundingScheme.funder)
            )
        ).all()
        return {s.name: s for s in found}


def _line(description, cost_type, amount):
    return BudgetLineInput(description, cost_type, Decimal(amount))


def test_a_lelystad_street_party_with_200_euro_for_food_warns(schemes):
    scheme = schemes["Buurtbudget straatfeest"]
    lines = [
        _line("Hapjes en limonade", CostType.ETEN_EN_DRINKEN, "200.00"),
        _line("Springkussen", CostType.HUUR, "90.00"),
    ]
    warnings = check_application(scheme, Decimal("290.00"), lines, None, TODAY)
    assert [w.field for w in warnings] == ["budget_lines"]
    assert "€ 200,00 voor eten en drinken is meer dan de € 150,00" in warnings[0].message
    fine = [_line("Hapjes", CostType.ETEN_EN_DRINKEN, "150.00")]
    assert check_application(scheme, Decimal("150.00"), fine, None, TODAY) == []


def test_lelystad_refuses_alcohol_and_more_than_300(schemes):
    scheme = schemes["Buurtbudget straatfeest"]
    lines = [_line("Bier", CostType.ALCOHOL, "40.00")]
    messages = [w.message for w in check_application(scheme, Decimal("350.00"), lines, None, TODAY)]
    assert any("meer dan het maximum" in m and "€ 300,00" in m for m in messages)
    assert any("'Bier' valt onder alcohol" in m for m in messages)


def test_an_almere_application_four_weeks_before_the_activity_warns(schemes):
    scheme = schemes["Wijkbudget"]
    warnings = check_application(scheme, Decimal("500.00"), [], date(2026, 12, 26), TODAY)
    assert [w.field for w in warnings] == ["activity_date"]
    assert "minstens 6 weken" in warnings[0].message
    assert "14-11-2026" in warnings[0].message
    assert check_application(scheme, Decimal("500.00"), [], date(2027, 1, 9), TODAY) == []


def test_almere_excludes_food_personnel_travel_and_gifts(schemes):
    lines = [
        _line(d, t, "10.00")
        for d, t in [
            ("Koffie", CostType.ETEN_EN_DRINKEN),
            ("Begeleider", CostType.PERSONEEL),
            ("Bus", CostType.REISKOSTEN),
            ("Bloemen", CostType.CADEAUS),
            ("Verf", CostType.MATERIAAL),
        ]
    ]
    warned = [
        w.message
        for w in check_application(schemes["Wijkbudget"], Decimal("50.00"), lines, None, TODAY)
    ]
    assert len(warned) == 4 and not any("Verf" in m for m in warned)


def test_a_fonds_leefbaarheid_request_above_75_percent_warns(schemes):
    scheme = schemes["Fonds Leefbaarheid"]
    warnings = check_application(
        scheme, Decimal("80000.00"), [], None, date(2026, 9, 15), budget_total=Decimal("100000.00")
    )
    assert [w.field for w in warnings] == ["amount_requested"]
    assert "80% van de begroting" in warnings[0].message and "75%" in warnings[0].message
    assert (
        check_application(
            scheme,
            Decimal("75000.00"),
            [],
            None,
            date(2026, 9, 15),
            budget_total=Decimal("100000.00"),
        )
        == []
    )


def test_fonds_leefbaarheid_minimum_and_window(schemes):
    scheme = schemes["Fonds Leefbaarheid"]
    messages = [
        w.message
        for w in check_application(scheme, Decimal("5000.00"), [], None, date(2026, 11, 28))
    ]
    assert any("minder dan het minimum" in m for m in messages)
    assert any("van 1 september tot en met 31 oktober" in m for m in messages)
    assert in_window(scheme, date(2026, 10, 31)) and not in_window(scheme, date(2026, 11, 1))


def test_due_dates_count_from_the_activity_and_clip_to_month_ends(schemes):
    almere = schemes["Wijkbudget"]
    assert obligation_due_dates(almere, date(2026, 11, 30), date(2026, 10, 1)) == [
        (ObligationKind.BONNEN, date(2027, 2, 28)),
        (ObligationKind.FOTOVERSLAG, date(2027, 2, 28)),
    ]
    assert obligation_due_dates(almere, None, date(2026, 10, 1))[0][1] == date(2027, 1, 1)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert obligation_due_dates(schemes["Oranje Fonds"], date(2026, 5, 1), None) == [
        (ObligationKind.INHOUDELIJK_EINDVERSLAG, None),
        (ObligationKind.FINANCIEEL_VERSLAG, None),
    ]


def _initiative(db, name="Straatfeest Warande", municipality="Lelystad", **extra):
    lookups = Lookups(db)
    mid = next(m.id for m in lookups.municipalities() if m.label == municipality)
    return InitiativeService(db).create({"name": name, "municipality_id": mid, **extra})


def _funder(db, name):
    return next(p.id for p in Lookups(db).partners() if p.label == name)


def _submitted_wijkbudget(db, schemes):
    initiative = _initiative(db, municipality="Almere")
    scheme = schemes["Wijkbudget"]
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


def test_a_grant_gets_its_obligations_and_accountability_date(db, schemes):
    application = _submitted_wijkbudget(db, schemes)
    granted = record_decision(
        db,
        application.id,
        application.version,
        Decision(FundingStatus.TOEGEKEND, date(2026, 5, 1), Decimal("750.00")),
    )
    assert [(o.kind, o.due_date) for o in granted.obligations] == [
        (ObligationKind.BONNEN, date(2026, 9, 13)),
        (ObligationKind.FOTOVERSLAG, date(2026, 9, 13)),
    ]
    assert granted.accountability_due == date(2026, 9, 13)


class Injected(Exception):
    """The failure a test puts between the decision and its obligations."""


def test_a_grant_whose_obligations_fail_leaves_the_application_undecided(db, schemes, monkeypatch):
    application = _submitted_wijkbudget(db, schemes)
    decision = Decision(FundingStatus.TOEGEKEND, date(2026, 5, 1), Decimal("750.00"))

    def failing(*_args: object) -> list[object]:
        raise Injected

    monkeypatch.setattr(financing, "obligation_due_dates", failing)
    with pytest.raises(Injected):
        record_decision(db, application.id, application.version, decision)
    stored = FundingService(db).get(application.id)
    assert stored.status is FundingStatus.INGEDIEND
    assert stored.decided_on is None and stored.amount_granted is None
    assert stored.version == application.version
    with db.read() as session:
        assert session.scalar(select(func.count(Obligation.id))) == 0
    # Once nothing fails, the same decision goes through at the version the form holds.
    monkeypatch.undo()
    granted = record_decision(db, application.id, application.version, decision)
    assert granted.status is FundingStatus.TOEGEKEND and len(granted.obligations) == 2


def test_the_financing_plan_adds_up_to_the_cent(db, schemes):
    initiative = _initiative(
        db, budget_total=Decimal("10000.01"), own_contribution=Decimal("1000.10")
    )
    service = FundingService(db)
    gemeente = _funder(db, "Gemeente Lelystad")
    oranje = _funder(db, "Oranje Fonds")
    provincie = _funder(db, "Provincie Flevoland")
    made = [
        service.create(
            {
                "initiative_id": initiative.id,
                "funder_id": gemeente,
                "amount_requested": Decimal("2500.33"),
                "status": FundingStatus.TOEGEKEND,
                "submitted_on": date(2026, 1, 5),
                "decided_on": date(2026, 2, 1),
                "amount_granted": Decimal("2500.33"),
            }
        ),
        service.create(
            {
                "initiative_id": initiative.id,
                "funder_id": oranje,
                "amount_requested": Decimal("4000.45"),
                "status": FundingStatus.INGEDIEND,
                "submitted_on": date(2026, 3, 1),
            }
        ),
        service.create(
            {
                "initiative_id": initiative.id,
                "funder_id": provincie,
                "amount_requested": Decimal("12000.00"),
                "status": FundingStatus.AFGEWEZEN,
                "submitted_on": date(2026, 9, 1),
                "decided_on": date(2026, 11, 1),
                "rejection_category": RejectionCategory.TE_LAAT,
            }
        ),
    ]
    for application in made[:2]:
        BudgetLineService(db).create(
            {
                "application_id": application.id,
                "description": "Huur  Buurthuis",
                "cost_type": CostType.HUUR,
                "amount": Decimal("300.00"),
            }
        )
    plan = financing_plan(db, initiative.id)
    assert plan.granted == Decimal("2500.33")
    assert plan.pending == Decimal("4000.45")
    assert plan.rejected == Decimal("12000.00")
    assert plan.covered == Decimal("3500.43")
    assert plan.gap == Decimal("2499.13")
    assert plan.over_financed == Decimal("0.00")
    assert plan.double_financed == ("Huur  Buurthuis (Gemeente Lelystad, Oranje Fonds)",)
    assert [r.funder for r in track_record(db, initiative.id)] == ["Gemeente Lelystad"]


def test_rejections_are_counted_by_scheme_and_reason_and_the_pipeline_sums(db, schemes):
    initiative = _initiative(db)
    scheme = schemes["Buurtbudget overige plannen"]
    service = FundingService(db)
    for category in (
        RejectionCategory.BUDGET_OP,
        RejectionCategory.BUDGET_OP,
        RejectionCategory.TE_LAAT,
    ):
        service.create(
            {
                "initiative_id": initiative.id,
                "funder_id": scheme.funder_id,
                "scheme_id": scheme.id,
                "amount_requested": Decimal("100.10"),
                "status": FundingStatus.AFGEWEZEN,
                "submitted_on": date(2026, 1, 1),
                "decided_on": date(2026, 2, 1),
                "rejection_category": category,
            }
        )
    assert rejection_counts(db) == Counter(
        {
            ("Buurtbudget overige plannen", "Budget is op"): 2,
            ("Buurtbudget overige plannen", "Te laat ingediend"): 1,
        }
    )
    buckets = {b.key: b for b in pipeline(db)["status"]}
    assert (buckets["Afgewezen"].count, buckets["Afgewezen"].requested) == (3, Decimal("300.30"))
    names = [s.name for s in unused_schemes(db, initiative.id)]
    assert "Buurtbudget straatfeest" in names and "Oranje Fonds" in names
    assert "Buurtbudget overige plannen" not in names and "Wijkbudget" not in names


def test_schemes_are_records_a_user_edits(db):
    service = SchemeService(db)
    funder = _funder(db, "Oranje Fonds")
    scheme = service.create(
        {
            "funder_id": funder,
            "name": "Buurtkracht",
            "max_amount": "5.000",
            "excluded_cost_types": [CostType.ALCOHOL],
            "cost_caps": {CostType.ETEN_EN_DRINKEN: Decimal("250")},
            "obligation_kinds": [ObligationKind.FOTOVERSLAG],
        }
    )
    assert scheme.max_amount == Decimal("5000.00")
    assert scheme.excluded_cost_types() == {CostType.ALCOHOL}
    assert scheme.cost_caps() == {CostType.ETEN_EN_DRINKEN: Decimal("250.00")}
    updated = service.update(
        scheme.id, scheme.version, {"excluded_cost_types": [], "cost_caps": {}}
    )
    assert updated.excluded_cost_types() == set() and updated.cost_caps() == {}
    from flevodesk.domain.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        service.update(
            scheme.id, updated.version, {"window_from": "13-01", "window_until": "14-01"}
        )
    assert caught.value.field == "window_from"
