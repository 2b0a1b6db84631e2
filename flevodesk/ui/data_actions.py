"""The data menu: import, export of the current table, calendar, contacts, backup, restore
and undoing a merge. The main window adds the actions; every one of them talks to services.

Questions (file dialogs, confirmations) are asked on the UI thread; the work itself runs
through the window's :class:`~flevodesk.ui.background.Background`, which announces what it
changed, so the tabs reload themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from flevodesk.services.backups import backup_database, backup_folder, default_backup_path
from flevodesk.services.calendar_export import export_calendar
from flevodesk.services.contacts_export import export_contacts
from flevodesk.services.exporting import ExportFormat, export_table
from flevodesk.services.funding_reminders import DEFAULT_WINDOW_DAYS
from flevodesk.services.listing import Listing, ListQuery
from flevodesk.services.merging import MergeInfo, last_undoable_merge, undo_merge
from flevodesk.services.setup import Database
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.backups_dialog import Attach, restore_asking_passphrase
from flevodesk.ui.import_wizard import ImportWizard
from flevodesk.ui.texts import tr_text

T = TypeVar("T")

#: What the current tab shows: its listing and query, or ``None`` for a tab without a table.
CurrentTable = Callable[[], "tuple[Listing, ListQuery] | None"]


def run_or_tell(
    parent: QWidget,
    bg: Background,
    work: Callable[[], T],
    done: Callable[[T], None],
    busy: str | None = None,
) -> None:
    """Run ``work`` in the background; its result goes to ``done``, a failure to one Dutch
    message box over ``parent``."""
    bg.run(work, done, lambda error: dialogs.show_error(parent, user_message(error)), busy=busy)


class DataActions(QObject):
    """Owns the actions and what they do; parented to the window so it lives as long."""

    def __init__(
        self,
        window: QWidget,
        db: Database,
        bg: Background,
        current_table: CurrentTable,
        attach: Attach | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.bg = bg
        self.current_table = current_table
        #: Takes over a new handle, when a restore put an encrypted backup in place.
        self.attach = attach
        self.wizard: ImportWizard | None = None
        self.import_volunteers = self._action("import", tr_text("Vrijwilligers &importeren…"))
        self.export_csv = self._action("export-csv", tr_text("Tabel exporteren naar &CSV…"))
        self.export_xlsx = self._action("export-xlsx", tr_text("Tabel exporteren naar &Excel…"))
        self.export_calendar = self._action("export-ics", tr_text("&Deadlines naar agenda (.ics)…"))
        self.export_contacts = self._action("export-vcf", tr_text("&Contactpersonen (.vcf)…"))
        self.backup = self._action("backup", tr_text("&Reservekopie maken…"))
        self.restore = self._action("restore", tr_text("Reservekopie &terugzetten…"))
        self.undo_merge = self._action("undo-merge", tr_text("&Samenvoegen ongedaan maken"))
        self.import_volunteers.triggered.connect(self.open_import_wizard)
        self.export_csv.triggered.connect(lambda: self.export_table(ExportFormat.CSV))
        self.export_xlsx.triggered.connect(lambda: self.export_table(ExportFormat.XLSX))
        self.export_calendar.triggered.connect(self.export_deadlines)
        self.export_contacts.triggered.connect(self.export_partner_contacts)
        self.backup.triggered.connect(self.make_backup)
        self.restore.triggered.connect(self.restore_backup)
        self.undo_merge.triggered.connect(self.undo_last_merge)

    def actions(self) -> list[QAction]:
        """In menu order: import, exports, backup and restore, undo merge."""
        return [
            self.import_volunteers,
            self.export_csv,
            self.export_xlsx,
            self.export_calendar,
            self.export_contacts,
            self.backup,
            self.restore,
            self.undo_merge,
        ]

    def _action(self, name: str, text: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"data-{name}")
        return action

    @Slot()
    def open_import_wizard(self) -> ImportWizard:
        """Show the wizard (not modal, so the tables stay readable beside it). What it
        imports is announced on the window's bus, so the tabs reload themselves."""
        self.wizard = ImportWizard(self.db, self.window, bus=self.bg.bus)
        self.wizard.show()
        return self.wizard

    def export_table(self, fmt: ExportFormat) -> None:
        """Export the current tab's table, its search and filters applied."""
        shown = self.current_table()
        if shown is None:
            dialogs.show_error(self.window, tr_text("Deze tab heeft geen tabel om te exporteren."))
            return
        listing, query = shown
        name = (listing.plural or "export").replace(" ", "-")
        label = (
            tr_text("Excel-bestanden (*.xlsx)")
            if fmt is ExportFormat.XLSX
            else tr_text("CSV-bestanden (*.csv)")
        )
        path = file_choice.ask_save_path(
            self.window, tr_text("Tabel exporteren"), f"{name}.{fmt.value}", label
        )
        if path is None:
            return
        path = path.with_suffix(f".{fmt.value}")
        db = self.db
        self._export(
            lambda: export_table(db, listing, query, path, fmt),
            lambda n: tr_text("%n rijen geschreven naar %1.", None, n),
            path,
        )

    @Slot()
    def export_deadlines(self) -> None:
        path = file_choice.ask_save_path(
            self.window,
            tr_text("Deadlines exporteren"),
            "flevodesk-deadlines.ics",
            tr_text("Agendabestanden (*.ics)"),
        )
        if path is None:
            return
        db, days = self.db, self._funding_window()
        self._export(
            lambda: export_calendar(db, path, days),
            lambda n: tr_text("%n deadlines geschreven naar %1.", None, n),
            path,
        )

    def _funding_window(self) -> int:
        """The look-ahead the user set on the Overzicht, also used for calendar reminders."""
        from flevodesk.ui.overview_tab import funding_window

        settings = getattr(self.window, "settings", None)
        return funding_window(settings) if settings is not None else DEFAULT_WINDOW_DAYS

    @Slot()
    def export_partner_contacts(self) -> None:
        path = file_choice.ask_save_path(
            self.window,
            tr_text("Contactpersonen exporteren"),
            "flevodesk-contacten.vcf",
            tr_text("Contactkaarten (*.vcf)"),
        )
        if path is None:
            return
        db = self.db
        self._export(
            lambda: export_contacts(db, path),
            lambda n: tr_text("%n visitekaartjes geschreven naar %1.", None, n),
            path,
        )

    @Slot()
    def make_backup(self) -> None:
        """Ask where (the backup folder suggested), then copy the database there."""
        db = self.db
        run_or_tell(self.window, self.bg, lambda: default_backup_path(db), self._backup_to)

    def _backup_to(self, suggested: Path) -> None:
        path = file_choice.ask_save_path(
            self.window,
            tr_text("Reservekopie maken"),
            str(suggested),
            tr_text("Reservekopieën (*.sqlite3)"),
        )
        if path is None:
            return
        db = self.db

        def made(copy: Path) -> None:
            file_choice.inform(
                self.window,
                tr_text("Reservekopie"),
                tr_text("Reservekopie gemaakt: %1").replace("%1", str(copy)),
            )

        run_or_tell(
            self.window,
            self.bg,
            lambda: backup_database(db, path),
            made,
            busy=tr_text("Reservekopie maken…"),
        )

    @Slot()
    def restore_backup(self) -> None:
        """Ask for the backup and confirm; the restore announces every table, so each view
        shows the restored data without being told."""
        path = file_choice.ask_open_path(
            self.window,
            tr_text("Reservekopie terugzetten"),
            tr_text("Reservekopieën (*.sqlite3 *.db *.sqlite)"),
        )
        if path is None:
            return
        question = tr_text(
            "Alle huidige gegevens worden vervangen door die uit %1. Een kopie van de huidige "
            "database wordt eerst bewaard in %2. Doorgaan?"
        )
        question = question.replace("%1", path.name).replace("%2", str(backup_folder()))
        if not file_choice.confirm(self.window, tr_text("Reservekopie terugzetten"), question):
            return

        def restored(kept_copy: Path | None) -> None:
            text = tr_text("De reservekopie is teruggezet.")
            if kept_copy is not None:
                text += " " + tr_text("De vorige database staat in %1.").replace(
                    "%1", str(kept_copy)
                )
            file_choice.inform(self.window, tr_text("Reservekopie terugzetten"), text)

        restore_asking_passphrase(
            self.window,
            self.bg,
            self.db,
            path,
            lambda result: restored(result.kept_copy),
            self.attach,
        )

    @Slot()
    def undo_last_merge(self) -> None:
        db = self.db
        run_or_tell(self.window, self.bg, lambda: last_undoable_merge(db), self._undo)

    def _undo(self, merge: MergeInfo | None) -> None:
        title = tr_text("Samenvoegen ongedaan maken")
        if merge is None:
            file_choice.inform(
                self.window, title, tr_text("Er is geen samenvoeging om ongedaan te maken.")
            )
            return
        question = tr_text("%1 ongedaan maken?").replace("%1", merge.label)
        if not file_choice.confirm(self.window, title, question):
            return
        db, merge_id = self.db, merge.id
        run_or_tell(
            self.window,
            self.bg,
            lambda: undo_merge(db, merge_id),
            # The views reload from the bus; the restored person appears there.
            lambda _count: None,
            busy=tr_text("Samenvoegen ongedaan maken…"),
        )

    def _export(self, work: Callable[[], int], message: Callable[[int], str], path: Path) -> None:
        def written(count: int) -> None:
            text = message(count).replace("%1", str(path))
            file_choice.inform(self.window, tr_text("Exporteren"), text)

        run_or_tell(self.window, self.bg, work, written, busy=tr_text("Exporteren…"))


def build_data_actions(
    window: QWidget,
    db: Database,
    bg: Background,
    current_table: CurrentTable,
) -> list[QAction]:
    """The data menu's actions, in menu order, owned by ``window``.

    Args:
        window: parent of the actions and of every dialog they open.
        db: the open database.
        bg: runs the actions' work and announces what it changed.
        current_table: returns the current tab's listing and query (search and filters as
            shown), or ``None`` when the tab has no table.
    """
    return DataActions(window, db, bg, current_table).actions()
