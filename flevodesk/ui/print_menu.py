"""The "Afdrukken" menu: every printout made from where the user is, saved as a PDF that
the system's viewer opens and prints (Qt cannot print a PDF without QtPdf)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QMenu,
    QWidget,
)

from flevodesk.services import list_printouts, printouts
from flevodesk.services.lookups import Lookups
from flevodesk.ui import dialogs
from flevodesk.ui.printing import save_printout
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.ui.main_window import MainWindow


ALL_OF_FLEVOLAND = "Heel Flevoland"


def ask_choice(parent: QWidget, title: str, label: str, options: Sequence[str]) -> str | None:
    """One of ``options``, or None when cancelled (tests replace this)."""
    chosen, ok = QInputDialog.getItem(parent, title, label, list(options), 0, False)
    return chosen if ok else None


def ask_dates(parent: QWidget, title: str, fields: Sequence[tuple[str, date]]) -> list[date] | None:
    """Dates for ``fields`` (label, suggestion), or None when cancelled (tests replace this)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    edits = []
    for label, suggestion in fields:
        edit = QDateEdit(QDate(suggestion.year, suggestion.month, suggestion.day), dialog)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        form.addRow(label, edit)
        edits.append(edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return [e.date().toPython() for e in edits]  # type: ignore[misc]


class PrintMenu:
    """Builds the menu for the window's open database."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        assert window.db is not None and window.bg is not None
        self.db = window.db
        self.bg = window.bg

    def install(self, previous: QMenu | None) -> QMenu:
        menu = QMenu(tr_text("&Afdrukken"), self.window)
        items: list[tuple[str, Callable[[], None]]] = [
            (tr_text("&Algemeen beeld…"), self.overview),
            (tr_text("&Netwerk partners"), self.partners),
            (tr_text("&Folders van alle initiatieven…"), self.handouts),
            ("", lambda: None),
            (tr_text("Folder van dit &initiatief"), self.handout),
            (tr_text("&Presentielijst van dit initiatief…"), self.signin),
            (tr_text("&Telefoonlijst van dit initiatief"), self.phonelist),
            ("", lambda: None),
            (tr_text("&Urenverklaring van deze vrijwilliger…"), self.hours),
        ]
        for text, slot in items:
            if not text:
                menu.addSeparator()
                continue
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        bar = self.window.menuBar()
        if previous is not None:
            bar.insertMenu(previous.menuAction(), menu)
            bar.removeAction(previous.menuAction())
        else:
            help_menu = bar.actions()[-1]
            bar.insertMenu(help_menu, menu)
        return menu

    # --- printouts of everything --------------------------------------------------------

    def overview(self) -> None:
        place = self._municipality(tr_text("Algemeen beeld"))
        if place is None:
            return
        chosen = None if place == ALL_OF_FLEVOLAND else place
        suffix = f"-{chosen.lower()}" if chosen else ""
        self._save(
            "overview",
            lambda: printouts.overview_data(self.db, chosen),
            f"algemeen-beeld{suffix}.pdf",
        )

    def partners(self) -> None:
        self._save(
            "partners", lambda: printouts.partner_sheet_data(self.db), "netwerk-partners.pdf"
        )

    def handouts(self) -> None:
        place = self._municipality(tr_text("Folders van alle initiatieven"))
        if place is None:
            return
        chosen = None if place == ALL_OF_FLEVOLAND else place
        self._save(
            "initiatives",
            lambda: printouts.all_handouts_data(self.db, chosen),
            "folders-initiatieven.pdf",
        )

    # --- printouts of the record on screen ----------------------------------------------

    def handout(self) -> None:
        initiative = self._current("initiative")
        if initiative is not None:
            self._save(
                "initiative",
                lambda: printouts.initiative_handout_data(self.db, initiative[0]),
                f"folder-{_slug(initiative[1])}.pdf",
            )

    def signin(self) -> None:
        initiative = self._current("initiative")
        if initiative is None:
            return
        chosen = ask_dates(
            self.window,
            tr_text("Presentielijst"),
            [(tr_text("Datum van de bijeenkomst"), date.today())],
        )
        if chosen is None:
            return
        day = chosen[0]
        self._save(
            "signin",
            lambda: list_printouts.signin_data(self.db, initiative[1], day),
            f"presentielijst-{_slug(initiative[1])}-{day.isoformat()}.pdf",
        )

    def phonelist(self) -> None:
        initiative = self._current("initiative")
        if initiative is not None:
            self._save(
                "volunteers",
                lambda: list_printouts.phonelist_data(self.db, initiative[1]),
                f"telefoonlijst-{_slug(initiative[1])}.pdf",
            )

    def hours(self) -> None:
        person = self._current("person")
        if person is None:
            return
        today = date.today()
        period = ask_dates(
            self.window,
            tr_text("Urenverklaring"),
            [(tr_text("Van"), date(today.year, 1, 1)), (tr_text("Tot en met"), today)],
        )
        if period is None:
            return
        start, end = period
        self._save(
            "hours",
            lambda: list_printouts.hours_statement_data(self.db, person[0], start, end),
            f"urenverklaring-{_slug(person[1])}.pdf",
        )

    # --- helpers ------------------------------------------------------------------------

    def _save(self, key: str, build: Callable[[], Any], suggested: str) -> None:
        save_printout(self.window, self.bg, key, build, suggested, db=self.db)

    def _municipality(self, title: str) -> str | None:
        names = [m.label for m in Lookups(self.db).municipalities()]
        return ask_choice(
            self.window, title, tr_text("Voor welke gemeente?"), [ALL_OF_FLEVOLAND, *names]
        )

    def _current(self, kind: str) -> tuple[int, str] | None:
        """The id and name of the record open on tab ``kind``; says so when there is none."""
        tab = self.window.record_tabs.get(kind)
        record_id = tab.form.record_id if tab is not None else None
        if tab is None or record_id is None:
            what = (
                tr_text("een initiatief") if kind == "initiative" else tr_text("een vrijwilliger")
            )
            dialogs.show_error(
                self.window, tr_text("Kies eerst %1 op zijn tabblad.").replace("%1", what)
            )
            return None
        record = tab.form.record
        return record_id, str(getattr(record, "name", None) or getattr(record, "full_name", ""))


def _slug(text: str) -> str:
    from flevodesk.domain.text import fold

    return "-".join("".join(c if c.isalnum() else " " for c in fold(text)).split())[:60]
