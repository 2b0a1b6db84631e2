"""Load the Flevoland reference data of the seed overview into a new database."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from flevodesk.domain.enums import (
    AreaKind,
    CostType,
    ObligationKind,
    PartnerKind,
    PartnerScope,
    PaymentMode,
    Perspective,
)
from flevodesk.domain.exchange import name_uuid
from flevodesk.domain.exchange_tracking import REFERENCE_DATA
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import TargetGroup, Theme
from flevodesk.domain.overview import Challenge, Impression, Link, Practice, SuccessFactor
from flevodesk.domain.partners import Partner
from flevodesk.domain.schemes import FundingScheme, SchemeCostRule
from flevodesk.resources import resource_path


def reference_file() -> Path:
    """The JSON file that holds the seed's content."""
    return resource_path("reference", "flevoland.json")


def read_reference() -> dict[str, Any]:
    """The reference data as it is shipped."""
    with reference_file().open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def load_reference_data(session: Session) -> None:
    """Add the municipalities, areas, overview material and partners of the seed."""
    # Every database holds the same seed: its partners carry the same clock everywhere
    # (see exchange_tracking.REFERENCE_DATA), so an exchange never sees them as changes.
    session.info[REFERENCE_DATA] = True
    data = read_reference()
    municipalities: dict[str, Municipality] = {}
    for entry in data["municipalities"]:
        municipality = Municipality(name=entry["name"], abbreviation=entry["abbreviation"])
        municipality.areas = [Area(name=name, kind=AreaKind(kind)) for name, kind in entry["areas"]]
        municipalities[municipality.name] = municipality
        session.add(municipality)
    for position, (name, text) in enumerate(data["impressions"]):
        session.add(Impression(municipality=municipalities[name], text=text, position=position))
    for position, (name, explanation) in enumerate(data["success_factors"]):
        session.add(SuccessFactor(name=name, explanation=explanation, position=position))
    for position, entry in enumerate(data["practices"]):
        session.add(
            Practice(
                category=entry["category"],
                name=entry["name"],
                position=position,
                municipalities=[municipalities[m] for m in entry["municipalities"]],
            )
        )
    for perspective, texts in data["challenges"].items():
        for position, text in enumerate(texts):
            session.add(
                Challenge(perspective=Perspective(perspective), text=text, position=position)
            )
    for position, text in enumerate(data["links"]):
        session.add(Link(text=text, position=position))
    for entry in data["partners"]:
        session.add(
            Partner(
                uuid=name_uuid("partners", entry["name"]),
                name=entry["name"],
                scope=PartnerScope(entry["scope"]),
                kind=PartnerKind(entry["kind"]),
                offers=entry["offers"],
                website=entry["website"],
            )
        )
    funders = {}
    for entry in data["funders"]:
        funder = Partner(
            uuid=name_uuid("partners", entry["name"]),
            name=entry["name"],
            scope=PartnerScope(entry["scope"]),
            kind=PartnerKind(entry["kind"]),
            offers=entry["offers"],
            municipality=municipalities.get(entry["municipality"] or ""),
        )
        funders[funder.name] = funder
        session.add(funder)
    for entry in data["schemes"]:
        session.add(
            _scheme(
                entry, funders[entry["funder"]], municipalities.get(entry["municipality"] or "")
            )
        )
    session.add_all(Theme(name=name) for name in data["themes"])
    session.add_all(TargetGroup(name=name) for name in data["target_groups"])


def _scheme(
    entry: dict[str, Any], funder: Partner, municipality: Municipality | None
) -> FundingScheme:
    def money(key: str) -> Decimal | None:
        return Decimal(entry[key]) if entry.get(key) else None

    scheme = FundingScheme(
        funder=funder,
        municipality=municipality,
        name=entry["name"],
        description=entry["description"],
        min_amount=money("min_amount"),
        max_amount=money("max_amount"),
        payment=PaymentMode(entry.get("payment", PaymentMode.ACHTERAF.value)),
        advance_percentage=entry.get("advance_percentage"),
        max_budget_share_percentage=entry.get("max_budget_share_percentage"),
        apply_days_before=entry.get("apply_days_before"),
        accountability_months_after=entry.get("accountability_months_after"),
        window_from=entry.get("window_from"),
        window_until=entry.get("window_until"),
        real_costs_only=entry.get("real_costs_only", False),
        is_example=True,
    )
    scheme.obligation_kinds = [ObligationKind(k) for k in entry.get("obligations", [])]
    scheme.cost_rules = [SchemeCostRule(cost_type=CostType(k)) for k in entry.get("excluded", [])]
    scheme.cost_rules += [
        SchemeCostRule(cost_type=CostType(k), max_amount=Decimal(v))
        for k, v in entry.get("caps", {}).items()
    ]
    return scheme
