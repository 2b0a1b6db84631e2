"""Funding applications, from idea to verantwoording, with the funders' schemes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from flevodesk.ui.record_kind import (
    FilterSpec,
    RecordKind,
    Tool,
    enum_filter,
    municipality_filter,
    status_filter,
)
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from flevodesk.services.listing import Listing
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background
    from flevodesk.ui.forms.base import RecordForm


def _listing() -> Listing:
    from flevodesk.services.funding import FundingListing

    return FundingListing()


def _form(db: Database, background: Background) -> RecordForm[Any]:
    from flevodesk.ui.forms.funding import FundingForm

    return FundingForm(db, background)


def _filters() -> Sequence[FilterSpec]:
    from flevodesk.domain.enums import FundingDomain, FundingStatus

    return (
        municipality_filter(),
        status_filter(FundingStatus),
        FilterSpec(
            "funder_id",
            tr_text("Financier"),
            tr_text("Alle financiers"),
            choices=lambda lists, _chosen: [(c.label, c.id) for c in lists.partners],
        ),
        enum_filter("domain", tr_text("Domein"), FundingDomain, tr_text("Alle domeinen")),
    )


def _schemes(db: Database, background: Background, parent: QWidget) -> QDialog:
    from flevodesk.ui.schemes_dialog import SchemesDialog

    return SchemesDialog(db, background, parent)


def _pipeline(db: Database, background: Background, parent: QWidget) -> QDialog:
    from flevodesk.ui.funding_pipeline import PipelineDialog

    return PipelineDialog(db, background, parent)


KIND = RecordKind(
    key="funding",
    title=lambda: tr_text("Financiering"),
    listing=_listing,
    form=_form,
    filters=_filters,
    tools=(
        Tool(
            lambda: tr_text("Regelingen…"),
            lambda: tr_text("Regelingen van de financiers bekijken, toevoegen en bijwerken"),
            _schemes,
        ),
        Tool(
            lambda: tr_text("Pijplijn…"),
            lambda: tr_text("Aantallen en bedragen per status, financier en gemeente"),
            _pipeline,
        ),
    ),
)
