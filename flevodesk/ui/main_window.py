"""The main window: a tab per kind of record and the overview, menus, toolbar, status bar.

The window paints before the database is open: :meth:`MainWindow.attach` builds the tabs
once :func:`flevodesk.ui.app.run` has opened it, so start-up never waits on SQL or on
importing the data layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

# Only what the first paint needs is imported above: the menus and toolbar (and with them
# Qt's costly ``Qt`` namespace) come from flevodesk.ui.main_actions just after it.
if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMenu

    from flevodesk.services.listing import Listing, ListQuery
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background
    from flevodesk.ui.busy_indicator import BusyIndicator
    from flevodesk.ui.data_menu import DataMenu
    from flevodesk.ui.main_actions import MainActions
    from flevodesk.ui.overview_tab import OverviewTab
    from flevodesk.ui.print_menu import PrintMenu
    from flevodesk.ui.record_tab import RecordTab

# A warning, not an error; it brings its own light background, so it reads the same in a
# light and a dark theme.
BANNER_STYLE = (
    "QLabel { background: #fff4ce; color: #3d3000; border-bottom: 1px solid #d9b949;"
    " padding: 8px 12px; font-weight: 600; }"
)


class MainWindow(QMainWindow):
    """Signals: ``first_painted`` once the window is on screen and its menus are built
    (start-up continues then)."""

    first_painted = Signal()
    #: The first table rows are on screen: early ones (``ui/first_rows.py``) or the tab's.
    rows_painted = Signal()

    def __init__(
        self,
        db: Database | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.db: Database | None = None
        self.bg: Background | None = None
        self.record_tabs: dict[str, RecordTab] = {}
        self.lock: QLockFile | None = None
        self.read_only = False
        self.data_menu: QMenu | None = None
        self.print_menu: QMenu | None = None
        self.privacy_menu: QMenu | None = None
        #: The database menus' builders, which own their actions' slots.
        self.data_actions: DataMenu | None = None
        self.print_actions: PrintMenu | None = None
        self.overview: OverviewTab | None = None
        self.main_actions: MainActions | None = None
        self.busy: BusyIndicator | None = None
        self._closing = False
        self._painted = False
        self._early_rows: QWidget | None = None
        self.setWindowTitle(self.tr("FlevoDesk"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        from flevodesk.ui.kinds import RECORD_KINDS

        self._titles = [kind.title() for kind in RECORD_KINDS] + [self.tr("Overzicht")]
        for title in self._titles:
            self.tabs.addTab(_placeholder(self.tr("Database openen…")), title)
        # Says why the database is read-only and who holds it; hidden while writing.
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.database_label = QLabel(self.tr("Database openen…"))
        self.statusBar().addPermanentWidget(self.database_label)
        from flevodesk.ui import window_geometry
        from flevodesk.ui.settings_values import int_setting

        window_geometry.place(self, self.settings, self.screen())

        self.tabs.setCurrentIndex(
            int_setting(self.settings, "window/tab", 0, 0, self.tabs.count() - 1)
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        if db is not None:
            self.attach(db)

    # --- construction -------------------------------------------------------------------

    def ensure_actions(self) -> MainActions:
        """The menus, toolbar and standard actions, built on first use (just after the first
        paint, or when a database is attached to a window that was never shown)."""
        if self.main_actions is None:
            from flevodesk.ui.main_actions import MainActions

            self.main_actions = MainActions(self)
            # The toolbar exists only now, so only now can its saved state apply.
            state = self.settings.value("window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
            self._tab_changed(self.tabs.currentIndex())
        return self.main_actions

    def attach(self, db: Database, read_only: bool = False, banner: str | None = None) -> None:
        """Build the tabs on an open database (once it is open, and again when it is replaced,
        e.g. by its encrypted version). ``banner``, above the tabs, says why a read-only
        database is read-only (who holds it, since when, or a write-protected disk)."""
        from flevodesk.ui.background import Background
        from flevodesk.ui.first_rows import when_first_page
        from flevodesk.ui.kinds import RECORD_KINDS
        from flevodesk.ui.overview_tab import OverviewTab
        from flevodesk.ui.tabs import build_tab

        actions = self.ensure_actions()
        if self.bg is not None:
            self.bg.bus.stop_following()
        self.db = db
        self.bg = Background(self)
        self.bg.bus.follow_colleagues(db)  # on a team server: colleagues' changes too
        self.bg.failed.connect(self.show_error)
        self._busy_indicator().follow(self.bg)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)
        early = self._early_rows
        self._early_rows = None
        for index, kind in enumerate(RECORD_KINDS):
            # Only the tab on screen reads now: its first page is not kept waiting behind
            # the other tabs' queries and counts (the 100,000 persons' among them).
            tab = build_tab(kind, db, self.bg, load=index == current)
            tab.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            self.record_tabs[kind.key] = tab
            if index == current:
                when_first_page(self, kind.key, tab, early)
            if index != current or early is None:
                self._replace_tab(index, tab)
        self._load_the_others_after(current)
        self.overview = OverviewTab(db, self.bg, settings=self.settings)
        self.overview.open_record.connect(self.open_record)
        self._replace_tab(len(RECORD_KINDS), self.overview)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        self.database_label.setText(self.tr("Database: %1").replace("%1", db.shown))
        self.read_only = read_only
        actions.install_database_menus()
        if read_only:
            self._show_read_only(banner)
        else:
            self.banner.hide()
        self._tab_changed(current)

    def show_early_rows(self, index: int, view: QWidget) -> None:
        """Show ``view`` (the first rows read before the data layer loaded, see
        ``ui/first_rows.py``) in tab ``index`` until its record tab has its own rows."""
        self._early_rows = view
        blocked = self.tabs.blockSignals(True)
        self._replace_tab(index, view)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(blocked)

    def rows_on_screen(self) -> int:
        """How many table rows the current tab shows (early rows count: they are real)."""
        widget = self.tabs.currentWidget()
        tab = self.current_record_tab()
        model = tab.model if tab is not None else getattr(widget, "model", lambda: None)()
        return model.rowCount() if model is not None else 0

    def put_in_place(self, early: QWidget, tab: RecordTab) -> None:
        """Put ``tab`` where the ``early`` rows were, keeping which tab is on screen."""
        index = self.tabs.indexOf(early)
        if index < 0:
            return
        shown = self.tabs.currentIndex() == index
        blocked = self.tabs.blockSignals(True)
        self._replace_tab(index, tab)
        if shown:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(blocked)
        self._tab_changed(self.tabs.currentIndex())

    def _busy_indicator(self) -> BusyIndicator:
        """The status bar's "busy with ..." sign, made on first use (not before the paint)."""
        if self.busy is None:
            from flevodesk.ui.busy_indicator import BusyIndicator

            self.busy = BusyIndicator(self)
            self.statusBar().insertPermanentWidget(0, self.busy)
        return self.busy

    def _load_the_others_after(self, current: int) -> None:
        """Load the record tabs not on screen once the current one has its first page
        (each loads sooner when it is shown first)."""
        tabs = list(self.record_tabs.values())
        shown = tabs[current] if 0 <= current < len(tabs) else None
        if shown is None:
            for tab in tabs:
                tab.load()
            return

        def then() -> None:
            shown.model.loaded.disconnect(then)
            for tab in tabs:
                tab.load()

        shown.model.loaded.connect(then)

    def _show_read_only(self, banner: str | None) -> None:
        for tab in self.record_tabs.values():
            tab.set_read_only()
        self.banner.setText(
            banner or self.tr("Alleen-lezen: deze database kan niet worden gewijzigd.")
        )
        self.banner.show()
        self.setWindowTitle(self.tr("FlevoDesk (alleen-lezen)"))
        self.database_label.setText(self.database_label.text() + self.tr(" — alleen-lezen"))

    def current_table(self) -> tuple[Listing, ListQuery] | None:
        """The current tab's listing and what it shows, for "export this table"."""
        tab = self.current_record_tab()
        if tab is None:
            return None
        return tab.model.listing, tab.model.shown_query()

    def no_unsaved_edits(self) -> bool:
        """True when no form holds unsaved edits; otherwise says so and returns False."""
        dirty = [tab for tab in self.record_tabs.values() if tab.form.dirty]
        if dirty:
            self.tabs.setCurrentWidget(dirty[0])
            self.show_error(self.tr("Sla eerst uw wijzigingen op (of maak ze ongedaan)."))
            return False
        return True

    def _replace_tab(self, index: int, widget: QWidget) -> None:
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, self._titles[index])
        if old is not None:
            old.deleteLater()

    # --- actions ------------------------------------------------------------------------

    def current_record_tab(self) -> RecordTab | None:
        widget = self.tabs.currentWidget()
        return next((t for t in self.record_tabs.values() if t is widget), None)

    @Slot()
    def new_record(self) -> None:
        if tab := self.current_record_tab():
            tab.new_record()

    @Slot()
    def save_record(self) -> None:
        if tab := self.current_record_tab():
            tab.save()

    @Slot()
    def delete_record(self) -> None:
        tab = self.current_record_tab()
        # In a text field the Delete key edits text; only elsewhere does it delete the record.
        focus = self.focusWidget()
        if tab is None or (focus is not None and focus.inherits("QLineEdit")):
            return
        if focus is not None and focus.inherits("QPlainTextEdit"):
            return
        tab.delete_current()

    @Slot()
    def find_record(self) -> None:
        if tab := self.current_record_tab():
            tab.focus_search()

    @Slot()
    def refresh_current(self) -> None:
        if tab := self.current_record_tab():
            tab.refresh()
        elif self.overview is not None and self.tabs.currentWidget() is self.overview:
            self.overview.refresh()

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        tab = self.current_record_tab()
        if (actions := self.main_actions) is not None:
            for act in actions.record:
                editing = act is not actions.find
                act.setEnabled(tab is not None and not (editing and self.read_only))
            actions.refresh.setEnabled(self.db is not None)
        if self.overview is not None and self.tabs.currentWidget() is self.overview:
            self.overview.refresh()

    @Slot(str, int)
    def open_record(self, kind: str, record_id: int) -> None:
        """Switch to the tab of ``kind`` and show the record (from the worklist)."""
        tab = self.record_tabs.get(kind)
        if tab is None:
            return
        self.tabs.setCurrentWidget(tab)
        tab.open_record(record_id)

    @Slot(str)
    def show_error(self, message: str) -> None:
        from flevodesk.ui import dialogs

        dialogs.show_error(self, message)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            # Queued: let this paint finish before the menus and start-up work begin.
            QTimer.singleShot(0, self._after_first_paint)
        return super().event(event)

    @Slot()
    def _after_first_paint(self) -> None:
        self.ensure_actions()
        self.first_painted.emit()

    # --- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closing:
            self._remember()
            event.accept()
            return
        dirty = [tab for tab in self.record_tabs.values() if tab.form.dirty]
        if not dirty:
            self._remember()
            event.accept()
            return
        # Ask per tab with edits; saving runs in the background, so close again afterwards.
        event.ignore()
        self._ask_next(dirty)

    def _ask_next(self, dirty: list[RecordTab]) -> None:
        if not dirty:
            self._closing = True
            # Not close() here: Qt ignores it while the first closeEvent is still running.
            QTimer.singleShot(0, self.close)
            return
        tab, rest = dirty[0], dirty[1:]
        self.tabs.setCurrentWidget(tab)
        tab.maybe_leave(lambda ok: self._ask_next(rest) if ok else None)

    def release(self) -> None:
        """Let go of the database when the program ends: let background work finish, close
        the connections and give up the lock, so another window can write."""
        if self.bg is not None:
            self.bg.bus.stop_following()
            self.bg.wait()
        if self.db is not None:
            self.db.dispose()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def _remember(self) -> None:
        from flevodesk.ui import window_geometry

        window_geometry.remember(self, self.settings, self.screen())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()


def _placeholder(text: str) -> QWidget:
    """A tab page with ``text`` in its middle (stretches rather than an alignment flag, which
    would need the ``Qt`` namespace before the first paint)."""
    page = QWidget()
    grid = QGridLayout(page)
    grid.addWidget(QLabel(text), 1, 1)
    for edge in (0, 2):
        grid.setRowStretch(edge, 1)
        grid.setColumnStretch(edge, 1)
    return page
