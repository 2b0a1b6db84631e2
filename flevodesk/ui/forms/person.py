"""The volunteer form: the person, their initiatives, and hours logged in a few keystrokes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flevodesk.domain.enums import PersonStatus, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.field_rules import person_rules
from flevodesk.domain.validation import clean_birth_year, clean_email, clean_phone, clean_postcode
from flevodesk.message_text import render
from flevodesk.services.person_details import PersonDetails
from flevodesk.services.persons import EngagementService, HoursService, PersonService
from flevodesk.ui import dialogs
from flevodesk.ui.availability_field import AvailabilityField
from flevodesk.ui.background import user_message
from flevodesk.ui.fields import (
    ComboField,
    DateField,
    HoursMinutesField,
    IntField,
    LongTextField,
    TextField,
    choice_options,
    enum_options,
)
from flevodesk.ui.formatting import format_date, format_minutes, label_of
from flevodesk.ui.forms.base import RecordForm, RelatedTable, run_and_refresh
from flevodesk.ui.forms.errors import FieldErrors, error_label
from flevodesk.ui.forms.person_privacy import PersonPrivacyPanel


class PersonForm(RecordForm[PersonDetails]):
    #: Besides its listing's tables: hours and consents recorded elsewhere (an import).
    shows_tables = frozenset({"hours_entries", "consents"})

    def make_service(self) -> PersonService:
        return PersonService(self.db)

    def rules(self, values: Mapping[str, Any]) -> list[ValidationError]:
        return person_rules(values)

    def noun(self) -> str:
        return self.tr("de vrijwilliger")

    def new_title(self) -> str:
        return self.tr("Nieuwe vrijwilliger")

    def title_of(self, record: PersonDetails) -> str:
        return record.full_name

    def defaults(self) -> dict[str, Any]:
        return {"status": PersonStatus.ACTIEF}

    def build(self) -> None:
        self.add(TextField("first_name", self.tr("Voornaam")), required=True)
        self.add(TextField("tussenvoegsel", self.tr("Tussenvoegsel")))
        self.add(TextField("last_name", self.tr("Achternaam")), required=True)
        self.add(TextField("email", self.tr("E-mail")), check=clean_email)
        self.add(TextField("phone", self.tr("Telefoon")), check=clean_phone)
        self.add(TextField("address", self.tr("Adres")))
        self.add(TextField("postcode", self.tr("Postcode")), check=clean_postcode)
        self.add(TextField("place", self.tr("Woonplaats")))
        self.add(IntField("birth_year", self.tr("Geboortejaar")), check=clean_birth_year)
        self.add(LongTextField("skills", self.tr("Vaardigheden"), lines=2))
        self.availability = self.add(AvailabilityField("availability", self.tr("Beschikbaar")))
        self.add(
            TextField(
                "availability_note",
                self.tr("Toelichting beschikbaarheid"),
                self.tr("bijv. om de week, niet in de schoolvakanties"),
            )
        )
        self.add(ComboField("status", self.tr("Status"), enum_options(PersonStatus)))
        self.add(DateField("left_on", self.tr("Gestopt op")))
        self.add(TextField("left_reason", self.tr("Reden van stoppen")))
        self.add(LongTextField("notes", self.tr("Notities"), lines=2))
        self._build_engagements()
        self._build_hours()
        self.privacy = PersonPrivacyPanel(self)
        self.add_section(self.tr("Privacy (AVG)"), self.privacy, immediate=True)
        self.refresh_lookups()

    def _build_engagements(self) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.engagements = RelatedTable(
            [self.tr("Initiatief"), self.tr("Rol"), self.tr("Sinds"), self.tr("Tot")]
        )
        column.addWidget(self.engagements)
        grid = QGridLayout()
        self.new_initiative = ComboField(
            "initiative_id", self.tr("Initiatief"), empty="", searchable=True
        )
        self.new_role = ComboField("role", self.tr("Rol"), enum_options(Role))
        self.new_role.set_value(Role.VRIJWILLIGER)
        self.new_since = DateField("since", self.tr("Sinds"))
        self.new_since.set_value(date.today())
        self.engage_button = QPushButton(self.tr("Inzet toevoegen"))
        self.engage_button.clicked.connect(self._engage)
        self.end_button = QPushButton(self.tr("Inzet beëindigen (vandaag)"))
        self.end_button.clicked.connect(self._end)
        general = error_label()
        self.engage_errors = FieldErrors(general)
        for col, field in enumerate((self.new_initiative, self.new_role, self.new_since)):
            grid.addWidget(QLabel(field.label), 0, col)
            grid.addWidget(field.widget, 1, col)
            message = error_label()
            grid.addWidget(message, 2, col)
            self.engage_errors.register(field.name, field.widget, message, field.label)
        grid.setColumnStretch(0, 1)
        column.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.engage_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(general)
        self.add_section(self.tr("Initiatieven"), box, immediate=True)

    def _build_hours(self) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.hours_total = QLabel()
        column.addWidget(self.hours_total)
        self.hours = RelatedTable(
            [self.tr("Datum"), self.tr("Initiatief"), self.tr("Uren"), self.tr("Activiteit")]
        )
        column.addWidget(self.hours)
        grid = QGridLayout()
        self.log_date = DateField("worked_on", self.tr("Datum"))
        self.log_initiative = ComboField("initiative_id", self.tr("Initiatief"))
        self.log_time = HoursMinutesField("minutes", self.tr("Uren en minuten"))
        self.log_activity = TextField("activity", self.tr("Activiteit"))
        self.log_button = QPushButton(self.tr("Uren boeken"))
        self.log_button.clicked.connect(self.log_hours)
        # Enter in the last box books the hours: date, Tab, hours, Tab, Tab, activity, Enter.
        self.log_activity.edit.returnPressed.connect(self.log_hours)
        self.log_time.minutes.returnPressed.connect(self.log_hours)
        general = error_label()
        self.log_errors = FieldErrors(general)
        fields = (self.log_date, self.log_initiative, self.log_time, self.log_activity)
        for col, field in enumerate(fields):
            grid.addWidget(QLabel(field.label), 0, col)
            grid.addWidget(field.widget, 1, col)
            message = error_label()
            grid.addWidget(message, 2, col)
            self.log_errors.register(field.name, field.widget, message, field.label)
        grid.addWidget(self.log_button, 1, len(fields))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        column.addLayout(grid)
        column.addWidget(general)
        self.add_section(self.tr("Uren"), box, immediate=True)

    def refresh_lookups(self) -> None:
        self.new_initiative.set_options(choice_options(self.choices.lists.initiatives))

    def show_erased(self, record: PersonDetails) -> None:
        """Show the anonymised record: every field changed, not only the related panels."""
        if record.id == self.record_id:
            self.load(record)

    def show_related(self, record: PersonDetails | None) -> None:
        self.privacy.show_record(record)
        for widget in (self.engage_button, self.end_button, self.log_button):
            widget.setEnabled(record is not None)
        self.log_date.set_value(date.today())
        self.log_time.set_value(None)
        self.log_activity.set_value(None)
        self.log_errors.clear()
        self.engage_errors.clear()
        if record is None:
            self.engagements.set_rows([])
            self.hours.set_rows([])
            self.hours_total.setText("")
            self.log_initiative.set_options([])
            return
        engagements = record.engagements
        self.engagements.set_rows(
            [
                (
                    e.id,
                    [
                        e.initiative_name,
                        label_of(e.role),
                        format_date(e.since),
                        format_date(e.until),
                    ],
                )
                for e in engagements
            ]
        )
        self.hours.set_rows(
            [
                (
                    h.id,
                    [
                        format_date(h.worked_on),
                        h.initiative_name,
                        format_minutes(h.minutes),
                        h.activity or "",
                    ],
                )
                for h in record.hours
            ]
        )
        total = sum(h.minutes for h in record.hours)
        this_year = sum(h.minutes for h in record.hours if h.worked_on.year == date.today().year)
        self.hours_total.setText(
            self.tr("Totaal %1 uur, dit jaar %2 uur")
            .replace("%1", format_minutes(total))
            .replace("%2", format_minutes(this_year))
        )
        # The initiatives this person works for come first: that is where hours go.
        seen: dict[int, str] = {}
        for e in engagements:
            seen.setdefault(e.initiative_id, e.initiative_name)
        self.log_initiative.set_options([(name, key) for key, name in seen.items()])
        if self.log_initiative.value() is None and seen:
            self.log_initiative.combo.setCurrentIndex(0)

    @Slot()
    def log_hours(self) -> None:
        """Book the hours typed in the row under the hours table."""
        person_id = self.record_id
        if person_id is None:
            return
        self.log_errors.clear()
        try:
            day = self.log_date.value() or date.today()
            hours, minutes = self.log_time.value()
            initiative_id = self.log_initiative.value()
            if initiative_id is None:
                raise ValidationError("initiative_id", self.tr("kies een initiatief"))
        except ValidationError as error:
            self.log_errors.show(error.field, render(error.translatable))
            return
        activity = self.log_activity.value()
        service = HoursService(self.db)
        run_and_refresh(
            self,
            lambda: service.log(person_id, initiative_id, day, hours, minutes, activity),
            lambda error: self._show_error(self.log_errors, error),
        )

    @Slot()
    def _engage(self) -> None:
        person_id = self.record_id
        if person_id is None:
            return
        self.engage_errors.clear()
        try:
            initiative_id = self.new_initiative.value()
            if initiative_id is None:
                raise ValidationError("initiative_id", self.tr("kies een initiatief"))
            since = self.new_since.value() or date.today()
        except ValidationError as error:
            self.engage_errors.show(error.field, render(error.translatable))
            return
        role = Role(self.new_role.value())
        service = EngagementService(self.db)
        run_and_refresh(
            self,
            lambda: service.start(person_id, initiative_id, role, since),
            lambda error: self._show_error(self.engage_errors, error),
        )

    @Slot()
    def _end(self) -> None:
        engagement_id = self.engagements.current_id()
        if engagement_id is None:
            return
        service = EngagementService(self.db)
        run_and_refresh(
            self,
            lambda: service.end(engagement_id, date.today()),
            lambda error: self._show_error(self.engage_errors, error),
        )

    def _show_error(self, errors: FieldErrors, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            errors.show(error.field, render(error.translatable))
        else:
            dialogs.show_error(self, user_message(error))
