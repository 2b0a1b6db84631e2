"""The "Gegevens" menu: import and export, backups, and encryption of the database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from flevodesk.services.errors import ServiceError
from flevodesk.services.exporting import ExportFormat, export_table
from flevodesk.services.listing import ListQuery
from flevodesk.services.persons import PartnerVolunteerListing
from flevodesk.services.setup import WrongPassphrase, change_passphrase, encrypt_database
from flevodesk.store import crypto
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.backups_dialog import BackupsDialog
from flevodesk.ui.data_actions import DataActions
from flevodesk.ui.plain_backups_dialog import offer_plain_backups
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.ui.main_window import MainWindow


def ask_new_passphrase(parent: QWidget) -> str | None:
    """A new passphrase typed twice; None when cancelled or the two differ (after saying so)."""
    mode = QLineEdit.EchoMode.Password
    first, ok = QInputDialog.getText(
        parent,
        tr_text("Nieuwe wachtzin"),
        tr_text(
            "Kies een wachtzin van een paar woorden. Zonder wachtzin zijn de gegevens niet "
            "terug te halen: bewaar hem op een veilige plek.\n\nWachtzin:"
        ),
        mode,
    )
    if not ok or not first:
        return None
    second, ok = QInputDialog.getText(
        parent, tr_text("Nieuwe wachtzin"), tr_text("Nogmaals:"), mode
    )
    if not ok:
        return None
    if first != second:
        dialogs.show_error(
            parent, tr_text("De twee wachtzinnen verschillen; er is niets gewijzigd.")
        )
        return None
    return first


class DataMenu:
    """Builds the menu for one open database; :meth:`install` replaces an earlier one."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        assert window.db is not None
        self.db = window.db
        self.data = DataActions(window, self.db, window.current_table, window.reload_tabs)
        self.partner_export = QAction(tr_text("Vrijwilligers voor &partners exporteren…"), window)
        self.partner_export.setToolTip(
            tr_text(
                "Alleen actieve vrijwilligers die toestemming gaven hun gegevens met partners te "
                "delen, en alleen naam, woonplaats en contactgegevens."
            )
        )
        self.partner_export.triggered.connect(self.export_for_partners)
        self.backups = QAction(tr_text("Reservekopieën &beheren…"), window)
        self.backups.triggered.connect(self.show_backups)
        self.encrypt = QAction(tr_text("Database &versleutelen…"), window)
        self.encrypt.triggered.connect(self.encrypt_database)
        self.rekey = QAction(tr_text("&Wachtzin wijzigen…"), window)
        self.rekey.triggered.connect(self.change_passphrase)
        encrypted = bool(self.db.passphrase)
        self.encrypt.setEnabled(not encrypted and crypto.sqlcipher_available())
        self.rekey.setEnabled(encrypted)
        if self.db.read_only:
            for action in (
                self.data.import_volunteers,
                self.data.restore,
                self.data.undo_merge,
                self.encrypt,
                self.rekey,
            ):
                action.setEnabled(False)

    def install(self, previous: QMenu | None) -> QMenu:
        bar = self.window.menuBar()
        menu = QMenu(tr_text("&Gegevens"), self.window)
        actions = self.data.actions()
        menu.addActions(actions[:3])
        menu.addAction(self.partner_export)
        menu.addActions(actions[3:])
        menu.addSeparator()
        menu.addAction(self.backups)
        menu.addSeparator()
        menu.addActions([self.encrypt, self.rekey])
        if previous is not None:
            bar.insertMenu(previous.menuAction(), menu)
            bar.removeAction(previous.menuAction())
        else:
            actions = bar.actions()
            before = actions[1] if len(actions) > 1 else None
            bar.insertMenu(before, menu) if before is not None else bar.addMenu(menu)
        return menu

    def export_for_partners(self) -> Path | None:
        path = file_choice.ask_save_path(
            self.window,
            tr_text("Vrijwilligers voor partners"),
            "vrijwilligers-voor-partners.csv",
            tr_text("CSV (*.csv);;Excel (*.xlsx)"),
        )
        if path is None:
            return None
        fmt = ExportFormat.XLSX if path.suffix.lower() == ".xlsx" else ExportFormat.CSV
        try:
            count = export_table(
                self.db, PartnerVolunteerListing(), ListQuery(limit=None), path, fmt
            )
        except ServiceError as exc:
            dialogs.show_error(self.window, exc.message)
            return None
        file_choice.inform(
            self.window,
            tr_text("Exporteren"),
            tr_text(
                "%n vrijwilligers met toestemming om gegevens met partners te delen "
                "geschreven naar %1."
            )
            .replace("%n", str(count))
            .replace("%1", str(path)),
        )
        return path

    def show_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self.db, self.window.settings, self.window.reload_tabs, self.window)
        dialog.open()
        return dialog

    def encrypt_database(self) -> bool:
        if not self.window.no_unsaved_edits():
            return False
        passphrase = ask_new_passphrase(self.window)
        if passphrase is None:
            return False
        self._settle()
        try:
            encrypted = encrypt_database(self.db, passphrase)
        except ServiceError as exc:
            dialogs.show_error(self.window, exc.message)
            return False
        self.window.attach(encrypted)
        dialogs.inform(
            self.window,
            tr_text(
                "De database is versleuteld. Bewaar de wachtzin goed: zonder wachtzin zijn "
                "de gegevens niet terug te halen."
            ),
        )
        offer_plain_backups(self.window, encrypted)
        return True

    def change_passphrase(self) -> bool:
        if not self.window.no_unsaved_edits():
            return False
        old, ok = QInputDialog.getText(
            self.window,
            tr_text("Wachtzin wijzigen"),
            tr_text("Huidige wachtzin:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        new = ask_new_passphrase(self.window)
        if new is None:
            return False
        self._settle()
        try:
            rekeyed = change_passphrase(self.db, old, new)
        except WrongPassphrase:
            dialogs.show_error(
                self.window, tr_text("De huidige wachtzin klopt niet; er is niets gewijzigd.")
            )
            return False
        except ServiceError as exc:
            # Says which passphrase holds now (the old one: the new copy never replaced it).
            dialogs.show_error(self.window, exc.message)
            return False
        self.window.attach(rekeyed)
        dialogs.inform(
            self.window,
            tr_text(
                "De wachtzin is gewijzigd; de oude opent de database niet meer. Bestaande "
                "reservekopieën openen alleen met de oude wachtzin."
            ),
        )
        return True

    def _settle(self) -> None:
        """Let the tabs' background reads end: the file is about to be replaced whole, which
        SQLite allows only while no other connection has it open."""
        if self.window.bg is not None:
            self.window.bg.wait()
