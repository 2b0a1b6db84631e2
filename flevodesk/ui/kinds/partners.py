"""Partner organisations and their contacts: who can help, where, and whom."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from flevodesk.ui.record_kind import FilterSpec, RecordKind, enum_filter
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.services.listing import Listing
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background
    from flevodesk.ui.forms.base import RecordForm


def _listing() -> Listing:
    from flevodesk.services.partners import PartnerListing

    return PartnerListing()


def _form(db: Database, background: Background) -> RecordForm[Any]:
    from flevodesk.ui.forms.partner import PartnerForm

    return PartnerForm(db, background)


def _filters() -> Sequence[FilterSpec]:
    from flevodesk.domain.enums import Audience, PartnerKind, PartnerScope

    return (
        enum_filter("scope", tr_text("Werkgebied"), PartnerScope, tr_text("Alle werkgebieden")),
        enum_filter("kind", tr_text("Soort"), PartnerKind, tr_text("Alle soorten")),
        enum_filter("audience", tr_text("Interessant voor"), Audience, tr_text("Voor iedereen")),
    )


KIND = RecordKind(
    key="partner",
    title=lambda: tr_text("Partners"),
    listing=_listing,
    form=_form,
    filters=_filters,
)
