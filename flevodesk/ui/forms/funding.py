"""The funding application form: which initiative asks which funder for how much."""

from __future__ import annotations

from typing import Any

from flevodesk.domain.enums import FundingDomain, FundingStatus
from flevodesk.services.funding import FundingService
from flevodesk.services.lookups import Lookups
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


class FundingForm(RecordForm):
    def make_service(self) -> FundingService:
        return FundingService(self.db)

    def noun(self) -> str:
        return self.tr("de aanvraag")

    def new_title(self) -> str:
        return self.tr("Nieuwe aanvraag")

    def title_of(self, record: Any) -> str:
        amount = format_money(record.amount_requested)
        return f"{record.initiative.name} — {record.funder.name} ({amount})"

    def defaults(self) -> dict[str, Any]:
        return {"status": FundingStatus.IN_VOORBEREIDING, "domain": FundingDomain.SOCIAAL}

    def build(self) -> None:
        self._lookups = Lookups(self.db)
        self.initiative = self.add(
            ComboField("initiative_id", self.tr("Initiatief"), empty="", searchable=True)
        )
        self.funder = self.add(
            ComboField("funder_id", self.tr("Financier"), empty="", searchable=True)
        )
        self.add(TextField("scheme", self.tr("Regeling (potje)")))
        self.add(TextField("title", self.tr("Titel")))
        self.add(ComboField("domain", self.tr("Domein"), enum_options(FundingDomain)))
        self.add(ComboField("status", self.tr("Status"), enum_options(FundingStatus)))
        self.add(MoneyField("amount_requested", self.tr("Aangevraagd (€)")))
        self.add(MoneyField("amount_granted", self.tr("Toegekend (€)")))
        self.add(DateField("deadline", self.tr("Deadline")))
        self.add(DateField("submitted_on", self.tr("Ingediend op")))
        self.add(DateField("decided_on", self.tr("Besluit op")))
        self.add(LongTextField("rejection_reason", self.tr("Reden van afwijzing"), lines=2))
        self.add(DateField("accountability_due", self.tr("Verantwoording uiterlijk")))
        self.add(DateField("reported_on", self.tr("Verantwoord op")))
        self.add(MoneyField("report_costs", self.tr("Gemaakte kosten (€)")))
        self.add(IntField("report_people_reached", self.tr("Bereikte mensen")))
        self.add(IntField("report_activities", self.tr("Activiteiten")))
        self.add(IntField("report_volunteers", self.tr("Vrijwilligers")))
        self.add(LongTextField("report_story", self.tr("Verhaal"), lines=3))
        self.add(LongTextField("notes", self.tr("Notities"), lines=2))
        self.refresh_lookups()

    def refresh_lookups(self) -> None:
        self.initiative.set_options(choice_options(self._lookups.initiatives()))
        self.funder.set_options(choice_options(self._lookups.partners()))
