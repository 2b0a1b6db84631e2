"""The "Gegevens" menu: import and export, backups, and encryption of the database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from flevodesk.services.exporting import ExportFormat, export_table
from flevodesk.services.listing import ListQuery
from flevodesk.services.persons import PartnerVolunteerListing
from flevodesk.services.setup import (
    Database,
    WrongPassphrase,
    change_passphrase,
    encrypt_database,
    encryption_available,
)
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.background import user_message
from flevodesk.ui.backups_dialog import BackupsDialog
from flevodesk.ui.data_actions import DataActions, run_or_tell
from flevodesk.ui.exchange_menu import ExchangeMenu
from flevodesk.ui.plain_backups_dialog import offer_plain_backups
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import ask_text

if TYPE_CHECKING:
    from flevodesk.ui.main_window import MainWindow


def ask_new_passphrase(parent: QWidget) -> str | None:
    """A new passphrase typed twice; None when cancelled or the two differ (after saying so)."""
    mode = QLineEdit.EchoMode.Password
    first, ok = ask_text(
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
    second, ok = ask_text(parent, tr_text("Nieuwe wachtzin"), tr_text("Nogmaals:"), mode)
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
        assert window.db is not None and window.bg is not None
        self.db = window.db
        self.bg = window.bg
        self.data = DataActions(
            window, self.db, self.bg, window.current_table, attach=window.attach
        )
        self.partner_export = QAction(tr_text("Vrijwilligers voor &partners exporteren…"), window)
        self.partner_export.setToolTip(
            tr_text(
                "Alleen actieve vrijwilligers die toestemming gaven hun gegevens met partners te "
                "delen, en alleen naam, woonplaats en contactgegevens."
            )
        )
        self.partner_export.triggered.connect(self.export_for_partners)
        self.material = QAction(tr_text("&Overzichtsmateriaal…"), window)
        self.material.setToolTip(
            tr_text(
                "Voor wie de voorbeelden en verwijzingen van het algemeen beeld zijn, "
                "en hun webadres"
            )
        )
        self.material.triggered.connect(self.show_material)
        self.backups = QAction(tr_text("Reservekopieën &beheren…"), window)
        self.backups.triggered.connect(self.show_backups)
        self.exchange = ExchangeMenu(window)
        self.encrypt = QAction(tr_text("Database &versleutelen…"), window)
        self.encrypt.triggered.connect(self.encrypt_database)
        self.rekey = QAction(tr_text("&Wachtzin wijzigen…"), window)
        self.rekey.triggered.connect(self.change_passphrase)
        encrypted = bool(self.db.passphrase)
        self.encrypt.setEnabled(not encrypted and encryption_available())
        self.rekey.setEnabled(encrypted)
        if self.db.read_only:
            for action in (
                self.data.import_volunteers,
                self.data.restore,
                self.data.undo_merge,
                self.material,
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
        menu.addAction(self.material)
        menu.addSeparator()
        menu.addAction(self.backups)
        menu.addSeparator()
        menu.addMenu(self.exchange.menu())
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

    def show_material(self) -> None:
        from flevodesk.ui.overview_material_dialog import OverviewMaterialDialog

        OverviewMaterialDialog(self.db, self.bg, self.window).exec()

    def export_for_partners(self) -> None:
        path = file_choice.ask_save_path(
            self.window,
            tr_text("Vrijwilligers voor partners"),
            "vrijwilligers-voor-partners.csv",
            tr_text("CSV-bestanden (*.csv);;Excel-bestanden (*.xlsx)"),
        )
        if path is None:
            return
        fmt = ExportFormat.XLSX if path.suffix.lower() == ".xlsx" else ExportFormat.CSV
        db = self.db

        def written(count: int) -> None:
            file_choice.inform(
                self.window,
                tr_text("Exporteren"),
                tr_text(
                    "%n vrijwilligers met toestemming om gegevens met partners te delen "
                    "geschreven naar %1.",
                    None,
                    count,
                ).replace("%1", str(path)),
            )

        run_or_tell(
            self.window,
            self.bg,
            lambda: export_table(db, PartnerVolunteerListing(), ListQuery(limit=None), path, fmt),
            written,
            busy=tr_text("Exporteren…"),
        )

    def show_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(
            self.db, self.bg, self.window.settings, self.window, attach=self.window.attach
        )
        dialog.open()
        return dialog

    def encrypt_database(self) -> None:
        if not self.window.no_unsaved_edits():
            return
        passphrase = ask_new_passphrase(self.window)
        if passphrase is None:
            return
        db = self.db

        def encrypted(handle: Database) -> None:
            self.window.attach(handle)
            dialogs.inform(
                self.window,
                tr_text(
                    "De database is versleuteld. Bewaar de wachtzin goed: zonder wachtzin zijn "
                    "de gegevens niet terug te halen."
                ),
            )
            assert self.window.bg is not None
            offer_plain_backups(self.window, self.window.bg, handle)

        self._replace_file(
            lambda: encrypt_database(db, passphrase),
            encrypted,
            user_message,
            tr_text("Database versleutelen…"),
        )

    def change_passphrase(self) -> None:
        if not self.window.no_unsaved_edits():
            return
        old, ok = ask_text(
            self.window,
            tr_text("Wachtzin wijzigen"),
            tr_text("Huidige wachtzin:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        new = ask_new_passphrase(self.window)
        if new is None:
            return
        db = self.db

        def rekeyed(handle: Database) -> None:
            self.window.attach(handle)
            dialogs.inform(
                self.window,
                tr_text(
                    "De wachtzin is gewijzigd; de oude opent de database niet meer. Bestaande "
                    "reservekopieën openen alleen met de oude wachtzin."
                ),
            )

        def refusal(error: BaseException) -> str:
            if isinstance(error, WrongPassphrase):
                return tr_text("De huidige wachtzin klopt niet; er is niets gewijzigd.")
            # Says which passphrase holds now (the old one: the new copy never replaced it).
            return user_message(error)

        self._replace_file(
            lambda: change_passphrase(db, old, new),
            rekeyed,
            refusal,
            tr_text("Wachtzin wijzigen…"),
        )

    def _replace_file(
        self,
        work: Callable[[], Database],
        done: Callable[[Database], None],
        refusal: Callable[[BaseException], str],
        busy: str,
    ) -> None:
        """Run ``work``, which replaces the database file whole, once the tabs' background
        reads have ended (SQLite allows that only while no other connection has the file
        open); the window takes no input meanwhile, so no new read starts."""
        window, bg = self.window, self.bg

        def finished() -> None:
            window.setEnabled(True)

        def succeeded(handle: Database) -> None:
            finished()
            done(handle)

        def failed(error: BaseException) -> None:
            finished()
            dialogs.show_error(window, refusal(error))

        def start() -> None:
            bg.run(work, succeeded, failed, busy=busy)

        window.setEnabled(False)
        if not bg.busy:
            start()
            return

        def once() -> None:
            bg.idle.disconnect(once)
            start()

        bg.idle.connect(once)
