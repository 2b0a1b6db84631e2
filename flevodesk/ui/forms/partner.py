"""The partner form with its contact persons, edited in place under the form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from flevodesk.domain.enums import Audience, PartnerKind, PartnerScope
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.validation import clean_email, clean_phone
from flevodesk.message_text import render
from flevodesk.services.partner_details import ContactRow, PartnerDetails
from flevodesk.services.partners import PartnerContactService, PartnerService
from flevodesk.ui import dialogs
from flevodesk.ui.background import user_message
from flevodesk.ui.fields import (
    CheckListField,
    ComboField,
    Field,
    LongTextField,
    TextField,
    choice_options,
    enum_options,
)
from flevodesk.ui.forms.base import RecordForm, RelatedTable
from flevodesk.ui.forms.errors import FieldErrors, error_label


class PartnerForm(RecordForm[PartnerDetails]):
    def make_service(self) -> PartnerService:
        return PartnerService(self.db)

    def noun(self) -> str:
        return self.tr("de partner")

    def new_title(self) -> str:
        return self.tr("Nieuwe partner")

    def defaults(self) -> dict[str, Any]:
        return {"scope": PartnerScope.GEMEENTE, "kind": PartnerKind.OVERIG, "audiences": []}

    def build(self) -> None:
        self.add(TextField("name", self.tr("Naam")), required=True)
        self.add(ComboField("scope", self.tr("Werkgebied"), enum_options(PartnerScope)))
        self.municipality = self.add(
            ComboField("municipality_id", self.tr("Gemeente"), empty=self.tr("(alle)"))
        )
        self.add(ComboField("kind", self.tr("Soort"), enum_options(PartnerKind)))
        self.add(LongTextField("offers", self.tr("Biedt")))
        self.add(TextField("website", self.tr("Website")))
        self.add(TextField("email", self.tr("E-mail")), check=clean_email)
        self.add(TextField("phone", self.tr("Telefoon")), check=clean_phone)
        self.add(CheckListField("audiences", self.tr("Interessant voor"), enum_options(Audience)))
        self.add(LongTextField("notes", self.tr("Notities"), lines=2))
        self._build_contacts()
        self.supported = RelatedTable([self.tr("Initiatief")])
        self.add_section(self.tr("Ondersteunt initiatieven"), self.supported)
        self.refresh_lookups()

    def _build_contacts(self) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.contacts = RelatedTable(
            [self.tr("Naam"), self.tr("Rol"), self.tr("E-mail"), self.tr("Telefoon")]
        )
        self.contacts.itemSelectionChanged.connect(self._contact_selected)
        column.addWidget(self.contacts)
        general = error_label()
        self.contact_errors = FieldErrors(general)
        self.contact_fields: dict[str, Field] = {}
        form = QFormLayout()
        for field in (
            TextField("name", self.tr("Naam")),
            TextField("role", self.tr("Rol")),
            TextField("email", self.tr("E-mail")),
            TextField("phone", self.tr("Telefoon")),
        ):
            container = QWidget()
            inner = QVBoxLayout(container)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(field.widget)
            message = error_label()
            inner.addWidget(message)
            form.addRow(field.label, container)
            self.contact_errors.register(field.name, field.widget, message, field.label)
            self.contact_fields[field.name] = field
        column.addLayout(form)
        column.addWidget(general)
        buttons = QHBoxLayout()
        self.contact_new = QPushButton(self.tr("Nieuw contact"))
        self.contact_save = QPushButton(self.tr("Contact opslaan"))
        self.contact_delete = QPushButton(self.tr("Contact verwijderen"))
        self.contact_new.clicked.connect(self._new_contact)
        self.contact_save.clicked.connect(self.save_contact)
        self.contact_delete.clicked.connect(self._delete_contact)
        for button in (self.contact_new, self.contact_save, self.contact_delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.add_section(self.tr("Contactpersonen"), box, immediate=True)
        self._contact: ContactRow | None = None
        self._records: dict[int, ContactRow] = {}

    def refresh_lookups(self) -> None:
        self.municipality.set_options(choice_options(self.choices.lists.municipalities))

    def value_of(self, record: PartnerDetails, name: str) -> Any:
        if name == "audiences":
            return list(record.audiences)
        return super().value_of(record, name)

    def show_related(self, record: PartnerDetails | None) -> None:
        for button in (self.contact_new, self.contact_save, self.contact_delete):
            button.setEnabled(record is not None)
        self._records = {c.id: c for c in record.contacts} if record is not None else {}
        # The small contact form starts empty, so no row may look selected.
        blocked = self.contacts.blockSignals(True)
        self.contacts.clearSelection()
        self.contacts.setCurrentCell(-1, -1)
        self.contacts.blockSignals(blocked)
        self.contacts.set_rows(
            [
                (c.id, [c.name, c.role or "", c.email or "", c.phone or ""])
                for c in (record.contacts if record is not None else [])
            ]
        )
        self.supported.set_rows(
            [(i.id, [i.name]) for i in (record.initiatives if record is not None else [])]
        )
        self._show_contact(None)

    @Slot()
    def _contact_selected(self) -> None:
        contact_id = self.contacts.current_id()
        self._show_contact(self._records.get(contact_id) if contact_id is not None else None)

    def _show_contact(self, contact: ContactRow | None) -> None:
        self._contact = contact
        self.contact_errors.clear()
        for name, field in self.contact_fields.items():
            field.set_value(getattr(contact, name, None) if contact is not None else None)
        self.contact_delete.setEnabled(contact is not None)

    @Slot()
    def _new_contact(self) -> None:
        self.contacts.clearSelection()
        self._show_contact(None)
        self.contact_fields["name"].widget.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def save_contact(self) -> None:
        """Store the contact in the small form (a new one when none is selected)."""
        partner_id = self.record_id
        if partner_id is None:
            return
        self.contact_errors.clear()
        values = {name: field.value() for name, field in self.contact_fields.items()}
        service = PartnerContactService(self.db)
        contact = self._contact

        def work() -> object:
            if contact is None:
                return service.create({**values, "partner_id": partner_id})
            return service.update(contact.id, contact.version, values)

        self.change_related(work, self._contact_failed)

    @Slot()
    def _delete_contact(self) -> None:
        contact = self._contact
        if contact is None or not dialogs.confirm_delete(
            self, self.tr("Contactpersoon %1").replace("%1", contact.name), []
        ):
            return
        service = PartnerContactService(self.db)
        self.change_related(lambda: service.delete(contact.id), self._contact_failed)

    def _contact_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.contact_errors.show(error.field, render(error.translatable))
        else:
            dialogs.show_error(self, user_message(error))
