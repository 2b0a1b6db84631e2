"""The first start: a welcome page instead of the tabs while the database is empty.

"Empty" is what a new database holds (reference data only, no initiative and no person;
:func:`flevodesk.services.first_start.is_empty`), asked on a worker when a database is
attached and again after every change on the bus, so the page goes once there is data and
comes back when the database is emptied (the demo set removed, everything deleted).

The page offers three ways in: a first initiative (the Initiatieven tab with a new form),
the import wizard, and the demo set. Choosing the first hides the page until the database
has held data; an empty form is not a reason to send the user back to the welcome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from flevodesk.services.first_start import add_demo_set, is_empty
from flevodesk.ui import dialogs
from flevodesk.ui.background import user_message
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background
    from flevodesk.ui.main_window import MainWindow

#: The key of the record kind the first button opens.
FIRST_KIND = "initiative"


class WelcomePage(QWidget):
    """Three ways in; the page only says what was chosen (:class:`Welcome` acts on it)."""

    add_initiative = Signal()
    import_list = Signal()
    try_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(tr_text("Welkom bij FlevoDesk"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            tr_text(
                "Er staan nog geen initiatieven of vrijwilligers in uw database. Kies hoe u "
                "wilt beginnen; de andere twee kunnen later altijd nog."
            )
        )
        intro.setWordWrap(True)
        self.first = QCommandLinkButton(
            tr_text("Eerste initiatief toevoegen"),
            tr_text(
                "Begin met uw eigen initiatief; daarna voegt u er vrijwilligers, inzet en "
                "aanvragen aan toe."
            ),
        )
        self.importing = QCommandLinkButton(
            tr_text("Uw Excel-lijst importeren"),
            tr_text(
                "Staan uw vrijwilligers al in Excel of in een CSV-bestand? Haal ze in één keer "
                "binnen; u ziet eerst wat er gebeurt."
            ),
        )
        self.demo = QCommandLinkButton(
            tr_text("Probeer het met voorbeeldgegevens"),
            tr_text(
                "Verzonnen initiatieven, vrijwilligers en aanvragen om mee te oefenen. U haalt "
                "ze later weg met Gegevens → Voorbeeldgegevens verwijderen…"
            ),
        )
        self.first.clicked.connect(self.add_initiative)
        self.importing.clicked.connect(self.import_list)
        self.demo.clicked.connect(self.try_demo)
        hint = QLabel(tr_text("De handleiding opent met F1 of Help → Handleiding."))
        hint.setObjectName("welcomeHint")
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(intro)
        column.addSpacing(16)
        for button in self.buttons():
            column.addWidget(button)
        column.addSpacing(16)
        column.addWidget(hint)
        column.addStretch(2)
        box = QWidget()
        box.setLayout(column)
        box.setMinimumWidth(520)
        box.setMaximumWidth(640)
        outer = QVBoxLayout(self)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)

    def buttons(self) -> list[QCommandLinkButton]:
        return [self.first, self.importing, self.demo]

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons():
            button.setEnabled(not busy)


class Welcome(QObject):
    """Puts the welcome page in front of the window's tabs while the database is empty."""

    #: The page came or went (True: it shows); for tests and the status bar.
    shown = Signal(bool)

    def __init__(self, window: MainWindow, db: Database, bg: Background) -> None:
        super().__init__(window)
        self.window, self.db, self.bg = window, db, bg
        self.stack = _stack_of(window)
        self.page = WelcomePage(self.stack)
        self.stack.addWidget(self.page)
        #: The user chose to start on the tabs; cleared once the database holds data.
        self.dismissed = False
        self.page.add_initiative.connect(self.add_initiative)
        self.page.import_list.connect(self.import_list)
        self.page.try_demo.connect(self.try_demo)
        bg.bus.changed.connect(self._changed)
        self.check()

    @property
    def showing(self) -> bool:
        return self.stack.currentWidget() is self.page

    def close(self) -> None:
        """Take the page away for good (another database is attached)."""
        self.bg.bus.changed.disconnect(self._changed)
        self._show(False)
        self.stack.removeWidget(self.page)
        self.page.deleteLater()
        self.deleteLater()

    @Slot(object)
    def _changed(self, _changes: object) -> None:
        self.check()

    def check(self) -> None:
        db = self.db
        # A failed check leaves the tabs: whatever failed says so where it is used.
        self.bg.run(lambda: is_empty(db), self._found, lambda _error: None)

    def _found(self, empty: bool) -> None:
        if not empty:
            self.dismissed = False
        self._show(empty and not self.dismissed and not self.window.read_only)

    def _show(self, show: bool) -> None:
        if show == self.showing:
            return
        self.stack.setCurrentWidget(self.page if show else self.window.tabs)
        # Nieuw, Opslaan, Verwijderen and Zoeken act on the tab on screen; none is, now.
        actions = self.window.main_actions
        if show and actions is not None:
            for action in actions.record:
                action.setEnabled(False)
        elif not show:
            self.window.tabs.currentChanged.emit(self.window.tabs.currentIndex())
        self.shown.emit(show)

    @Slot()
    def add_initiative(self) -> None:
        self.dismissed = True
        self._show(False)
        tab = self.window.record_tabs.get(FIRST_KIND)
        if tab is not None:
            self.window.tabs.setCurrentWidget(tab)
            tab.new_record()

    @Slot()
    def import_list(self) -> None:
        actions = self.window.data_actions
        if actions is not None:
            actions.data.open_import_wizard()

    @Slot()
    def try_demo(self) -> None:
        db = self.db
        self.page.set_busy(True)

        def loaded(_added: bool) -> None:
            self.page.set_busy(False)
            self._show(False)

        def failed(error: BaseException) -> None:
            self.page.set_busy(False)
            dialogs.show_error(self.window, user_message(error))

        self.bg.run(
            lambda: add_demo_set(db), loaded, failed, busy=tr_text("Voorbeeldgegevens laden…")
        )


def _stack_of(window: MainWindow) -> QStackedWidget:
    """The stack that holds the window's tabs, put in their place the first time."""
    parent = window.tabs.parentWidget()
    if isinstance(parent, QStackedWidget):
        return parent
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    assert central is not None and layout is not None, "the window's tabs sit in its column"
    stack = QStackedWidget(central)
    stack.setObjectName("welcomeStack")
    layout.replaceWidget(window.tabs, stack)
    stack.addWidget(window.tabs)
    return stack


def install(window: MainWindow, db: Database, bg: Background, previous: Welcome | None) -> Welcome:
    """The welcome for a newly attached database, replacing the previous one's."""
    if previous is not None:
        previous.close()
    return Welcome(window, db, bg)
