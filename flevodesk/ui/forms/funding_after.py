"""What happens to an application once it is out: the decision, the obligations that come
with a grant, and the money actually spent with its receipts."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flevodesk.domain.enums import CostType, FundingStatus, RejectionCategory
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import parse_money
from flevodesk.message_text import render
from flevodesk.services.financing import Decision
from flevodesk.services.funding import ActualCostService, ObligationService
from flevodesk.services.funding_details import BudgetLineRow, FundingDetails
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.background import user_message
from flevodesk.ui.fields import (
    ComboField,
    DateField,
    Field,
    LongTextField,
    MoneyField,
    TextField,
    enum_options,
)
from flevodesk.ui.formatting import format_date, format_money, label_of
from flevodesk.ui.forms.base import RelatedTable, run_and_refresh
from flevodesk.ui.forms.errors import FieldErrors, error_label
from flevodesk.ui.table_cells import cell
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.ui.forms.base import RecordForm

OVERDUE = QColor("#b00020")
DECISIONS = (FundingStatus.TOEGEKEND, FundingStatus.DEELS_TOEGEKEND, FundingStatus.AFGEWEZEN)


def _fields_in(layout: QFormLayout, fields: list[Field], errors: FieldErrors) -> None:
    """Lay ``fields`` out in ``layout`` with an error label under each."""
    for field in fields:
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field.widget)
        message = error_label()
        column.addWidget(message)
        layout.addRow(field.label, container)
        errors.register(field.name, field.widget, message, field.label)


class DecisionPanel(QWidget):
    """The funder's answer, recorded in one step so a grant gets its obligations.

    The fields are not part of the form's values: the decision is stored by
    :func:`flevodesk.services.financing.record_decision`, never by a plain save. Their error
    labels are registered with the form, so a save that needs them points here.

    Signals:
        decide: the user asks to record the decision shown.
    """

    decide = Signal(object)

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outcome = ComboField(
            "status_decision",
            tr_text("Uitkomst"),
            [(label_of(s), s) for s in DECISIONS],
        )
        self.decided_on = DateField("decided_on", tr_text("Besluit op"))
        self.amount = MoneyField("amount_granted", tr_text("Toegekend (€)"))
        self.category = ComboField(
            "rejection_category",
            tr_text("Reden van afwijzing"),
            enum_options(RejectionCategory),
            empty=tr_text("(kies een reden)"),
        )
        self.reason = LongTextField("rejection_reason", tr_text("Toelichting"), lines=2)
        _fields_in(
            layout, [self.outcome, self.decided_on, self.amount, self.category, self.reason], errors
        )
        self.button = QPushButton(tr_text("Besluit vastleggen"))
        self.button.clicked.connect(self._decide)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addRow(row)
        self.outcome.changed.connect(self._outcome_changed)
        self._layout = layout
        self._outcome_changed()

    def show_record(self, record: FundingDetails | None) -> None:
        status = record.status if record is not None else None
        self.outcome.set_value(status if status in DECISIONS else FundingStatus.TOEGEKEND)
        self.decided_on.set_value((record.decided_on if record else None) or date.today())
        self.amount.set_value(record.amount_granted if record else None)
        self.category.set_value(record.rejection_category if record else None)
        self.reason.set_value(record.rejection_reason if record else None)
        self.button.setEnabled(record is not None)
        self._outcome_changed()

    def decision(self) -> Decision:
        """The decision the fields describe.

        Raises:
            ValidationError: for a date or amount that does not read.
        """
        decided_on = self.decided_on.value()
        if decided_on is None:
            raise ValidationError("decided_on", tr_text("vul de datum van het besluit in"))
        # Qt hands str-based enums back as their plain values.
        status = FundingStatus(self.outcome.value())
        rejected = status is FundingStatus.AFGEWEZEN
        amount = None if rejected else parse_money("amount_granted", self.amount.value())
        category = self.category.value()
        return Decision(
            status=status,
            decided_on=decided_on,
            amount_granted=amount,
            rejection_category=RejectionCategory(category) if rejected and category else None,
            rejection_reason=self.reason.value() if rejected else None,
        )

    @Slot()
    def _decide(self) -> None:
        self.decide.emit(None)

    @Slot()
    def _outcome_changed(self) -> None:
        rejected = self.outcome.value() == FundingStatus.AFGEWEZEN
        for field, visible in (
            (self.amount, not rejected),
            (self.category, rejected),
            (self.reason, rejected),
        ):
            row = field.widget.parentWidget()
            assert row is not None, "a field's widget sits in its row's container"
            self._layout.setRowVisible(row, visible)


class ObligationsPanel(QWidget):
    """The duties of a grant with their due dates; the user marks them done."""

    def __init__(self, form: RecordForm[FundingDetails], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = form
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = RelatedTable(
            [tr_text("Verplichting"), tr_text("Uiterlijk"), tr_text("Gedaan op")]
        )
        column.addWidget(self.table)
        row = QHBoxLayout()
        self.done_button = QPushButton(tr_text("Gedaan (vandaag)"))
        self.open_button = QPushButton(tr_text("Toch nog open"))
        self.done_button.clicked.connect(lambda: self.mark(date.today()))
        self.open_button.clicked.connect(lambda: self.mark(None))
        row.addWidget(self.done_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        column.addLayout(row)

    def show_record(self, record: FundingDetails | None) -> None:
        obligations = record.obligations if record is not None else ()
        today = date.today()
        self.table.set_rows(
            [
                (o.id, [label_of(o.kind), format_date(o.due_date), format_date(o.done_on)])
                for o in obligations
            ]
        )
        for row, obligation in enumerate(obligations):
            if obligation.done_on is None and obligation.due_date and obligation.due_date < today:
                for column in range(self.table.columnCount()):
                    cell(self.table, row, column).setForeground(QBrush(OVERDUE))
        for button in (self.done_button, self.open_button):
            button.setEnabled(bool(obligations))

    def mark(self, done_on: date | None, obligation_id: int | None = None) -> None:
        """Mark the chosen obligation (or ``obligation_id``) done on ``done_on``, or open."""
        chosen = obligation_id if obligation_id is not None else self.table.current_id()
        if chosen is None:
            return
        service = ObligationService(self._form.db)
        run_and_refresh(
            self._form,
            lambda: service.update(chosen, None, {"done_on": done_on}),
            lambda error: dialogs.show_error(self, user_message(error)),
        )


class CostsPanel(QWidget):
    """Money actually spent, each with its receipt (a file or a reference) and the budget
    line it belongs to."""

    def __init__(self, form: RecordForm[FundingDetails], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._lines: dict[int, BudgetLineRow] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = RelatedTable(
            [
                tr_text("Betaald op"),
                tr_text("Omschrijving"),
                tr_text("Begrotingsregel"),
                tr_text("Bedrag"),
                tr_text("Bon"),
            ]
        )
        column.addWidget(self.table)
        general = error_label()
        self.errors = FieldErrors(general)
        self.description = TextField("description", tr_text("Omschrijving"))
        self.line = ComboField(
            "budget_line_id", tr_text("Begrotingsregel"), empty=tr_text("(geen)")
        )
        self.cost_type = ComboField("cost_type", tr_text("Soort kosten"), enum_options(CostType))
        self.amount = MoneyField("amount", tr_text("Bedrag (€)"))
        self.paid_on = DateField("paid_on", tr_text("Betaald op"))
        self.receipt = TextField(
            "receipt", tr_text("Bon"), tr_text("bestand of kenmerk, zoals bon 12")
        )
        self.line.changed.connect(self._line_chosen)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: list[Field] = [
            self.description,
            self.line,
            self.cost_type,
            self.amount,
            self.paid_on,
            self.receipt,
        ]
        _fields_in(layout, self.fields, self.errors)
        column.addLayout(layout)
        column.addWidget(general)
        row = QHBoxLayout()
        self.file_button = QPushButton(tr_text("Bon als bestand…"))
        self.add_button = QPushButton(tr_text("Uitgave toevoegen"))
        self.delete_button = QPushButton(tr_text("Uitgave verwijderen"))
        self.file_button.clicked.connect(self.choose_file)
        self.add_button.clicked.connect(self.add_cost)
        self.delete_button.clicked.connect(self.delete_cost)
        for button in (self.file_button, self.add_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)

    def show_record(self, record: FundingDetails | None) -> None:
        self._lines = {line.id: line for line in record.budget_lines} if record else {}
        self.line.set_options(
            [
                (f"{line.description} ({format_money(line.amount)})", line.id)
                for line in self._lines.values()
            ]
        )
        costs = record.actual_costs if record is not None else ()
        self.table.set_rows(
            [
                (
                    c.id,
                    [
                        format_date(c.paid_on),
                        c.description,
                        self._lines[c.budget_line_id].description
                        if c.budget_line_id in self._lines
                        else tr_text("buiten de begroting"),
                        format_money(c.amount),
                        c.receipt or "",
                    ],
                )
                for c in costs
            ]
        )
        self.errors.clear()
        for field in self.fields:
            field.set_value(None)
        self.cost_type.set_value(CostType.OVERIG)
        for button in (self.file_button, self.add_button, self.delete_button):
            button.setEnabled(record is not None)

    @Slot()
    def choose_file(self) -> None:
        path = file_choice.ask_open_path(
            self,
            tr_text("Bon kiezen"),
            tr_text("Bonnen (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)"),
            purpose="receipts",
        )
        if path is not None:
            self.receipt.set_value(str(path))

    @Slot()
    def add_cost(self) -> None:
        application_id = self._form.record_id
        if application_id is None:
            return
        self.errors.clear()
        try:
            values = {field.name: field.value() for field in self.fields}
            values["cost_type"] = CostType(values["cost_type"] or CostType.OVERIG)
        except ValidationError as error:
            self.errors.show(error.field, render(error.translatable))
            return
        service = ActualCostService(self._form.db)
        run_and_refresh(
            self._form,
            lambda: service.create({**values, "application_id": application_id}),
            self._failed,
        )

    @Slot()
    def delete_cost(self) -> None:
        cost_id = self.table.current_id()
        if cost_id is None or not dialogs.confirm_delete(self, tr_text("deze uitgave"), []):
            return
        service = ActualCostService(self._form.db)
        run_and_refresh(self._form, lambda: service.delete(cost_id), self._failed)

    @Slot()
    def _line_chosen(self) -> None:
        line = self._lines.get(self.line.value())
        if line is not None:
            self.cost_type.set_value(line.cost_type)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error.field, render(error.translatable))
        else:
            dialogs.show_error(self, user_message(error))
