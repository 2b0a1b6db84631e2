"""Everyday funding rules: a smaller grant is a partial grant, the money spent adds up from
the costs on record, and the pipeline lists the statuses in the order an application
passes them."""

from datetime import date
from decimal import Decimal

import pytest

from flevodesk.domain.enums import CostType, FundingStatus
from flevodesk.services.financing import Decision, pipeline, record_decision
from flevodesk.services.funding import ActualCostService, FundingService
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.lookups import Lookups
from flevodesk.services.printouts.funding import funding_report_data


def _application(db, requested="750.00", name="Moestuin De Wierden", **extra):
    lookups = Lookups(db)
    municipality = next(m.id for m in lookups.municipalities() if m.label == "Almere")
    initiative = InitiativeService(db).create({"name": name, "municipality_id": municipality})
    funder = next(p.id for p in lookups.partners() if p.label == "Oranje Fonds")
    values = {
        "initiative_id": initiative.id,
        "funder_id": funder,
        "amount_requested": Decimal(requested),
        "status": FundingStatus.INGEDIEND,
        "submitted_on": date(2026, 4, 1),
        **extra,
    }
    return FundingService(db).create(values)


@pytest.mark.parametrize(
    ("granted", "status"),
    [("500.00", FundingStatus.DEELS_TOEGEKEND), ("750.00", FundingStatus.TOEGEKEND)],
)
def test_granting_less_than_requested_is_a_partial_grant(db, granted, status):
    application = _application(db)  # 750 asked for
    decided = record_decision(
        db,
        application.id,
        application.version,
        Decision(FundingStatus.TOEGEKEND, date(2026, 5, 1), Decimal(granted)),
    )
    assert decided.status is status
    assert decided.amount_granted == Decimal(granted)


def test_the_money_spent_is_the_sum_of_the_costs_on_record(db):
    application = _application(db)
    costs = ActualCostService(db)
    for description, amount in (("Zaden", "19.99"), ("Gieter", "12.50"), ("Aarde", "40.01")):
        costs.create(
            {
                "application_id": application.id,
                "description": description,
                "cost_type": CostType.MATERIAAL,
                "amount": Decimal(amount),
                "paid_on": date(2026, 5, 2),
            }
        )
    details = FundingService(db).get(application.id)
    assert details.costs_total == Decimal("72.50")
    assert funding_report_data(db, application.id, date(2026, 6, 1)).report_costs == Decimal(
        "72.50"
    )


def test_a_total_typed_before_costs_were_booked_is_kept_until_the_first_cost(db):
    application = _application(db, report_costs=Decimal("300.00"))
    assert FundingService(db).get(application.id).costs_total == Decimal("300.00")
    ActualCostService(db).create(
        {
            "application_id": application.id,
            "description": "Zaden",
            "cost_type": CostType.MATERIAAL,
            "amount": Decimal("19.99"),
        }
    )
    assert FundingService(db).get(application.id).costs_total == Decimal("19.99")


def test_the_pipeline_lists_statuses_in_process_order(db):
    _application(db, name="Repair Café", status=FundingStatus.IN_VOORBEREIDING, submitted_on=None)
    _application(db, name="Buurtkast", status=FundingStatus.INGEDIEND)
    granted = _application(db, name="Zwerfafval", requested="100.00")
    record_decision(
        db,
        granted.id,
        granted.version,
        Decision(FundingStatus.TOEGEKEND, date(2026, 5, 1), Decimal("100.00")),
    )
    rejected = _application(db, name="Aanschuiftafel")
    record_decision(
        db,
        rejected.id,
        rejected.version,
        Decision(FundingStatus.AFGEWEZEN, date(2026, 5, 1), rejection_reason="Op"),
    )
    keys = [bucket.key for bucket in pipeline(db)["status"]]
    assert keys == ["In voorbereiding", "Ingediend", "Toegekend", "Afgewezen"]
