"""The funding application form: from the budget and the scheme's warnings, through the
decision, to obligations, receipts and the verantwoording."""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flevodesk.domain.enums import FundingDomain, FundingStatus
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.field_rules import funding_rules
from flevodesk.domain.parsing import parse_money
from flevodesk.message_text import render
from flevodesk.services.financing import financing_plan, record_decision
from flevodesk.services.funding import FundingService
from flevodesk.services.funding_checks import SchemeFacts, Warning, check_application
from flevodesk.services.funding_details import FundingDetails, SchemeChoice
from flevodesk.services.printouts import Ref, Request
from flevodesk.ui import dialogs
from flevodesk.ui.background import user_message
from flevodesk.ui.fields import (
    ComboField,
    DateField,
    IntField,
    LongTextField,
    MoneyField,
    TextField,
    choice_options,
    enum_options,
)
from flevodesk.ui.formatting import format_money
from flevodesk.ui.forms.base import RecordForm
from flevodesk.ui.forms.funding_after import CostsPanel, DecisionPanel, ObligationsPanel
from flevodesk.ui.forms.funding_budget import BudgetLinesField
from flevodesk.ui.printing import preview_printout
from flevodesk.ui.undo_stack import run_undoable

WARNING_STYLE = (
    "QLabel { background: #fff4ce; border: 1px solid #e0a800; border-radius: 3px; "
    "padding: 6px; color: #3d2e00; }"
)
NOTE_STYLE = "color: #5b6770;"
EXAMPLE_STYLE = "color: #8a5a00; font-weight: bold;"


