"""Opening a database safely from the GUI: one writer, a passphrase, a way out of damage.

Runs on the UI thread between the first paint and the tabs; the database work itself goes
through :class:`~flevodesk.ui.background.Background`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from flevodesk.store import crypto, location
from flevodesk.ui.texts import tr_text

MAX_PASSPHRASE_TRIES = 3
#: Folder names of sync clients: a database inside them can be overwritten by a stale copy.
SYNC_MARKERS = (
    "OneDrive",
    "Dropbox",
    "Google Drive",
    "GoogleDrive",
    "My Drive",
    "iCloudDrive",
    "iCloud Drive",
    "Nextcloud",
    "ownCloud",
)


@dataclass
class Target:
    """The database being opened and what the user said so far."""

    argument: str | None
    path: Path | None
    passphrase: str | None = None
    tries: int = 0
    read_only: bool = False
    lock: QLockFile | None = None


def target_for(argument: str | None) -> Target:
    return Target(argument, location.sqlite_file(location.resolve_target(argument)))


def lock_database(path: Path) -> QLockFile | None:
    """Hold the database's lock file, or ``None`` when another running copy holds it.

    A lock left by a crashed run is taken over: Qt sees that its process is gone.
    """
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # never stale by age: only a dead owner frees it
    if lock.tryLock(200):
        return lock
    return None


def lock_owner(path: Path) -> str:
    """Who holds the lock, as a Dutch phrase."""
    lock = QLockFile(str(path) + ".lock")
    ok, pid, host, _app = lock.getLockInfo()
    if not ok:
        return tr_text("een ander FlevoDesk-venster")
    return tr_text("FlevoDesk (proces %1 op %2)").replace("%1", str(pid)).replace("%2", host)


def synced_folder(path: Path) -> str | None:
    """The name of the sync service whose folder holds ``path``, if any."""
    for part in path.parts:
        for marker in SYNC_MARKERS:
            if marker.casefold() in part.casefold():
                return marker
    return None


def ask_read_only(parent: QWidget | None, path: Path) -> bool:
    """Tell that another copy has the database open; True to open it read-only."""
    answer = QMessageBox.question(
        parent,
        tr_text("Database al geopend"),
        tr_text(
            "%1 is al geopend door %2.\n\nTwee programma's die tegelijk in één database "
            "schrijven kunnen elkaars werk ongedaan maken. U kunt de gegevens wel alleen "
            "bekijken.\n\nAlleen-lezen openen?"
        )
        .replace("%1", str(path))
        .replace("%2", lock_owner(path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def warn_synced(parent: QWidget | None, path: Path, service: str) -> None:
    QMessageBox.warning(
        parent,
        tr_text("Database in een gesynchroniseerde map"),
        tr_text(
            "%1 staat in een map van %2.\n\nZo'n dienst kan een oudere kopie over uw "
            "database heen zetten of een half geschreven bestand verzenden; dan gaan "
            "gegevens verloren. Zet de database liever in een gewone map en bewaar de "
            "reservekopieën (in %3) in de gesynchroniseerde map."
        )
        .replace("%1", str(path))
        .replace("%2", service)
        .replace("%3", str(location.backup_dir())),
    )


def ask_passphrase(parent: QWidget | None, path: Path, tries: int) -> str | None:
    """The passphrase typed by the user, or None when they cancel."""
    prompt = tr_text("%1 is versleuteld. Wachtzin:").replace("%1", path.name)
    if tries:
        left = MAX_PASSPHRASE_TRIES - tries
        prompt = (
            tr_text("De wachtzin klopt niet (nog %1 pogingen).\n").replace("%1", str(left)) + prompt
        )
    text, ok = QInputDialog.getText(
        parent, tr_text("Wachtzin"), prompt, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None


class Way(Enum):
    RESTORE = "restore"
    OTHER = "other"
    QUIT = "quit"


def ask_way_out(parent: QWidget | None, message: str, can_restore: bool) -> Way:
    """After a refused database: restore the newest good backup, open another file, or quit."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr_text("Database niet te openen"),
        message,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(tr_text("Het bestand is niet gewijzigd. Wat wilt u doen?"))
    restore = (
        box.addButton(
            tr_text("Nieuwste goede reservekopie terugzetten"), QMessageBox.ButtonRole.AcceptRole
        )
        if can_restore
        else None
    )
    other = box.addButton(tr_text("Ander bestand openen…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr_text("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return Way.RESTORE
    if clicked is other:
        return Way.OTHER
    return Way.QUIT


def choose_other_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        tr_text("Database openen"),
        str(location.data_dir()),
        tr_text("FlevoDesk-database (*.sqlite3 *.db);;Alle bestanden (*)"),
    )
    return path or None


def looks_encrypted(target: Target) -> bool:
    return target.path is not None and crypto.looks_encrypted(target.path)


Step = Callable[[Target], None]
