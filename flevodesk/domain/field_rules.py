"""The rules across a record's fields (a person who left cannot be active, a decision
after its submission), as plain functions over a mapping of values.

The models' ``validate()`` runs them over their attributes and the forms over the values
they could read, so a save names every broken rule together with the field errors. A
field missing from the values leaves its rules out: the funding decision, for one, has a
panel of its own. No Qt, no database.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flevodesk.domain.enums import FundingStatus, PersonStatus
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import message
from flevodesk.domain.validation import date_order_problem


def person_rules(values: Mapping[str, Any]) -> list[ValidationError]:
    """The rules across a person's fields, for the form before saving as well; a field
    missing from ``values`` leaves its rules out."""
    if values.get("left_on") is not None and values.get("status") == PersonStatus.ACTIEF:
        return [ValidationError("status", message("een vertrokken persoon kan niet actief zijn"))]
    return []


def initiative_rules(values: Mapping[str, Any]) -> list[ValidationError]:
    """The rules across an initiative's fields, for the form before saving as well; a field
    missing from ``values`` leaves its rules out."""
    found = date_order_problem(values, "start_date", "end_date", message("ligt vóór de begindatum"))
    temporary = values.get("location_temporary", True)
    if values.get("location_until") is not None and not temporary:
        found.append(
            ValidationError(
                "location_until", message("alleen in te vullen bij een tijdelijke locatie")
            )
        )
    return found


def funding_rules(values: Mapping[str, Any]) -> list[ValidationError]:
    """The rules across an application's fields, for the form before saving as well; a
    field missing from ``values`` leaves its rules out (the decision has a panel of its
    own)."""
    found = date_order_problem(
        values, "submitted_on", "decided_on", message("ligt vóór de datum van indienen")
    ) + date_order_problem(
        values, "decided_on", "reported_on", message("ligt vóór de datum van het besluit")
    )
    if values.get("status") is None:
        return found
    status = FundingStatus(values["status"])
    granted, requested = values.get("amount_granted"), values.get("amount_requested")
    if (
        status is FundingStatus.AFGEWEZEN
        and {"rejection_category", "rejection_reason"} <= values.keys()
        and values["rejection_category"] is None
        and not (values["rejection_reason"] or "").strip()
    ):
        found.append(ValidationError("rejection_category", message("kies de reden van afwijzing")))
    if status.is_granted and "amount_granted" in values and granted is None:
        found.append(ValidationError("amount_granted", message("vul het toegekende bedrag in")))
    if (
        status is FundingStatus.TOEGEKEND
        and granted is not None
        and requested is not None
        and granted > requested
    ):
        found.append(
            ValidationError("amount_granted", message("is hoger dan het aangevraagde bedrag"))
        )
    submitted_missing = "submitted_on" in values and values["submitted_on"] is None
    if status is not FundingStatus.IN_VOORBEREIDING and submitted_missing:
        found.append(ValidationError("submitted_on", message("vul de datum van indienen in")))
    if status.is_decided and "decided_on" in values and values["decided_on"] is None:
        found.append(ValidationError("decided_on", message("vul de datum van het besluit in")))
    return found
