"""The initiative form, with its volunteers, funding applications and partners."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from flevodesk.domain.enums import InitiativeStatus, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.field_rules import initiative_rules
from flevodesk.domain.validation import clean_email, clean_phone
from flevodesk.services.initiative_details import InitiativeDetails
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.persons import EngagementService
from flevodesk.ui import dialogs
from flevodesk.ui.background import user_message
from flevodesk.ui.fields import (
    BoolField,
    CheckListField,
    ComboField,
    DateField,
    LongTextField,
    MoneyField,
    TextField,
    choice_options,
    enum_options,
)
from flevodesk.ui.financing_plan import FinancingPlanView
from flevodesk.ui.formatting import format_date, label_of
from flevodesk.ui.forms.base import RecordForm, RelatedTable, run_and_refresh
from flevodesk.ui.forms.person_picker import pick_engagement


class InitiativeForm(RecordForm[InitiativeDetails]):
    #: Besides its listing's tables: its financing plan and volunteers, changed in the other tabs.
    shows_tables = frozenset({"funding_applications", "engagements"})

    def make_service(self) -> InitiativeService:
        return InitiativeService(self.db)

    def rules(self, values: Mapping[str, Any]) -> list[ValidationError]:
        return initiative_rules(values)

    def noun(self) -> str:
        return self.tr("het initiatief")

    def new_title(self) -> str:
        return self.tr("Nieuw initiatief")

    def defaults(self) -> dict[str, Any]:
        return {"status": InitiativeStatus.IDEE, "location_temporary": False, "themes": []}

    def build(self) -> None:
        self.add(TextField("name", self.tr("Naam")), required=True)
        self.municipality = self.add(
            ComboField(
                "municipality_id", self.tr("Gemeente"), empty=self.tr("(kies een gemeente)")
            ),
            required=self.tr("kies een gemeente"),
        )
        self.area = self.add(
            ComboField("area_id", self.tr("Wijk of kern"), empty=self.tr("(geen)"))
        )
        self.municipality.changed.connect(self._municipality_changed)
        self.add(ComboField("status", self.tr("Status"), enum_options(InitiativeStatus)))
        self.themes = self.add(CheckListField("themes", self.tr("Thema's")))
        self.add(LongTextField("description", self.tr("Beschrijving")))
        self.add(LongTextField("goal", self.tr("Doel"), lines=2))
        self.add(DateField("start_date", self.tr("Startdatum")))
        self.add(DateField("end_date", self.tr("Einddatum")))
        self.add(TextField("location", self.tr("Locatie")))
        self.add(BoolField("location_temporary", self.tr("Tijdelijke locatie"), self.tr("ja")))
        self.add(DateField("location_until", self.tr("Locatie tot")))
        self.add(TextField("website", self.tr("Website")))
        self.add(TextField("contact_email", self.tr("E-mail")), check=clean_email)
        self.add(TextField("contact_phone", self.tr("Telefoon")), check=clean_phone)
        self.add(TextField("schedule", self.tr("Wanneer")))
        self.add(LongTextField("notes", self.tr("Notities"), lines=2))
        self.refresh_lookups()

        self.volunteers = RelatedTable(
            [self.tr("Vrijwilliger"), self.tr("Rol"), self.tr("Sinds"), self.tr("Tot")]
        )
        volunteer_box = QWidget()
        column = QVBoxLayout(volunteer_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.volunteers)
        row = QHBoxLayout()
        self.add_volunteer = QPushButton(self.tr("Vrijwilliger toevoegen…"))
        self.end_engagement = QPushButton(self.tr("Inzet beëindigen (vandaag)"))
        self.add_volunteer.clicked.connect(self._add_volunteer)
        self.end_engagement.clicked.connect(self._end_engagement)
        row.addWidget(self.add_volunteer)
        row.addWidget(self.end_engagement)
        row.addStretch(1)
        column.addLayout(row)
        self.add_section(self.tr("Vrijwilligers"), volunteer_box, immediate=True)

        plan = self.section_form(self.tr("Financieringsplan"))
        self.add(MoneyField("budget_total", self.tr("Begroting totaal (€)")), plan)
        self.add(MoneyField("own_contribution", self.tr("Eigen bijdrage (€)")), plan)
        self.plan = FinancingPlanView(self.db, self.bg)
        plan.addRow(self.plan)
        self.funding = self.plan.table
        self.partners = RelatedTable([self.tr("Partner"), self.tr("Soort")])
        self.add_section(self.tr("Ondersteunende partners"), self.partners)

    def refresh_lookups(self) -> None:
        lists = self.choices.lists
        self.municipality.set_options(choice_options(lists.municipalities))
        self._all_areas = list(lists.areas)
        self.themes.set_options(choice_options(lists.themes))
        self._municipality_changed()

    def value_of(self, record: InitiativeDetails, name: str) -> Any:
        if name == "themes":
            return [theme.id for theme in record.themes]
        return super().value_of(record, name)

    @Slot()
    def _municipality_changed(self) -> None:
        municipality_id = self.municipality.value()
        areas = [a for a in self._all_areas if a.parent_id == municipality_id]
        self.area.set_options(choice_options(areas))

    def show_related(self, record: InitiativeDetails | None) -> None:
        enabled = record is not None
        self.add_volunteer.setEnabled(enabled)
        self.end_engagement.setEnabled(enabled)
        if record is None:
            for table in (self.volunteers, self.partners):
                table.set_rows([])
            self.plan.show_plan(None, None)
            return
        self.volunteers.set_rows(
            [
                (
                    e.id,
                    [e.person_name, label_of(e.role), format_date(e.since), format_date(e.until)],
                )
                for e in record.engagements
            ]
        )
        self.plan.show_plan(record.id, record.plan)
        self.partners.set_rows([(p.id, [p.name, label_of(p.kind)]) for p in record.partners])

    @Slot()
    def _add_volunteer(self) -> None:
        initiative_id = self.record_id
        if initiative_id is None:
            return
        picked = pick_engagement(self, self.db, self.bg)
        if picked is None:
            return
        person_id, role, since = picked
        service = EngagementService(self.db)
        run_and_refresh(
            self,
            lambda: service.start(person_id, initiative_id, Role(role), since),
            self._failed,
        )

    @Slot()
    def _end_engagement(self) -> None:
        engagement_id = self.volunteers.current_id()
        if engagement_id is None:
            return
        service = EngagementService(self.db)
        run_and_refresh(self, lambda: service.end(engagement_id, date.today()), self._failed)

    def _failed(self, error: BaseException) -> None:
        dialogs.show_error(self, user_message(error))