class FundingForm(RecordForm[FundingDetails]):
    #: Besides its listing's tables: its budget, costs and obligations.
    shows_tables = frozenset({"budget_lines", "actual_costs", "obligations"})

    def make_service(self) -> FundingService:
        return FundingService(self.db)

    def rules(self, values: Mapping[str, Any]) -> list[ValidationError]:
        return funding_rules(values)

    def noun(self) -> str:
        return self.tr("de aanvraag")

    def new_title(self) -> str:
        return self.tr("Nieuwe aanvraag")

    def title_of(self, record: FundingDetails) -> str:
        amount = format_money(record.amount_requested)
        return f"{record.initiative_name} — {record.funder_name} ({amount})"

    def defaults(self) -> dict[str, Any]:
        return {
            "status": FundingStatus.IN_VOORBEREIDING,
            "domain": FundingDomain.SOCIAAL,
            "budget_lines": [],
        }

    def build(self) -> None:
        self._scheme: SchemeFacts | None = None
        self._budget_total: Decimal | None = None
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setVisible(False)
        # Right under the heading: the checks must be seen before the application goes out.
        self._layout.insertWidget(self._layout.indexOf(self.general_error) + 1, self.warnings)

        self.initiative = self.add(
            ComboField("initiative_id", self.tr("Initiatief"), empty="", searchable=True),
            required=self.tr("kies een initiatief"),
        )
        self.funder = self.add(
            ComboField("funder_id", self.tr("Financier"), empty="", searchable=True),
            required=self.tr("kies een financier"),
        )
        self.scheme_id = self.add(
            ComboField("scheme_id", self.tr("Regeling"), empty=self.tr("(geen regeling gekozen)"))
        )
        self.scheme_info = QLabel()
        self.scheme_info.setWordWrap(True)
        # Under the picker, in the field's own column: a row of its own left a tall gap.
        container = self.scheme_id.widget.parentWidget()
        column = container.layout() if container is not None else None
        assert isinstance(column, QVBoxLayout), "RecordForm.add puts each field in a column"
        column.insertWidget(1, self.scheme_info)
        self.scheme_name = self.add(
            TextField(
                "scheme",
                self.tr("Naam regeling"),
                self.tr("als de regeling niet in de lijst staat"),
            )
        )
        self.add(TextField("title", self.tr("Titel")))
        self.add(ComboField("domain", self.tr("Domein"), enum_options(FundingDomain)))
        self.status = self.add(ComboField("status", self.tr("Status"), enum_options(FundingStatus)))
        self.requested = self.add(
            MoneyField("amount_requested", self.tr("Aangevraagd (€)")),
            required=True,
            check=parse_money,
        )
        self.activity_date = self.add(DateField("activity_date", self.tr("Datum activiteit")))
        self.add(DateField("deadline", self.tr("Deadline")))
        self.submitted_on = self.add(DateField("submitted_on", self.tr("Ingediend op")))
        self.add(LongTextField("notes", self.tr("Notities"), lines=2))

        self.budget = self.add(BudgetLinesField(), self.section_form(self.tr("Begroting")))

        self.decision = DecisionPanel(self.errors)
        self.decision.decide.connect(lambda _arg: self.record_decision())
        self.add_section(self.tr("Besluit van de financier"), self.decision, immediate=True)

        money = self.section_form(self.tr("Geld na het besluit"))
        self.add(MoneyField("advance_received", self.tr("Voorschot ontvangen (€)")), money)
        self.add(MoneyField("final_payment", self.tr("Eindbetaling (€)")), money)
        self.add(MoneyField("repayment", self.tr("Terugbetaald (€)")), money)

        self.obligations = ObligationsPanel(self)
        self.add_section(self.tr("Verplichtingen"), self.obligations, immediate=True)
        self.costs = CostsPanel(self)
        self.add_section(self.tr("Uitgaven en bonnen"), self.costs, immediate=True)

        report = self.section_form(self.tr("Verantwoording"))
        self.add(DateField("accountability_due", self.tr("Verantwoorden vóór")), report)
        self.add(DateField("reported_on", self.tr("Verantwoord op")), report)
        # The sum of the costs above, so it is never typed twice (and never differs).
        self.costs_total = QLabel()
        self.costs_total.setObjectName("costs_total")
        self.costs_total.setToolTip(self.tr("De som van de uitgaven onder Uitgaven en bonnen."))
        report.addRow(self.tr("Gemaakte kosten"), self.costs_total)
        self.add(IntField("report_people_reached", self.tr("Bereikte mensen")), report)
        self.add(IntField("report_activities", self.tr("Activiteiten")), report)
        self.add(IntField("report_volunteers", self.tr("Vrijwilligers")), report)
        self.add(LongTextField("report_story", self.tr("Verhaal"), lines=3), report)
        self.print_button = QPushButton(self.tr("Verantwoording afdrukken…"))
        self.print_button.clicked.connect(self.print_report)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        report.addRow(holder)

        self.funder.changed.connect(self._funder_changed)
        self.scheme_id.changed.connect(self._scheme_changed)
        self.initiative.changed.connect(self._initiative_changed)
        for field in (self.requested, self.activity_date, self.budget, self.status):
            field.changed.connect(self.update_warnings)
        self.submitted_on.changed.connect(self.update_warnings)
        self.refresh_lookups()

    # --- lookups ------------------------------------------------------------------------

    def refresh_lookups(self) -> None:
        self.initiative.set_options(choice_options(self.choices.lists.initiatives))
        self.funder.set_options(choice_options(self.choices.lists.partners))
        self._funder_changed()

    def load(self, record: FundingDetails | None) -> None:
        # The scheme picker needs the funder's schemes before the record's scheme is set;
        # they came with the details, so showing the record reads nothing.
        self._set_scheme_choices(record.funder_schemes if record is not None else ())
        super().load(record)

    @Slot()
    def _funder_changed(self) -> None:
        """Offer only the schemes of the chosen funder."""
        if self._loading:
            return  # load() offered the schemes of the loaded record's funder
        funder_id = self.funder.value()
        if funder_id is None:
            self._set_scheme_choices(())
            return
        service = FundingService(self.db)

        def loaded(choices: tuple[SchemeChoice, ...]) -> None:
            if self.funder.value() == funder_id:
                self._set_scheme_choices(choices)

        self.bg.run(lambda: service.scheme_choices(funder_id), loaded)

    def _set_scheme_choices(self, choices: tuple[SchemeChoice, ...]) -> None:
        example = self.tr("voorbeeld")
        self.scheme_id.set_options(
            [(f"{c.name} ({example})" if c.is_example else c.name, c.id) for c in choices]
        )

    @Slot()
    def _scheme_changed(self) -> None:
        if self._loading:
            return  # show_related sets the scheme of a loaded record
        scheme_id = self.scheme_id.value()
        if scheme_id is None:
            self._set_scheme(None)
            return
        service = FundingService(self.db)
        self.bg.run(lambda: service.scheme_rules(scheme_id), self._scheme_loaded)

    def _scheme_loaded(self, scheme: SchemeFacts) -> None:
        if scheme.id != self.scheme_id.value():
            return  # the user picked another one meanwhile
        previous = self._scheme.name if self._scheme is not None else None
        if self.scheme_name.value() in (None, previous):
            self.scheme_name.set_value(scheme.name)
        self._set_scheme(scheme)

    def _set_scheme(self, scheme: SchemeFacts | None) -> None:
        self._scheme = scheme
        if scheme is None:
            self.scheme_info.clear()
            self.scheme_info.setVisible(False)
        else:
            parts = []
            if scheme.is_example:
                parts.append(
                    f"<span style='{EXAMPLE_STYLE}'>"
                    + html.escape(self.tr("Voorbeeld — controleer de actuele regels."))
                    + "</span>"
                )
            if scheme.description:
                parts.append(f"<span style='{NOTE_STYLE}'>{html.escape(scheme.description)}</span>")
            self.scheme_info.setText(" ".join(parts))
            self.scheme_info.setVisible(bool(parts))
        self.update_warnings()

    @Slot()
    def _initiative_changed(self) -> None:
        if self._loading:
            return
        initiative_id = self.initiative.value()
        if initiative_id is None:
            self._budget_total = None
            self.update_warnings()
            return
        db = self.db

        def loaded(total: Decimal | None) -> None:
            if self.initiative.value() == initiative_id:
                self._budget_total = total
                self.update_warnings()

        self.bg.run(lambda: financing_plan(db, initiative_id).budget_total, loaded)

    # --- warnings -----------------------------------------------------------------------

    def current_warnings(self) -> list[Warning]:
        """What the chosen scheme's rules say about the application as it stands now."""
        if self._scheme is None:
            return []
        try:
            requested = parse_money("amount_requested", self.requested.value())
        except ValidationError:
            requested = None
        try:
            activity = self.activity_date.value()
        except ValidationError:
            activity = None
        try:
            submitted = self.submitted_on.value()
        except ValidationError:
            submitted = None
        return check_application(
            self._scheme,
            requested or Decimal("0.00"),
            self.budget.inputs(),
            activity,
            # Once sent, the lead time counts at the day of sending, not today.
            submitted or date.today(),
            self._budget_total,
        )

    @Slot()
    def update_warnings(self) -> None:
        warnings = self.current_warnings()
        if not warnings or self._scheme is None:
            self.warnings.clear()
            self.warnings.setVisible(False)
            return
        heading = self.tr("Let op: de regels van %1").replace("%1", self._scheme.name)
        items = "".join(f"<li>{html.escape(render(w.said))}</li>" for w in warnings)
        note = self.tr("U kunt de aanvraag toch opslaan en indienen; de financier beslist.")
        self.warnings.setText(
            f"<b>{html.escape(heading)}</b><ul style='margin: 2px 0 2px -20px'>{items}</ul>"
            f"<i>{html.escape(note)}</i>"
        )
        self.warnings.setVisible(True)

    # --- related ------------------------------------------------------------------------

    def show_related(self, record: FundingDetails | None) -> None:
        self._budget_total = record.initiative_budget_total if record is not None else None
        spent: dict[int, Decimal] = defaultdict(lambda: Decimal("0.00"))
        for cost in record.actual_costs if record is not None else []:
            if cost.budget_line_id is not None:
                spent[cost.budget_line_id] += cost.amount
        self.budget.set_spent(dict(spent))
        total = record.costs_total if record is not None else None
        self.costs_total.setText(format_money(total) if total is not None else "—")
        self.decision.show_record(record)
        self.obligations.show_record(record)
        self.costs.show_record(record)
        self.print_button.setEnabled(record is not None)
        self._set_scheme(record.funding_scheme if record is not None else None)

    def record_decision(self) -> None:
        """Store the decision in the panel; a grant gets its obligations."""
        application_id, version = self.record_id, self.version
        if application_id is None or version is None:
            return  # nothing saved yet: the panel is disabled until the first save
        self.errors.clear()
        if self.dirty:
            self.errors.show("", self.tr("Sla de aanvraag eerst op; leg daarna het besluit vast."))
            return
        try:
            decision = self.decision.decision()
        except ValidationError as error:
            self.show_error(error)
            return
        db = self.db
        run_undoable(
            self,
            lambda: record_decision(db, application_id, version, decision),
            self._decided,
            self._decision_failed,
            record_id=application_id,
            label=lambda record: self.tr("besluit vastleggen over %1").replace(
                "%1", self.title_of(record)
            ),
        )

    def _decided(self, record: FundingDetails) -> None:
        self.load(record)

    def _decision_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_error(error)
        else:
            dialogs.show_error(self, user_message(error))

    @Slot()
    def print_report(self) -> None:
        if self.record is None:
            return
        request = Request(application=Ref(self.record.id, self.record.title or ""))
        preview_printout(self, self.bg, self.db, "funding", request)
