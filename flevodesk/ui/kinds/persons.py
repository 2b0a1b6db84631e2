"""Volunteers: who helps where, in which role, with VOG and consent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from flevodesk.ui.record_kind import (
    FilterSpec,
    RecordKind,
    enum_filter,
    municipality_filter,
    status_filter,
)
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.services.listing import Listing
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background
    from flevodesk.ui.forms.base import RecordForm


def _listing() -> Listing:
    from flevodesk.services.persons import PersonListing

    return PersonListing()


def _form(db: Database, background: Background) -> RecordForm[Any]:
    from flevodesk.ui.forms.person import PersonForm

    return PersonForm(db, background)


def _filters() -> Sequence[FilterSpec]:
    from flevodesk.domain.enums import PersonStatus, Role

    return (
        municipality_filter(),
        status_filter(PersonStatus),
        enum_filter("role", tr_text("Rol"), Role, tr_text("Alle rollen")),
    )


KIND = RecordKind(
    key="person",
    title=lambda: tr_text("Vrijwilligers"),
    listing=_listing,
    form=_form,
    filters=_filters,
)
