"""The "Privacy" menu: AVG settings, the retention review and the verwerkingsregister."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from flevodesk.services.printouts import PRINTOUTS, Request
from flevodesk.ui import file_choice
from flevodesk.ui.language_menu import end_of_menus
from flevodesk.ui.printing import write_printout
from flevodesk.ui.privacy_dialogs import PrivacySettingsDialog, RetentionDialog
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.ui.main_window import MainWindow


class PrivacyMenu(QObject):
    """Builds the menu for one open database; :meth:`install` replaces an earlier one.

    A QObject owned by its menu, so the slots live exactly as long as the menu does.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        assert window.db is not None and window.bg is not None
        self.db = window.db
        self.bg = window.bg
        self.settings = QAction(tr_text("Privacy-&instellingen…"), self)
        self.settings.triggered.connect(self.show_settings)
        self.review = QAction(tr_text("&Bewaartermijn beoordelen…"), self)
        self.review.triggered.connect(self.show_review)
        self.register = QAction(tr_text("&Verwerkingsregister opslaan…"), self)
        self.register.triggered.connect(self.save_register)
        if self.db.read_only:
            self.settings.setEnabled(False)
            self.review.setEnabled(False)

    def install(self, previous: QMenu | None) -> QMenu:
        bar = self.window.menuBar()
        menu = QMenu(tr_text("&Privacy"), self.window)
        menu.addActions([self.settings, self.review])
        menu.addSeparator()
        menu.addAction(self.register)
        self.setParent(menu)
        if previous is not None:
            bar.insertMenu(previous.menuAction(), menu)
            bar.removeAction(previous.menuAction())
            previous.deleteLater()
        else:
            # Before Instellingen and Help, which stay at the end.
            end = end_of_menus(bar)
            if end is not None:
                bar.insertMenu(end, menu)
            else:
                bar.addMenu(menu)
        return menu

    @Slot()
    def show_settings(self) -> PrivacySettingsDialog:
        dialog = PrivacySettingsDialog(self.db, self.bg, self.window)
        dialog.open()
        return dialog

    @Slot()
    def show_review(self) -> RetentionDialog:
        # What it keeps or anonymises is announced on the bus: the tabs reload themselves.
        dialog = RetentionDialog(self.db, self.bg, self.window)
        dialog.open()
        return dialog

    @Slot()
    def save_register(self) -> None:
        title = tr_text("Verwerkingsregister opslaan")
        request = Request()
        suggested = PRINTOUTS["register"].suggested_name(request)
        path = file_choice.ask_save_path(
            self.window, title, suggested, tr_text("PDF-bestanden (*.pdf)")
        )
        if path is None:
            return

        def saved(path: Path) -> None:
            self.window.statusBar().showMessage(
                tr_text("Verwerkingsregister opgeslagen in %1").replace("%1", str(path)), 5000
            )

        write_printout(self.window, self.bg, self.db, "register", request, path, saved)
