"""Gegevens → "Voorbeeldgegevens verwijderen…": asks, then removes the demo set on a worker.

The removal (a backup first, one transaction, the user's own records kept) is
:func:`flevodesk.services.demo_removal.remove_demo_set`; its report is shown as it is, so
the window and ``flevodesk init --remove-demo`` say the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from flevodesk.message_text import render
from flevodesk.services.backups import backup_folder
from flevodesk.services.demo_removal import DemoRemoval, demo_record_count, remove_demo_set
from flevodesk.ui import file_choice
from flevodesk.ui.data_actions import run_or_tell
from flevodesk.ui.texts import tr_later, tr_text

if TYPE_CHECKING:
    from flevodesk.ui.main_window import MainWindow

TITLE = tr_later("Voorbeeldgegevens verwijderen")


class DemoMenu(QObject):
    """Owns the action and its slot for one attached database."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        assert window.db is not None and window.bg is not None
        self.window, self.db, self.bg = window, window.db, window.bg
        self.remove = QAction(tr_text("&Voorbeeldgegevens verwijderen…"), window)
        self.remove.setObjectName("data-remove-demo")
        self.remove.setToolTip(
            tr_text("Haalt de verzonnen demoset weg; wat u zelf invoerde, blijft staan.")
        )
        self.remove.setEnabled(not window.read_only and not self.db.read_only)
        self.remove.triggered.connect(self.ask)

    @Slot()
    def ask(self) -> None:
        if not self.window.no_unsaved_edits():
            return
        db = self.db
        run_or_tell(self.window, self.bg, lambda: demo_record_count(db), self._confirm)

    def _confirm(self, count: int) -> None:
        title = tr_text(TITLE)
        if not count:
            file_choice.inform(
                self.window,
                title,
                tr_text(
                    "Er staan geen voorbeeldgegevens in deze database; er is niets verwijderd."
                ),
            )
            return
        question = tr_text(
            "De %n voorbeeldrecords (verzonnen initiatieven, vrijwilligers, aanvragen en "
            "partners) worden verwijderd, met hun inzet, uren en begrotingen. Wat u zelf "
            "invoerde of aan de voorbeelden veranderde, blijft staan. Eerst komt er een "
            "reservekopie in %1. Doorgaan?",
            None,
            count,
        )
        question = question.replace("%1", str(backup_folder()))
        if not file_choice.confirm(self.window, title, question):
            return
        db = self.db
        run_or_tell(
            self.window,
            self.bg,
            lambda: remove_demo_set(db),
            self._removed,
            busy=tr_text("Voorbeeldgegevens verwijderen…"),
        )

    def _removed(self, removal: DemoRemoval) -> None:
        file_choice.inform(self.window, tr_text(TITLE), render(removal.said()))
