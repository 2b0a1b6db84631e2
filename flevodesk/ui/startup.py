"""Opening a database safely from the GUI: one writer, a passphrase, a way out of damage.

The first copy of FlevoDesk to open a database holds its lock file and writes; any other
opens it read-only at once, with a banner saying who holds it since when, as does a copy on
a write-protected disk or file.

Runs on the UI thread between the first paint and the tabs; the database work itself goes
through :class:`~flevodesk.ui.background.Background`.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from flevodesk.domain.dutch import long_date
from flevodesk.store import crypto, location, medium
from flevodesk.ui import file_choice
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import ask_text, fit_title

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
    #: Why the database opens read-only, for the banner; None while it opens for writing.
    banner: str | None = None
    #: Called once the database has opened in the window (a chosen server is remembered).
    on_opened: Callable[[], None] | None = None


def target_for(argument: str | None) -> Target:
    return Target(argument, location.sqlite_file(location.resolve_target(argument)))


def start_target(argument: str | None, remembered_server: str | None) -> str | None:
    """What the window opens at start-up: ``--db``, else ``FLEVODESK_DB``, else the team
    server chosen last, else the default file (``None``)."""
    if argument or os.environ.get(location.ENV_VAR):
        return argument
    return remembered_server


def lock_file(path: Path) -> Path:
    """The lock file beside the database at ``path`` (Qt's QLockFile format)."""
    return Path(str(path) + ".lock")


def _try_lock(path: Path) -> QLockFile:
    """The database's lock, held if free or left by a process that is gone (Qt checks)."""
    lock = QLockFile(str(lock_file(path)))
    lock.setStaleLockTime(0)  # never stale by age: only a dead owner frees it
    lock.tryLock(200)
    return lock


@dataclass(frozen=True)
class LockInfo:
    """Who holds a database's lock file, as Qt wrote it there, and since when."""

    pid: int
    host: str
    app: str
    since: datetime | None


def lock_holder(path: Path) -> LockInfo | None:
    """Who holds the lock of the database at ``path``; ``None`` when nobody is known to."""
    lock_path = lock_file(path)
    info: tuple[Any, ...] = tuple(QLockFile(str(lock_path)).getLockInfo())
    # PySide6 6.12 returns (pid, host, app), with pid 0 when there is no readable lock;
    # earlier bindings put a success flag in front.
    if len(info) == 4:
        ok, *info_rest = info
        info = tuple(info_rest) if ok else (0, "", "")
    pid, host, app = info
    if not pid:
        return None
    try:
        since: datetime | None = datetime.fromtimestamp(lock_path.stat().st_mtime)
    except OSError:
        since = None
    return LockInfo(int(pid), str(host), str(app), since)


def _when(moment: datetime, now: datetime) -> str:
    clock = f"{moment:%H:%M}"
    if moment.date() == now.date():
        return tr_text("vandaag %1").replace("%1", clock)
    if moment.date() == (now - timedelta(days=1)).date():
        return tr_text("gisteren %1").replace("%1", clock)
    return f"{long_date(moment.date())} {clock}"


def held_banner(holder: LockInfo | None, now: datetime | None = None) -> str:
    """The read-only banner's text for a database another running copy holds."""
    if holder is None:
        who = tr_text("een ander FlevoDesk-venster")
    else:
        who = (
            tr_text("een ander FlevoDesk-venster (proces %1 op computer %2)")
            .replace("%1", str(holder.pid))
            .replace("%2", holder.host or "?")
        )
    if holder is not None and holder.since is not None:
        text = tr_text(
            "Alleen-lezen: deze database is sinds %1 in gebruik bij %2. U kunt alles "
            "bekijken en exporteren; wijzigen kan weer als dat venster gesloten is."
        ).replace("%1", _when(holder.since, now or datetime.now()))
    else:
        text = tr_text(
            "Alleen-lezen: deze database is in gebruik bij %2. U kunt alles bekijken en "
            "exporteren; wijzigen kan weer als dat venster gesloten is."
        )
    return text.replace("%2", who)


def write_protected_banner() -> str:
    """The read-only banner's text for a write-protected disk or file."""
    return tr_text(
        "Alleen-lezen: de schijf of het bestand is beveiligd tegen schrijven. U kunt alles "
        "bekijken en exporteren; wijzigen kan op een schijf waarop geschreven mag worden."
    )


def claim(path: Path) -> tuple[QLockFile | None, str | None]:
    """Take the database for writing: its lock, or why it opens read-only (the banner).

    Nothing is asked: a write-protected disk or file, or another running copy holding the
    lock, opens read-only at once, and the banner says why. A lock whose owner is gone is
    taken over without a word.

    Raises:
        OSError: ``IsADirectoryError`` for a folder given as the database,
            ``NotADirectoryError`` for a path through a file; whatever the system says
            when the database's folder cannot be made.
    """
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not medium.nearest_existing(path).is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    if medium.write_protected(path):
        return None, write_protected_banner()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = _try_lock(path)
    if lock.isLocked():
        return lock, None
    if lock.error() == QLockFile.LockError.PermissionError:
        return None, write_protected_banner()
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None, held_banner(lock_holder(path))
    # The lock file could not be made for another reason (a full disk, a share that
    # refuses it): without the lock, writing could undo another window's work.
    return None, tr_text(
        "Alleen-lezen: FlevoDesk kon naast de database geen vergrendeling maken, dus niet "
        "uitsluiten dat een ander venster er ook in schrijft. U kunt alles bekijken en "
        "exporteren."
    )


def synced_folder(path: Path) -> str | None:
    """The name of the sync service whose folder holds ``path``, if any."""
    for part in path.parts:
        for marker in SYNC_MARKERS:
            if marker.casefold() in part.casefold():
                return marker
    return None


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
    text, ok = ask_text(parent, tr_text("Wachtzin"), prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None


class Way(Enum):
    RESTORE = "restore"
    OTHER = "other"
    LOCAL = "local"
    QUIT = "quit"


def ask_way_out(
    parent: QWidget | None, message: str, can_restore: bool, *, local: bool = False
) -> Way:
    """After a refused database: restore the newest good backup, open another file, or quit;
    ``local`` (a team server that refused) also offers the local file."""
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
    own = (
        box.addButton(tr_text("Lokaal bestand gebruiken"), QMessageBox.ButtonRole.AcceptRole)
        if local
        else None
    )
    other = box.addButton(tr_text("Ander bestand openen…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr_text("Afsluiten"), QMessageBox.ButtonRole.RejectRole)
    fit_title(box)
    box.exec()
    clicked = box.clickedButton()
    if own is not None and clicked is own:
        return Way.LOCAL
    if restore is not None and clicked is restore:
        return Way.RESTORE
    if clicked is other:
        return Way.OTHER
    return Way.QUIT


def choose_other_file(parent: QWidget | None) -> str | None:
    path = file_choice.ask_open_path(
        parent,
        tr_text("Database openen"),
        tr_text("FlevoDesk-databases (*.sqlite3 *.db);;Alle bestanden (*)"),
        purpose="database",
        first_folder=location.data_dir(),
    )
    return str(path) if path is not None else None


def looks_encrypted(target: Target) -> bool:
    return target.path is not None and crypto.looks_encrypted(target.path)


Step = Callable[[Target], None]
