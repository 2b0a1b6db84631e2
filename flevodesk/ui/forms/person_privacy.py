"""The privacy part of the volunteer form: consents per purpose, the VOG register, the change
log, and the two AVG requests a person can make (inzage and wissen)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from flevodesk.domain.enums import ConsentMethod, ConsentPurpose, VogOutcome
from flevodesk.domain.errors import ValidationError
from flevodesk.message_text import render
from flevodesk.services.erasure import ErasureResult, erase_person
from flevodesk.services.person_details import PersonDetails
from flevodesk.services.privacy import ConsentService, VogService
from flevodesk.services.privacy_export import field_label, write_access_export
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.background import user_message
from flevodesk.ui.fields import ComboField, DateField, Field, TextField, enum_options
from flevodesk.ui.formatting import format_date, label_of
from flevodesk.ui.forms.base import RelatedTable, run_and_refresh
from flevodesk.ui.forms.errors import FieldErrors, error_label
from flevodesk.ui.texts import tr_text
from flevodesk.ui.undo_stack import forget_all

if TYPE_CHECKING:
    from pathlib import Path

    from flevodesk.ui.forms.person import PersonForm


def confirm_erase(parent: QWidget | None, name: str) -> bool:
    """Ask before anonymising; replaced in tests."""
    return file_choice.confirm(
        parent,
        tr_text("Anonimiseren"),
        tr_text(
            "Alle persoonsgegevens van %1 onherroepelijk wissen? Uren en inzet blijven "
            "anoniem bewaard voor de statistiek. Dit kan niet ongedaan worden gemaakt, en "
            "wat u tot nu toe met Ctrl+Z ongedaan kon maken vervalt."
        ).replace("%1", name),
    )


def tell_erasure(parent: QWidget | None, result: ErasureResult) -> None:
    """What the erasure did; shown as a warning when the file still holds the old values."""
    if result.scrubbed:
        dialogs.inform(parent, render(result.said()))
    else:
        dialogs.show_error(parent, render(result.said()))


class PersonPrivacyPanel(QWidget):
    """Lives in the person form; ``show_record`` fills it from the loaded person."""

    def __init__(self, form: PersonForm) -> None:
        super().__init__()
        self.form = form
        self.record: PersonDetails | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.vog_state = QLabel()
        self.vog_state.setWordWrap(True)
        column.addWidget(self.vog_state)

        column.addWidget(QLabel(tr_text("<b>Toestemmingen</b>")))
        self.consents = RelatedTable(
            [tr_text("Doel"), tr_text("Gegeven op"), tr_text("Hoe"), tr_text("Ingetrokken op")]
        )
        column.addWidget(self.consents)
        self.purpose = ComboField("purpose", tr_text("Doel"), enum_options(ConsentPurpose))
        self.given_on = DateField("given_on", tr_text("Gegeven op"))
        self.method = ComboField(
            "method", tr_text("Hoe"), enum_options(ConsentMethod), empty=tr_text("(onbekend)")
        )
        self.give_button = QPushButton(tr_text("Toestemming vastleggen"))
        self.give_button.clicked.connect(self.give_consent)
        self.withdraw_button = QPushButton(tr_text("Intrekken (vandaag)"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.consent_errors = self._row(
            column,
            (self.purpose, self.given_on, self.method),
            (self.give_button, self.withdraw_button),
        )

        column.addWidget(QLabel(tr_text("<b>VOG-register</b> (geen kopie van de verklaring)")))
        self.vogs = RelatedTable(
            [
                tr_text("Screeningsprofiel"),
                tr_text("Aangevraagd"),
                tr_text("Ingezien op"),
                tr_text("Door"),
                tr_text("Uitkomst"),
                tr_text("Geldig tot"),
            ]
        )
        column.addWidget(self.vogs)
        self.profile = TextField("screening_profile", tr_text("Screeningsprofiel"))
        self.requested_on = DateField("requested_on", tr_text("Aangevraagd op"))
        self.seen_on = DateField("seen_on", tr_text("Ingezien op"))
        self.seen_by = TextField("seen_by", tr_text("Ingezien door"))
        self.outcome = ComboField("outcome", tr_text("Uitkomst"), enum_options(VogOutcome))
        self.valid_until = DateField("valid_until", tr_text("Geldig tot (leeg: volgens rol)"))
        self.vog_button = QPushButton(tr_text("VOG registreren"))
        self.vog_button.clicked.connect(self.record_vog)
        self.vog_errors = self._row(
            column,
            (
                self.profile,
                self.requested_on,
                self.seen_on,
                self.seen_by,
                self.outcome,
                self.valid_until,
            ),
            (self.vog_button,),
            per_row=3,
        )

        column.addWidget(QLabel(tr_text("<b>Wijzigingslogboek</b>")))
        self.changes = RelatedTable([tr_text("Wanneer"), tr_text("Door"), tr_text("Veld")])
        column.addWidget(self.changes)
        requests = QHBoxLayout()
        self.export_button = QPushButton(tr_text("Inzageverzoek (export)…"))
        self.export_button.clicked.connect(self.export_access)
        self.erase_button = QPushButton(tr_text("Anonimiseren…"))
        self.erase_button.clicked.connect(self.erase)
        requests.addWidget(self.export_button)
        requests.addWidget(self.erase_button)
        requests.addStretch(1)
        column.addLayout(requests)

    def _row(
        self,
        column: QVBoxLayout,
        fields: tuple[Field, ...],
        buttons: tuple[QPushButton, ...],
        per_row: int = 4,
    ) -> FieldErrors:
        grid = QGridLayout()
        general = error_label()
        errors = FieldErrors(general)
        for index, field in enumerate(fields):
            row, col = divmod(index, per_row)
            grid.addWidget(QLabel(field.label), row * 3, col)
            grid.addWidget(field.widget, row * 3 + 1, col)
            message = error_label()
            grid.addWidget(message, row * 3 + 2, col)
            errors.register(field.name, field.widget, message, field.label)
        column.addLayout(grid)
        line = QHBoxLayout()
        for button in buttons:
            line.addWidget(button)
        line.addStretch(1)
        column.addLayout(line)
        column.addWidget(general)
        return errors

    # --- showing ------------------------------------------------------------------------

    def show_record(self, record: PersonDetails | None) -> None:
        self.record = record
        buttons = (
            self.give_button,
            self.withdraw_button,
            self.vog_button,
            self.export_button,
            self.erase_button,
        )
        anonymised = record is not None and record.anonymised_on is not None
        for button in buttons:
            button.setEnabled(record is not None and not anonymised)
        self.export_button.setEnabled(record is not None)
        self.consent_errors.clear()
        self.vog_errors.clear()
        self.given_on.set_value(date.today())
        self.purpose.set_value(ConsentPurpose.CONTACT)
        self.outcome.set_value(VogOutcome.AFGEGEVEN)
        for field in (self.profile, self.requested_on, self.seen_on, self.seen_by):
            field.set_value(None)
        self.valid_until.set_value(None)
        if record is None:
            for table in (self.consents, self.vogs, self.changes):
                table.set_rows([])
            self.vog_state.setText("")
            return
        self.consents.set_rows(
            [
                (
                    c.id,
                    [
                        label_of(c.purpose),
                        format_date(c.given_on),
                        label_of(c.method) if c.method else "",
                        format_date(c.withdrawn_on),
                    ],
                )
                for c in record.consents
            ]
        )
        self.vogs.set_rows(
            [
                (
                    v.id,
                    [
                        v.screening_profile or "",
                        format_date(v.requested_on),
                        format_date(v.seen_on),
                        v.seen_by or "",
                        label_of(v.outcome),
                        format_date(v.valid_until),
                    ],
                )
                for v in record.vog_records
            ]
        )
        self.changes.set_rows(
            [
                (
                    c.id,
                    [
                        _moment(c.changed_at),
                        c.user_name,
                        tr_text(field_label(c.field)),
                    ],
                )
                for c in record.changes
            ]
        )
        self.vog_state.setText(self._vog_text(record))

    def _vog_text(self, record: PersonDetails) -> str:
        if record.anonymised_on is not None:
            return tr_text("Geanonimiseerd op %1.").replace("%1", format_date(record.anonymised_on))
        status = record.vog
        if status.problem:
            roles = ", ".join(label_of(r).lower() for r in status.required_for)
            return tr_text("<b>Let op:</b> geen geldige VOG, nodig voor de rol %1.").replace(
                "%1", roles
            )
        if status.valid_until is not None:
            return tr_text("VOG geldig tot en met %1.").replace(
                "%1", format_date(status.valid_until)
            )
        return tr_text("Geen VOG geregistreerd.")

    # --- actions ------------------------------------------------------------------------

    @Slot()
    def give_consent(self) -> None:
        person_id = self.form.record_id
        if person_id is None:
            return
        self.consent_errors.clear()
        try:
            given = self.given_on.value()
            if given is None:
                raise ValidationError("given_on", tr_text("is verplicht"))
        except ValidationError as error:
            self.consent_errors.show(error.field, render(error.translatable))
            return
        purpose = ConsentPurpose(self.purpose.value())
        method = self.method.value()
        service = ConsentService(self.form.db)
        run_and_refresh(
            self.form,
            lambda: service.give(person_id, purpose, given, method),
            lambda error: self._show_error(self.consent_errors, error),
        )

    @Slot()
    def withdraw_consent(self) -> None:
        consent_id = self.consents.current_id()
        if consent_id is None:
            return
        service = ConsentService(self.form.db)
        run_and_refresh(
            self.form,
            lambda: service.withdraw(consent_id, date.today()),
            lambda error: self._show_error(self.consent_errors, error),
        )

    @Slot()
    def record_vog(self) -> None:
        person_id = self.form.record_id
        if person_id is None:
            return
        self.vog_errors.clear()
        try:
            values = {
                f.name: f.value()
                for f in (
                    self.profile,
                    self.requested_on,
                    self.seen_on,
                    self.seen_by,
                    self.valid_until,
                )
            }
        except ValidationError as error:
            self.vog_errors.show(error.field, render(error.translatable))
            return
        values["outcome"] = VogOutcome(self.outcome.value())
        service = VogService(self.form.db)
        run_and_refresh(
            self.form,
            lambda: service.record(person_id, values),
            lambda error: self._show_error(self.vog_errors, error),
        )

    @Slot()
    def export_access(self) -> None:
        record = self.record
        if record is None:
            return
        path = file_choice.ask_save_path(
            self,
            tr_text("Inzageverzoek opslaan"),
            f"inzage-{record.last_name}.pdf",
            tr_text("PDF-bestanden (*.pdf)"),
        )
        if path is None:
            return
        db, person_id = self.form.db, record.id

        def written(files: tuple[Path, Path]) -> None:
            pdf, data = files
            dialogs.inform(
                self,
                tr_text("De inzage staat in %1, met de gegevens als JSON in %2.")
                .replace("%1", str(pdf))
                .replace("%2", str(data)),
            )

        self.form.bg.run(lambda: write_access_export(db, person_id, path), written, self._failed)

    @Slot()
    def erase(self) -> None:
        record = self.record
        if record is None or not confirm_erase(self, record.full_name):
            return
        forget_all(self)  # no undo may keep the old values around
        db, person_id, service = self.form.db, record.id, self.form.service

        def work() -> tuple[ErasureResult, PersonDetails]:
            # The anonymised details come back with the result: nothing is read afterwards.
            result = erase_person(db, person_id)
            return result, service.get(person_id)

        def erased(done: tuple[ErasureResult, PersonDetails]) -> None:
            result, details = done
            tell_erasure(self, result)
            self.form.show_erased(details)

        self.form.bg.run(work, erased, self._failed)

    def _failed(self, error: BaseException) -> None:
        dialogs.show_error(self, user_message(error))

    def _show_error(self, errors: FieldErrors, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            errors.show(error.field, render(error.translatable))
        else:
            dialogs.show_error(self, user_message(error))


def _moment(at: datetime) -> str:
    """A change's date and time as the window writes dates in its language."""
    local = at.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"
