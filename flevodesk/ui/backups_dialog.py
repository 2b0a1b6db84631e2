"""The list of backups with their date and size, to restore one or set how many to keep."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flevodesk.message_text import render
from flevodesk.services.backups import (
    DEFAULT_KEEP_DAILY,
    BackupInfo,
    BackupPassphraseNeeded,
    RestoreResult,
    backup_folder,
    backups_of,
    restore_database,
    restored_handle,
)
from flevodesk.services.setup import Database
from flevodesk.ui import dialogs
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.settings_values import int_setting
from flevodesk.ui.texts import tr_later, tr_text
from flevodesk.ui.title_fit import ask_text

KEEP_KEY = "backups/keep_daily"

_REASONS = {
    "dagelijks": tr_later("dagelijks"),
    "handmatig": tr_later("handmatig"),
    "voor-herstel": tr_later("vóór herstel"),
    "beschadigd": tr_later("onbruikbaar bestand"),
    "voor-demo-verwijderen": tr_later("vóór verwijderen voorbeeldgegevens"),
}


def size_text(size: int) -> str:
    """``1,4 MB`` / ``820 kB``: file sizes as Dutch readers write them."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} kB"


#: How often the passphrase of an older backup may be typed wrong before giving up.
BACKUP_PASSPHRASE_TRIES = 3


def ask_backup_passphrase(parent: QWidget | None, path: Path, reason: str) -> str | None:
    """The passphrase the user types for the backup ``path``, or ``None`` when cancelled."""
    prompt = reason + "\n\n" + tr_text("Wachtzin van %1:").replace("%1", path.name)
    text, ok = ask_text(
        parent, tr_text("Wachtzin van de reservekopie"), prompt, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


#: Takes over a new handle on the database (the main window's ``attach``).
Attach = Callable[[Database], None]


def restore_asking_passphrase(
    parent: QWidget | None,
    bg: Background,
    db: Database,
    path: Path,
    done: Callable[[RestoreResult], None],
    attach: Attach | None = None,
) -> None:
    """Restore ``path`` in the background; ask the backup's own passphrase (on the UI
    thread) when the current one does not open it, and try again.

    An encrypted backup put in place of a plain database needs a handle with its
    passphrase: ``attach`` gets it before ``done`` gets the result. Errors are shown to the
    user; then (or when the user cancels the question) nothing was restored and ``done``
    is not called.
    """
    busy = tr_text("Reservekopie terugzetten…")

    def attempt(given: str | None, tries_left: int) -> None:
        def work() -> tuple[RestoreResult, Database | None]:
            result = restore_database(db, path, backup_passphrase=given)
            return result, restored_handle(db, result)

        def restored(outcome: tuple[RestoreResult, Database | None]) -> None:
            result, handle = outcome
            if handle is not None and attach is not None:
                # The views of the old handle are being replaced and cannot read the file
                # any more: what this restore changed is for the new ones, which read anew.
                bg.bus.blockSignals(True)
                attach(handle)
            done(result)

        def failed(error: BaseException) -> None:
            if not isinstance(error, BackupPassphraseNeeded):
                dialogs.show_error(parent, user_message(error))
            elif tries_left == 0:
                dialogs.show_error(parent, tr_text("De wachtzin van de reservekopie klopt niet."))
            elif (
                again := ask_backup_passphrase(parent, path, render(error.translatable))
            ) is not None:
                attempt(again, tries_left - 1)

        bg.run(work, restored, failed, busy=busy)

    attempt(None, BACKUP_PASSPHRASE_TRIES)


def reason_text(reason: str) -> str:
    if reason.startswith("voor-migratie"):
        return tr_text("vóór bijwerken")
    return tr_text(_REASONS.get(reason, reason))


class BackupsDialog(QDialog):
    """Lists this database's backups, newest first; restores the chosen one after asking."""

    def __init__(
        self,
        db: Database,
        bg: Background,
        settings: QSettings,
        parent: QWidget | None = None,
        attach: Attach | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.bg = bg
        self.settings = settings
        self.attach = attach
        self.setWindowTitle(tr_text("Reservekopieën"))
        self.resize(640, 420)
        folder = QLabel(tr_text("Map: %1").replace("%1", str(backup_folder())))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [tr_text("Gemaakt op"), tr_text("Soort"), tr_text("Grootte")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 365)
        self.keep.setValue(int_setting(settings, KEEP_KEY, DEFAULT_KEEP_DAILY, 1, 365))
        self.keep.valueChanged.connect(lambda value: settings.setValue(KEEP_KEY, value))
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(tr_text("Dagelijkse kopieën bewaren:")))
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        self.restore_button = QPushButton(tr_text("Terugzetten…"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.setEnabled(not db.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(folder)
        layout.addWidget(self.table)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.backups: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        """Read the list again in the background (each backup is opened to tell its kind)."""
        path, passphrase = self.db.path, self.db.passphrase

        def failed(error: BaseException) -> None:
            dialogs.show_error(self, user_message(error))

        self.bg.run(
            lambda: backups_of(path, passphrase) if path is not None else [],
            self._show,
            failed,
        )

    def _show(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = [
                backup.created.strftime("%d-%m-%Y %H:%M"),
                reason_text(backup.reason),
                size_text(backup.size),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    @Slot()
    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            tr_text("Reservekopie terugzetten"),
            tr_text(
                "De database wordt vervangen door de kopie van %1. Van de huidige database "
                "wordt eerst een kopie bewaard.\n\nDoorgaan?"
            ).replace("%1", backup.created.strftime("%d-%m-%Y %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def restored(result: RestoreResult) -> None:
            kept = result.kept_copy.name if result.kept_copy else tr_text("(geen)")
            dialogs.inform(
                self,
                tr_text("Teruggezet. De vorige database staat bewaard als %1.").replace("%1", kept),
            )
            # The copy kept before restoring is one more backup to list.
            self.reload()

        restore_asking_passphrase(self, self.bg, self.db, backup.path, restored, self._attach)

    def _attach(self, handle: Database) -> None:
        self.db = handle
        if self.attach is not None:
            self.attach(handle)
