"""Initiatives: per municipality and neighbourhood, with status and themes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from flevodesk.ui.record_kind import FilterSpec, RecordKind, municipality_filter, status_filter
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.services.listing import Listing
    from flevodesk.services.lookups import ChoiceLists
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background
    from flevodesk.ui.forms.base import RecordForm


def _listing() -> Listing:
    from flevodesk.services.initiatives import InitiativeListing

    return InitiativeListing()


def _form(db: Database, background: Background) -> RecordForm[Any]:
    from flevodesk.ui.forms.initiative import InitiativeForm

    return InitiativeForm(db, background)


def _areas(lists: ChoiceLists, chosen: Mapping[str, Any]) -> list[tuple[str, Any]]:
    # The areas of the chosen municipality only, or all of them.
    municipality = chosen.get("municipality_id")
    return [(a.label, a.id) for a in lists.areas if municipality in (None, a.parent_id)]


def _filters() -> Sequence[FilterSpec]:
    from flevodesk.domain.enums import InitiativeStatus

    return (
        municipality_filter(),
        FilterSpec(
            "area_id", tr_text("Wijk of kern"), tr_text("Alle wijken en kernen"), (), _areas
        ),
        status_filter(InitiativeStatus),
        FilterSpec(
            "theme_id",
            tr_text("Thema"),
            tr_text("Alle thema's"),
            choices=lambda lists, _chosen: [(c.label, c.id) for c in lists.themes],
        ),
    )


KIND = RecordKind(
    key="initiative",
    title=lambda: tr_text("Initiatieven"),
    listing=_listing,
    form=_form,
    filters=_filters,
)
