"""The data menu: import, export of the current table, calendar, contacts, backup, restore
and undoing a merge. The main window adds the actions; every one of them talks to services.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from flevodesk.services.backups import backup_database, default_backup_path
from flevodesk.services.calendar_export import export_calendar
from flevodesk.services.contacts_export import export_contacts
from flevodesk.services.errors import ServiceError
from flevodesk.services.exporting import ExportFormat, export_table
from flevodesk.services.funding_reminders import DEFAULT_WINDOW_DAYS
from flevodesk.services.listing import Listing, ListQuery
from flevodesk.services.merging import last_undoable_merge, undo_merge
from flevodesk.store import location
from flevodesk.store.database import Database
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.backups_dialog import restore_asking_passphrase
from flevodesk.ui.import_wizard import ImportWizard
from flevodesk.ui.texts import tr_text

#: What the current tab shows: its listing and query, or ``None`` for a tab without a table.
CurrentTable = Callable[[], "tuple[Listing, ListQuery] | None"]


class DataActions(QObject):
    """Owns the actions and what they do; parented to the window so it lives as long."""

    def __init__(
        self,
        window: QWidget,
        db: Database,
        current_table: CurrentTable,
        on_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.current_table = current_table
        self.on_changed = on_changed or (lambda: None)
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
        """Show the wizard (not modal, so the tables stay readable beside it)."""
        self.wizard = ImportWizard(self.db, self.window)
        self.wizard.imported.connect(self.on_changed)
        self.wizard.show()
        return self.wizard

    def export_table(self, fmt: ExportFormat) -> Path | None:
        """Export the current tab's table, its search and filters applied."""
        shown = self.current_table()
        if shown is None:
            dialogs.show_error(self.window, tr_text("Deze tab heeft geen tabel om te exporteren."))
            return None
        listing, query = shown
        name = (listing.plural or "export").replace(" ", "-")
        label = "Excel (*.xlsx)" if fmt is ExportFormat.XLSX else "CSV (*.csv)"
        path = file_choice.ask_save_path(
            self.window, tr_text("Tabel exporteren"), f"{name}.{fmt.value}", label
        )
        if path is None:
            return None
        path = path.with_suffix(f".{fmt.value}")
        return self._run(
            lambda: export_table(self.db, listing, query, path, fmt),
            tr_text("%n rijen geschreven naar %1."),
            path,
        )

    @Slot()
    def export_deadlines(self) -> Path | None:
        path = file_choice.ask_save_path(
            self.window,
            tr_text("Deadlines exporteren"),
            "flevodesk-deadlines.ics",
            "iCalendar (*.ics)",
        )
        if path is None:
            return None
        return self._run(
            lambda: export_calendar(self.db, path, self._funding_window()),
            tr_text("%n deadlines geschreven naar %1."),
            path,
        )

    def _funding_window(self) -> int:
        """The look-ahead the user set on the Overzicht, also used for calendar reminders."""
        from flevodesk.ui.overview_tab import funding_window

        settings = getattr(self.window, "settings", None)
        return funding_window(settings) if settings is not None else DEFAULT_WINDOW_DAYS

    @Slot()
    def export_partner_contacts(self) -> Path | None:
        path = file_choice.ask_save_path(
            self.window,
            tr_text("Contactpersonen exporteren"),
            "flevodesk-contacten.vcf",
            "vCard (*.vcf)",
        )
        if path is None:
            return None
        return self._run(
            lambda: export_contacts(self.db, path),
            tr_text("%n visitekaartjes geschreven naar %1."),
            path,
        )

    @Slot()
    def make_backup(self) -> Path | None:
        try:
            suggested = str(default_backup_path(self.db))
        except ServiceError as exc:
            dialogs.show_error(self.window, exc.message)
            return None
        path = file_choice.ask_save_path(
            self.window, tr_text("Reservekopie maken"), suggested, tr_text("Database (*.sqlite3)")
        )
        if path is None:
            return None
        try:
            made = backup_database(self.db, path)
        except ServiceError as exc:
            dialogs.show_error(self.window, exc.message)
            return None
        file_choice.inform(
            self.window,
            tr_text("Reservekopie"),
            tr_text("Reservekopie gemaakt: %1").replace("%1", str(made)),
        )
        return made

    @Slot()
    def restore_backup(self) -> bool:
        path = file_choice.ask_open_path(
            self.window,
            tr_text("Reservekopie terugzetten"),
            tr_text("Database (*.sqlite3 *.db *.sqlite)"),
        )
        if path is None:
            return False
        question = tr_text(
            "Alle huidige gegevens worden vervangen door die uit %1. Een kopie van de huidige "
            "database wordt eerst bewaard in %2. Doorgaan?"
        )
        question = question.replace("%1", path.name).replace("%2", str(location.backup_dir()))
        if not file_choice.confirm(self.window, tr_text("Reservekopie terugzetten"), question):
            return False
        result = restore_asking_passphrase(self.window, self.db, path)
        if result is None:
            return False
        text = tr_text("De reservekopie is teruggezet.")
        if result.kept_copy is not None:
            text += " " + tr_text("De vorige database staat in %1.").replace(
                "%1", str(result.kept_copy)
            )
        file_choice.inform(self.window, tr_text("Reservekopie terugzetten"), text)
        self.on_changed()
        return True

    @Slot()
    def undo_last_merge(self) -> bool:
        merge = last_undoable_merge(self.db)
        if merge is None:
            file_choice.inform(
                self.window,
                tr_text("Samenvoegen ongedaan maken"),
                tr_text("Er is geen samenvoeging om ongedaan te maken."),
            )
            return False
        question = tr_text("%1 ongedaan maken?").replace("%1", merge.label)
        if not file_choice.confirm(self.window, tr_text("Samenvoegen ongedaan maken"), question):
            return False
        try:
            undo_merge(self.db, merge.id)
        except ServiceError as exc:
            dialogs.show_error(self.window, exc.message)
            return False
        self.on_changed()
        return True

    def _run(self, work: Callable[[], int], message: str, path: Path) -> Path | None:
        try:
            count = work()
        except ServiceError as exc:
            dialogs.show_error(self.window, exc.message)
            return None
        text = message.replace("%n", str(count)).replace("%1", str(path))
        file_choice.inform(self.window, tr_text("Exporteren"), text)
        return path


def build_data_actions(
    window: QWidget,
    db: Database,
    current_table: CurrentTable,
    on_changed: Callable[[], None] | None = None,
) -> list[QAction]:
    """The data menu's actions, in menu order, owned by ``window``.

    Args:
        window: parent of the actions and of every dialog they open.
        db: the open database.
        current_table: returns the current tab's listing and query (search and filters as
            shown), or ``None`` when the tab has no table.
        on_changed: called after an import, a restore or an undone merge, to reload tables.
    """
    return DataActions(window, db, current_table, on_changed).actions()
