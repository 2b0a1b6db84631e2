"""On a team server the file's own safety work is the administrator's; a copy is the user's.

Backups, restoring one and encryption act on a database file. On a server they would
promise what the program cannot keep, so their menu items say whose work it is and offer
"Exporteren naar een SQLite-bestand…" instead: a checked copy to take along on a laptop.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from flevodesk.services.sqlite_copy import export_to_sqlite
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.data_actions import run_or_tell
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.ui.data_menu import DataMenu
    from flevodesk.ui.main_window import MainWindow


def administrators_work() -> str:
    """What a server's user is told where a file would be backed up, restored or encrypted."""
    return tr_text(
        "Deze database staat op een teamserver: reservekopieën, terugzetten en versleuteling "
        "zijn daar het werk van de beheerder van de server (met de back-ups, de "
        "schijfversleuteling en TLS van de server). Wilt u de gegevens bij u hebben, "
        "bijvoorbeeld op een laptop, exporteer ze dan naar een SQLite-bestand."
    )


def adapt_to_server(window: MainWindow, menu: DataMenu) -> QAction | None:
    """Turn the file-bound items of the Gegevens menu into the explanation (on a server
    only) and add the export to a file; returns that export action."""
    if window.db is None or window.db.path is not None or window.data_menu is None:
        return None
    export = QAction(tr_text("Exporteren naar een &SQLite-bestand…"), window)
    export.triggered.connect(lambda _checked=False: export_copy(window))
    for action in (menu.data.backup, menu.data.restore, menu.backups, menu.encrypt, menu.rekey):
        action.triggered.disconnect()
        action.triggered.connect(lambda _checked=False: explain(window))
        action.setEnabled(True)
    window.data_menu.addSeparator()
    window.data_menu.addAction(export)
    return export


def explain(window: MainWindow) -> None:
    """Say whose work it is; offer the copy."""
    wanted = dialogs.choose(
        window,
        QMessageBox.Icon.Information,
        tr_text("Teamserver"),
        administrators_work(),
        "",
        [
            (
                tr_text("Exporteren naar een SQLite-bestand…"),
                QMessageBox.ButtonRole.AcceptRole,
                True,
            ),
            (tr_text("Sluiten"), QMessageBox.ButtonRole.RejectRole, False),
        ],
    )
    if wanted:
        export_copy(window)


def export_copy(window: MainWindow) -> None:
    """Ask where, then copy every table into a new SQLite file there, on a worker."""
    db, bg = window.db, window.bg
    if db is None or bg is None:
        return
    suggested = Path.home() / f"flevodesk-kopie-{date.today():%Y-%m-%d}.sqlite3"
    path = file_choice.ask_save_path(
        window,
        tr_text("Exporteren naar een SQLite-bestand"),
        str(suggested),
        tr_text("FlevoDesk-database (*.sqlite3)"),
    )
    if path is None:
        return

    def written(rows: int) -> None:
        file_choice.inform(
            window,
            tr_text("Exporteren naar een SQLite-bestand"),
            tr_text("%1 rijen gekopieerd naar %2; het bestand is gecontroleerd.")
            .replace("%1", str(rows))
            .replace("%2", str(path)),
        )

    run_or_tell(
        window,
        bg,
        lambda: export_to_sqlite(db, path),
        written,
        busy=tr_text("Exporteren naar een SQLite-bestand…"),
    )
