"""Privacy dialogs: the AVG settings (with VOG rules per role) and the retention review,
where the user decides per quiet person: keep (with a reason and a review date) or
anonymise."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flevodesk.domain.enums import Role
from flevodesk.domain.errors import ValidationError
from flevodesk.message_text import render
from flevodesk.services.erasure import (
    ErasureResult,
    RetentionProposal,
    erase_person,
    keep_person,
    retention_proposals,
)
from flevodesk.services.privacy import (
    PrivacySettings,
    RoleRule,
    read_settings,
    role_rules,
    save_privacy_settings,
)
from flevodesk.services.setup import Database
from flevodesk.ui import dialogs
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.fields import DateField, TextField
from flevodesk.ui.formatting import format_date, label_of
from flevodesk.ui.forms import person_privacy
from flevodesk.ui.forms.base import RelatedTable
from flevodesk.ui.forms.errors import FieldErrors, error_label
from flevodesk.ui.texts import tr_text
from flevodesk.ui.undo_stack import forget_all
from flevodesk.ui.waiting_save import waiting_save_buttons


class PrivacySettingsDialog(QDialog):
    """User name, retention and warning periods, organisation, and VOG rules per role."""

    def __init__(self, db: Database, bg: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bg = bg
        self.setWindowTitle(tr_text("Privacy-instellingen"))
        form = QFormLayout()
        self.user_name = QLineEdit()
        self.user_name.setPlaceholderText(tr_text("wie met FlevoDesk werkt (voor het logboek)"))
        self.retention = QSpinBox()
        self.retention.setRange(1, 120)
        self.retention.setSuffix(tr_text(" maanden"))
        self.warning = QSpinBox()
        self.warning.setRange(0, 365)
        self.warning.setSuffix(tr_text(" dagen"))
        self.organisation = QLineEdit()
        self.contact = QLineEdit()
        self.privacy_contact = QLineEdit()
        form.addRow(tr_text("Uw naam"), self.user_name)
        form.addRow(tr_text("Bewaartermijn na laatste inzet"), self.retention)
        form.addRow(tr_text("VOG-verlenging melden"), self.warning)
        form.addRow(tr_text("Organisatie"), self.organisation)
        form.addRow(tr_text("Contact organisatie"), self.contact)
        form.addRow(tr_text("Contact voor privacyvragen"), self.privacy_contact)

        self.roles = QGridLayout()
        self.roles.addWidget(QLabel(tr_text("<b>Rol</b>")), 0, 0)
        self.roles.addWidget(QLabel(tr_text("<b>VOG vereist</b>")), 0, 1)
        self.roles.addWidget(QLabel(tr_text("<b>Geldig (jaar)</b>")), 0, 2)
        self.requires: dict[Role, QCheckBox] = {}
        self.years: dict[Role, QSpinBox] = {}

        self.error = error_label()
        buttons, self.save_button = waiting_save_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr_text("<b>VOG per rol</b>")))
        layout.addLayout(self.roles)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        bg.run(lambda: (read_settings(db), role_rules(db)), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(user_message(error))

    def _show(self, loaded: tuple[PrivacySettings, dict[Role, RoleRule]]) -> None:
        settings, rules = loaded
        self.user_name.setText(settings.user_name)
        self.retention.setValue(settings.retention_months)
        self.warning.setValue(settings.warning_days)
        self.organisation.setText(settings.organisation_name)
        self.contact.setText(settings.organisation_contact)
        self.privacy_contact.setText(settings.privacy_contact)
        for row, rule in enumerate(rules.values(), start=1):
            check = QCheckBox()
            check.setChecked(rule.requires_vog)
            years = QSpinBox()
            years.setRange(1, 10)
            years.setValue(rule.vog_valid_years)
            self.roles.addWidget(QLabel(label_of(rule.role)), row, 0)
            self.roles.addWidget(check, row, 1)
            self.roles.addWidget(years, row, 2)
            self.requires[rule.role] = check
            self.years[rule.role] = years
        self.save_button.setEnabled(True)

    @Slot()
    def save(self) -> None:
        settings = PrivacySettings(
            user_name=self.user_name.text(),
            retention_months=self.retention.value(),
            warning_days=self.warning.value(),
            organisation_name=self.organisation.text(),
            organisation_contact=self.contact.text(),
            privacy_contact=self.privacy_contact.text(),
        )
        rules = {
            role: RoleRule(role, check.isChecked(), self.years[role].value())
            for role, check in self.requires.items()
        }
        db = self.db
        self.save_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._failed(error)

        # The settings and the VOG rules are one unit of work: a refused rule keeps both.
        self.bg.run(
            lambda: save_privacy_settings(db, settings, rules), lambda _s: self.accept(), failed
        )


class RetentionDialog(QDialog):
    """The persons the retention period proposes, and the decision per person."""

    def __init__(self, db: Database, bg: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bg = bg
        self.proposals: list[RetentionProposal] = []
        self.setWindowTitle(tr_text("Bewaartermijn beoordelen"))
        self.resize(720, 480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = RelatedTable(
            [
                tr_text("Naam"),
                tr_text("E-mail"),
                tr_text("Laatste inzet/contact"),
                tr_text("Eerder bewaard om"),
            ]
        )
        self.reason = TextField("keep_reason", tr_text("Reden om te bewaren"))
        self.review_on = DateField("review_on", tr_text("Opnieuw beoordelen op"))
        self.keep_button = QPushButton(tr_text("Bewaren"))
        self.keep_button.clicked.connect(self.keep)
        self.erase_button = QPushButton(tr_text("Anonimiseren…"))
        self.erase_button.clicked.connect(self.erase)
        general = error_label()
        self.general = general
        self.errors = FieldErrors(general)
        grid = QGridLayout()
        for col, field in enumerate((self.reason, self.review_on)):
            grid.addWidget(QLabel(field.label), 0, col)
            grid.addWidget(field.widget, 1, col)
            message = error_label()
            grid.addWidget(message, 2, col)
            self.errors.register(field.name, field.widget, message, field.label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(general)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        """Read the proposals again in the background; the buttons wait until they show."""
        for button in (self.keep_button, self.erase_button):
            button.setEnabled(False)
        db = self.db
        self.bg.run(
            lambda: (read_settings(db).retention_months, retention_proposals(db)),
            self._show,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.general.setText(user_message(error))
        for button in (self.keep_button, self.erase_button):
            button.setEnabled(bool(self.proposals))

    def _show(self, loaded: tuple[int, list[RetentionProposal]]) -> None:
        months, self.proposals = loaded
        self.table.set_rows(
            [
                (
                    p.person_id,
                    [p.name, p.email or "", format_date(p.last_activity), p.keep_reason or ""],
                )
                for p in self.proposals
            ]
        )
        if self.proposals:
            self.table.selectRow(0)
        self.intro.setText(
            tr_text(
                "%1 personen hebben al %2 maanden geen inzet, uren of contact. Besluit per "
                "persoon: bewaren (met reden en datum) of anonimiseren."
            )
            .replace("%1", str(len(self.proposals)))
            .replace("%2", str(months))
            if self.proposals
            else tr_text("Er is niemand om over te besluiten.")
        )
        self.review_on.set_value(date.today() + timedelta(days=365))
        for button in (self.keep_button, self.erase_button):
            button.setEnabled(bool(self.proposals))

    def _chosen(self) -> RetentionProposal | None:
        person_id = self.table.current_id()
        return next((p for p in self.proposals if p.person_id == person_id), None)

    @Slot()
    def keep(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        self.errors.clear()
        db, person_id = self.db, chosen.person_id
        try:
            reason, review_on = self.reason.value(), self.review_on.value()
        except ValidationError as error:  # a date typed that is no date
            self.errors.show(error.field, render(error.translatable))
            return

        def kept(_none: None) -> None:
            self.reason.set_value(None)
            self.refresh()

        def refused(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.errors.show(error.field, render(error.translatable))
            else:
                dialogs.show_error(self, user_message(error))

        self.bg.run(lambda: keep_person(db, person_id, reason, review_on), kept, refused)

    @Slot()
    def erase(self) -> None:
        chosen = self._chosen()
        if chosen is None or not person_privacy.confirm_erase(self, chosen.name):
            return
        forget_all(self)  # no undo may keep the old values around
        db, person_id = self.db, chosen.person_id
        self.erase_button.setEnabled(False)

        def erased(result: ErasureResult) -> None:
            person_privacy.tell_erasure(self, result)
            self.refresh()

        def failed(error: BaseException) -> None:
            self.erase_button.setEnabled(True)
            dialogs.show_error(self, user_message(error))

        # The erasure waits for other programs' readers before it scrubs the file: a few
        # seconds at most, on the worker, with the status bar saying what happens.
        self.bg.run(
            lambda: erase_person(db, person_id),
            erased,
            failed,
            busy=tr_text("Persoonsgegevens wissen…"),
        )
