"""Regelingen: the funders' schemes as records the user adds and keeps up to date.

The dialog is an ordinary record tab (search, table, form) over the schemes, so editing a
scheme works exactly like editing an initiative.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from flevodesk.domain.enums import CostType, ObligationKind, PaymentMode
from flevodesk.domain.errors import ValidationError
from flevodesk.services.funding import SchemeListing, SchemeService
from flevodesk.services.scheme_details import SchemeDetails
from flevodesk.ui.fields import (
    BoolField,
    CheckListField,
    ComboField,
    Field,
    IntField,
    LongTextField,
    MoneyField,
    TextField,
    choice_options,
    enum_options,
)
from flevodesk.ui.formatting import format_money, label_of
from flevodesk.ui.forms.base import RecordForm
from flevodesk.ui.forms.funding import EXAMPLE_STYLE
from flevodesk.ui.record_kind import FilterSpec
from flevodesk.ui.record_tab import RecordTab
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import fit_screen

if TYPE_CHECKING:
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background


class CapsField(Field):
    """A maximum amount per cost type ("eten en drinken tot € 150"); empty means no cap."""

    def __init__(self, name: str, label: str) -> None:
        super().__init__(name, label)
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[CostType, QLineEdit] = {}
        half = (len(CostType) + 1) // 2
        for number, cost_type in enumerate(CostType):
            edit = QLineEdit()
            edit.setPlaceholderText(tr_text("geen maximum"))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)
            edit.textEdited.connect(self._emit_changed)
            row, column = number % half, (number // half) * 2
            grid.addWidget(QLabel(label_of(cost_type)), row, column)
            grid.addWidget(edit, row, column + 1)
            self.edits[cost_type] = edit
        grid.setColumnStretch(4, 1)

    def value(self) -> dict[CostType, str]:
        return {
            kind: edit.text().strip() for kind, edit in self.edits.items() if edit.text().strip()
        }

    def set_value(self, value: Any) -> None:
        caps = dict(value or {})
        for kind, edit in self.edits.items():
            amount = caps.get(kind)
            edit.setText(format_money(amount, symbol=False) if amount is not None else "")


class SchemeForm(RecordForm[SchemeDetails]):
    def make_service(self) -> SchemeService:
        return SchemeService(self.db)

    def noun(self) -> str:
        return self.tr("de regeling")

    def new_title(self) -> str:
        return self.tr("Nieuwe regeling")

    def title_of(self, record: SchemeDetails) -> str:
        return f"{record.name} — {record.funder_name}"

    def defaults(self) -> dict[str, Any]:
        return {
            "payment": PaymentMode.ACHTERAF,
            "excluded_cost_types": [],
            "cost_caps": {},
            "obligation_kinds": [],
            "is_example": False,
        }

    def build(self) -> None:
        self.example_note = QLabel(self.tr("Voorbeeld — controleer de actuele regels"))
        self.example_note.setStyleSheet(EXAMPLE_STYLE)
        self.example_note.setVisible(False)
        self._layout.insertWidget(self._layout.indexOf(self.general_error), self.example_note)
        self.funder = self.add(
            ComboField("funder_id", self.tr("Financier"), empty="", searchable=True)
        )
        self.add(TextField("name", self.tr("Naam")))
        self.municipality = self.add(
            ComboField("municipality_id", self.tr("Gemeente"), empty=self.tr("(alle gemeenten)"))
        )
        self.add(LongTextField("description", self.tr("Omschrijving"), lines=2))
        self.add(MoneyField("min_amount", self.tr("Minimum (€)")))
        self.add(MoneyField("max_amount", self.tr("Maximum (€)")))
        self.add(ComboField("payment", self.tr("Betaling"), enum_options(PaymentMode)))
        self.add(IntField("advance_percentage", self.tr("Voorschot (%)")))
        self.add(IntField("max_budget_share_percentage", self.tr("Hoogstens % van begroting")))
        self.add(IntField("apply_days_before", self.tr("Aanvragen … dagen vooraf")))
        self.add(IntField("accountability_months_after", self.tr("Verantwoorden binnen … maanden")))
        self.add(TextField("window_from", self.tr("Open vanaf (mm-dd)"), "09-01"))
        self.add(TextField("window_until", self.tr("Open tot en met (mm-dd)"), "10-31"))
        self.add(
            CheckListField(
                "excluded_cost_types", self.tr("Niet vergoed"), enum_options(CostType), columns=3
            )
        )
        self.add(CapsField("cost_caps", self.tr("Vergoed tot")))
        self.add(
            CheckListField(
                "obligation_kinds", self.tr("Verplichtingen"), enum_options(ObligationKind)
            )
        )
        self.add(BoolField("real_costs_only", self.tr("Alleen werkelijke kosten"), self.tr("ja")))
        self.add(TextField("website", self.tr("Website")))
        self.example = self.add(
            BoolField(
                "is_example",
                self.tr("Voorbeeld"),
                self.tr("voorbeeld — controleer de actuele regels"),
            )
        )
        self.add(LongTextField("notes", self.tr("Notities"), lines=2))
        self.example.changed.connect(lambda: self.example_note.setVisible(self.example.value()))
        self.refresh_lookups()

    def refresh_lookups(self) -> None:
        self.funder.set_options(choice_options(self.choices.lists.partners))
        self.municipality.set_options(choice_options(self.choices.lists.municipalities))

    def value_of(self, record: SchemeDetails, name: str) -> Any:
        if name == "excluded_cost_types":
            return sorted(record.excluded_cost_types(), key=list(CostType).index)
        if name == "cost_caps":
            return record.cost_caps()
        return super().value_of(record, name)

    def values(self) -> dict[str, Any]:
        values = super().values()
        # The scheme's rules compare with the member, and Qt gives back the plain value.
        values["payment"] = PaymentMode(values["payment"])
        both = set(values["excluded_cost_types"]) & set(values["cost_caps"])
        if both:
            names = ", ".join(sorted(label_of(kind).lower() for kind in both))
            raise ValidationError(
                "cost_caps", self.tr("%1 staat ook bij niet vergoed").replace("%1", names)
            )
        return values

    def show_related(self, record: SchemeDetails | None) -> None:
        self.example_note.setVisible(bool(record is not None and record.is_example))


class SchemesDialog(QDialog):
    """Search, add and edit schemes; the example schemes carry a visible warning."""

    def __init__(self, db: Database, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_text("Regelingen"))
        self.tab = RecordTab(
            db,
            background,
            SchemeListing(),
            SchemeForm(db, background),
            [
                FilterSpec(
                    "funder_id",
                    tr_text("Financier"),
                    tr_text("Alle financiers"),
                    choices=lambda lists, _chosen: choice_options(lists.partners),
                )
            ],
        )
        if db.read_only:
            self.tab.set_read_only()
        # A button of our own: Qt's standard "Close" stays English without Qt's translations.
        buttons = QDialogButtonBox()
        buttons.addButton(tr_text("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tab, 1)
        layout.addWidget(buttons)
        fit_screen(self, 1200, 760)

    def reject(self) -> None:
        self.tab.maybe_leave(lambda ok: super(SchemesDialog, self).reject() if ok else None)
