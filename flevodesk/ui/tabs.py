"""The four record tabs: which listing, which form and which filters each one has.

A new kind of record is one more function here and one form in ``ui/forms/``.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from flevodesk.domain.enums import (
    Audience,
    FundingDomain,
    FundingStatus,
    InitiativeStatus,
    PartnerKind,
    PartnerScope,
    PersonStatus,
    Role,
)
from flevodesk.services.funding import FundingListing
from flevodesk.services.initiatives import InitiativeListing
from flevodesk.services.lookups import Lookups
from flevodesk.services.partners import PartnerListing
from flevodesk.services.persons import PersonListing
from flevodesk.ui.background import Background
from flevodesk.ui.fields import choice_options, enum_options
from flevodesk.ui.forms.funding import FundingForm
from flevodesk.ui.forms.initiative import InitiativeForm
from flevodesk.ui.forms.partner import PartnerForm
from flevodesk.ui.forms.person import PersonForm
from flevodesk.ui.funding_pipeline import PipelineDialog
from flevodesk.ui.record_tab import FilterSpec, RecordTab
from flevodesk.ui.schemes_dialog import SchemesDialog
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.store.database import Database


def _values(options: list[tuple[str, object]]) -> list[tuple[str, object]]:
    # Listing filters compare with the stored value, so pass the enum's value.
    return [(text, getattr(value, "value", value)) for text, value in options]


def _municipality_filter(lookups: Lookups) -> FilterSpec:
    return FilterSpec(
        "municipality_id",
        tr_text("Gemeente"),
        choice_options(lookups.municipalities()),
        tr_text("Alle gemeenten"),
    )


def _status_filter(statuses: type[Enum]) -> FilterSpec:
    return FilterSpec(
        "status", tr_text("Status"), _values(enum_options(statuses)), tr_text("Alle statussen")
    )


def initiatives_tab(
    db: Database, bg: Background, parent: QWidget | None = None, *, load: bool = True
) -> RecordTab:
    lookups = Lookups(db)
    tab = RecordTab(
        db,
        bg,
        InitiativeListing(),
        InitiativeForm(db, bg),
        [
            _municipality_filter(lookups),
            FilterSpec("area_id", tr_text("Wijk of kern"), [], tr_text("Alle wijken en kernen")),
            _status_filter(InitiativeStatus),
            FilterSpec(
                "theme_id",
                tr_text("Thema"),
                choice_options(lookups.themes()),
                tr_text("Alle thema's"),
            ),
        ],
        parent,
        load=load,
    )
    areas = lookups.areas()

    def municipality_changed() -> None:
        municipality_id = tab.filter_combos["municipality_id"].currentData()
        shown = [a for a in areas if municipality_id is None or a.parent_id == municipality_id]
        tab.set_filter_options("area_id", choice_options(shown), tr_text("Alle wijken en kernen"))

    tab.filter_combos["municipality_id"].currentIndexChanged.connect(
        lambda _i: municipality_changed()
    )
    municipality_changed()
    return tab


def persons_tab(
    db: Database, bg: Background, parent: QWidget | None = None, *, load: bool = True
) -> RecordTab:
    lookups = Lookups(db)
    return RecordTab(
        db,
        bg,
        PersonListing(),
        PersonForm(db, bg),
        [
            _municipality_filter(lookups),
            _status_filter(PersonStatus),
            FilterSpec("role", tr_text("Rol"), _values(enum_options(Role)), tr_text("Alle rollen")),
        ],
        parent,
        load=load,
    )


def funding_tab(
    db: Database, bg: Background, parent: QWidget | None = None, *, load: bool = True
) -> RecordTab:
    lookups = Lookups(db)
    tab = RecordTab(
        db,
        bg,
        FundingListing(),
        FundingForm(db, bg),
        [
            _municipality_filter(lookups),
            _status_filter(FundingStatus),
            FilterSpec(
                "funder_id",
                tr_text("Financier"),
                choice_options(lookups.partners()),
                tr_text("Alle financiers"),
            ),
            FilterSpec(
                "domain",
                tr_text("Domein"),
                _values(enum_options(FundingDomain)),
                tr_text("Alle domeinen"),
            ),
        ],
        parent,
        load=load,
    )
    schemes = QPushButton(tr_text("Regelingen…"))
    schemes.setToolTip(tr_text("Regelingen van de financiers bekijken, toevoegen en bijwerken"))
    schemes.clicked.connect(lambda: _open_dialog(tab, SchemesDialog(db, bg, tab)))
    figures = QPushButton(tr_text("Pijplijn…"))
    figures.setToolTip(tr_text("Aantallen en bedragen per status, financier en gemeente"))
    figures.clicked.connect(lambda: _open_dialog(tab, PipelineDialog(db, bg, tab)))
    tab.add_tool(schemes)
    tab.add_tool(figures)
    return tab


def _open_dialog(tab: RecordTab, dialog: QDialog) -> None:
    """Open a dialog beside the tab; afterwards the tab shows what it may have changed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def changed(_result: int) -> None:
        tab.form.refresh_lookups()
        tab.refresh()

    dialog.finished.connect(changed)
    dialog.open()


def partners_tab(
    db: Database, bg: Background, parent: QWidget | None = None, *, load: bool = True
) -> RecordTab:
    return RecordTab(
        db,
        bg,
        PartnerListing(),
        PartnerForm(db, bg),
        [
            FilterSpec(
                "scope",
                tr_text("Werkgebied"),
                _values(enum_options(PartnerScope)),
                tr_text("Alle werkgebieden"),
            ),
            FilterSpec(
                "kind",
                tr_text("Soort"),
                _values(enum_options(PartnerKind)),
                tr_text("Alle soorten"),
            ),
            FilterSpec(
                "audience",
                tr_text("Interessant voor"),
                _values(enum_options(Audience)),
                tr_text("Voor iedereen"),
            ),
        ],
        parent,
        load=load,
    )
