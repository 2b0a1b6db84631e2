"""The main window's standard actions, its Bestand/Bewerken/Help menus and its toolbar.

Help holds the guide (F1, :mod:`flevodesk.ui.help_window`) and "Over FlevoDesk"; each
attached database also gets the welcome page (:mod:`flevodesk.ui.welcome_page`) and
Gegevens → "Voorbeeldgegevens verwijderen…" (:mod:`flevodesk.ui.demo_menu`).

Built just after the window's first paint (see :meth:`MainWindow.ensure_actions`): importing
Qt's ``Qt`` namespace and ``QStyle`` costs about 20 ms, because PySide 6.12 builds their
hundred-odd Python enums on import, and the first paint should not wait for that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

if TYPE_CHECKING:
    from flevodesk.ui.demo_menu import DemoMenu
    from flevodesk.ui.help_window import HelpWindow
    from flevodesk.ui.main_window import MainWindow
    from flevodesk.ui.welcome_page import Welcome


class MainActions(QObject):
    """New, save, delete, find, refresh, quit and about, in the menus and on the toolbar.

    ``record`` holds the actions that act on the current record tab; they start disabled
    and :meth:`MainWindow._tab_changed` enables them where they apply.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._file_data_actions: list[QAction] = []
        icon = window.style().standardIcon

        def action(
            text: str, shortcut: Any, slot: Any, pixmap: QStyle.StandardPixmap | None = None
        ) -> QAction:
            act = QAction(text, window)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            if pixmap is not None:
                act.setIcon(icon(pixmap))
            return act

        keys = QKeySequence.StandardKey
        sp = QStyle.StandardPixmap
        self.new = action(self.tr("&Nieuw"), keys.New, window.new_record, sp.SP_FileIcon)
        self.save = action(
            self.tr("&Opslaan"), keys.Save, window.save_record, sp.SP_DialogSaveButton
        )
        self.delete = action(
            self.tr("&Verwijderen"), keys.Delete, window.delete_record, sp.SP_TrashIcon
        )
        self.find = action(
            self.tr("&Zoeken"), keys.Find, window.find_record, sp.SP_FileDialogContentsView
        )
        self.refresh = action(
            self.tr("&Vernieuwen"), keys.Refresh, window.refresh_current, sp.SP_BrowserReload
        )
        self.quit = action(self.tr("&Afsluiten"), keys.Quit, window.close)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about = QAction(self.tr("&Over FlevoDesk"), window)
        self.about.triggered.connect(self.show_about)
        self.team_server = QAction(self.tr("Verbinden met &teamserver…"), window)
        self.team_server.triggered.connect(self.connect_to_team_server)
        self.local_file = QAction(self.tr("&Lokaal bestand gebruiken"), window)
        self.local_file.triggered.connect(self.use_local_file)
        self.local_file.setEnabled(False)
        self.guide = action(self.tr("&Handleiding"), keys.HelpContents, self.show_guide)
        self.help_window: HelpWindow | None = None
        self.welcome: Welcome | None = None
        self.demo_menu: DemoMenu | None = None
        self.record = [self.new, self.save, self.delete, self.find]
        for act in (*self.record, self.refresh):
            act.setEnabled(False)

        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Bestand"))
        self.file_menu.addActions([self.new, self.save, self.delete])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.team_server, self.local_file])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("Be&werken"))
        edit_menu.addActions([self.find, self.refresh])
        from flevodesk.ui.undo_actions import UndoActions

        self.undo = UndoActions(window, edit_menu)
        from flevodesk.ui.language_menu import LanguageMenu

        self.settings_menu = LanguageMenu(window, window.settings)
        bar.addMenu(self.settings_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide, self.about])

        toolbar = QToolBar(self.tr("Werkbalk"), window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions([*self.record, self.refresh])
        window.addToolBar(toolbar)

    def install_database_menus(self) -> None:
        """The menus that work on an open database (Gegevens, Afdrukken, Privacy), built
        again for each database the window attaches."""
        from flevodesk.ui.data_menu import DataMenu
        from flevodesk.ui.print_menu import PrintMenu
        from flevodesk.ui.privacy_menu import PrivacyMenu

        window = self.window
        if window.db is not None and window.bg is not None:
            # Another database: an empty undo stack.
            stack = self.undo.attach(window.db, window.bg)
            stack.brought_back.connect(self._show_brought_back)
        # The builders own the actions' slots: keep them as long as their menus.
        window.data_actions = data_menu = DataMenu(window)
        window.data_menu = data_menu.install(window.data_menu)
        # Backup and restore also sit in the Bestand menu, where people look for them first.
        for old in self._file_data_actions:
            self.file_menu.removeAction(old)
        self._file_data_actions = [data_menu.data.backup, data_menu.data.restore]
        self.file_menu.insertActions(self.quit, self._file_data_actions)
        window.print_actions = print_menu = PrintMenu(window)
        window.print_menu = print_menu.install(window.print_menu)
        window.privacy_menu = PrivacyMenu(window).install(window.privacy_menu)
        on_server = window.db is not None and window.db.path is None
        self.local_file.setEnabled(on_server)
        if on_server:
            from flevodesk.ui.server_file_actions import adapt_to_server

            adapt_to_server(window, data_menu)
        self._install_first_start()

    @Slot()
    def connect_to_team_server(self) -> None:
        from flevodesk.ui.team_server_dialog import connect_to_team_server

        connect_to_team_server(self.window)

    @Slot()
    def use_local_file(self) -> None:
        from flevodesk.ui.team_server_dialog import use_local_file

        use_local_file(self.window)

    def _install_first_start(self) -> None:
        """The welcome page over an empty database, and the way to take the demo set out."""
        from flevodesk.ui import welcome_page
        from flevodesk.ui.demo_menu import DemoMenu

        window = self.window
        assert window.db is not None and window.bg is not None and window.data_menu is not None
        self.demo_menu = DemoMenu(window)
        window.data_menu.addSeparator()
        window.data_menu.addAction(self.demo_menu.remove)
        self.welcome = welcome_page.install(window, window.db, window.bg, self.welcome)

    @Slot()
    def show_guide(self) -> HelpWindow:
        """The guide in its own window; a second F1 brings the same window forward."""
        from flevodesk.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self.window)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    @Slot()
    def show_about(self) -> None:
        from flevodesk.ui.help_window import show_about

        db = self.window.db
        show_about(self.window, db.shown if db is not None else None)

    @Slot(object)
    def _show_brought_back(self, rows: list[tuple[str, int]]) -> None:
        """Show the record an undo of its delete brought back, as it was shown before: in
        the tab in view when that lists it, else in the tab of the first record restored."""
        tabs = self.window.record_tabs
        current = self.window.current_record_tab()
        ordered = [current, *tabs.values()] if current is not None else list(tabs.values())
        for tab in ordered:
            for table, record_id in rows:
                if tab is not None and tab.records_table == table:
                    self.window.tabs.setCurrentWidget(tab)
                    tab.open_record(record_id)
                    return
