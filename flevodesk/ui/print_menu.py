"""The "Afdrukken" menu: every printout declared with a ``menu`` item, made from where the
user is and shown in the print preview (``ui/print_preview.py``), which prints it or saves
it as a PDF. What a printout is made from (its inputs) is asked here, in order; the
database is read only on the worker thread.

An item of a record's printout (its inputs name one, see ``Printout.record``) is enabled
only while a record of that kind is open on its tab, and names it: "Folder afdrukken:
Repair Café Dronten…"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMenu,
    QWidget,
)

from flevodesk.services.lookups import Lookups
from flevodesk.services.printouts import PRINTOUTS, Input, Printout, Ref, Request
from flevodesk.ui import dialogs
from flevodesk.ui.background import user_message
from flevodesk.ui.language_menu import end_of_menus
from flevodesk.ui.printing import preview_printout
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import ask_item, fit_title

if TYPE_CHECKING:
    from flevodesk.ui.main_window import MainWindow


ALL_OF_FLEVOLAND = "Heel Flevoland"


def ask_choice(parent: QWidget, title: str, label: str, options: Sequence[str]) -> str | None:
    """One of ``options``, or None when cancelled (tests replace this)."""
    chosen, ok = ask_item(parent, title, label, options)
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
    fit_title(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return [e.date().toPython() for e in edits]  # type: ignore[misc]


#: What an asker calls with the request fields it filled in.
Next = Callable[..., None]


def menu_groups() -> list[list[Printout[Any]]]:
    """The menu's printouts: the general ones, then those of each kind of record, each
    group in registry order."""
    groups: dict[str | None, list[Printout[Any]]] = {None: []}
    for printout in PRINTOUTS.values():
        if printout.menu is not None:
            groups.setdefault(printout.record, []).append(printout)
    return [group for group in groups.values() if group]


class PrintMenu:
    """Builds the menu for the window's open database."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        assert window.db is not None and window.bg is not None
        self.db = window.db
        self.bg = window.bg
        self.askers: dict[Input, Callable[[Printout[Any], Next], None]] = {
            Input.MUNICIPALITY: self._ask_municipality,
            Input.INITIATIVE: self._take_initiative,
            Input.INITIATIVE_ID_OR_NAME: self._take_initiative,
            Input.APPLICATION: self._take_application,
            Input.PERSON: self._take_person,
            Input.DAY: self._ask_day,
            Input.PERIOD: self._ask_period,
        }

    def install(self, previous: QMenu | None) -> QMenu:
        menu = QMenu(tr_text("&Afdrukken"), self.window)
        #: The items of each kind of record's printouts, named after the record open.
        self.record_actions: dict[str, list[tuple[Printout[Any], QAction]]] = {}
        for number, group in enumerate(menu_groups()):
            if number:
                menu.addSeparator()
            for printout in group:
                action = QAction(menu)
                action.triggered.connect(lambda _checked=False, p=printout: self.start(p))
                menu.addAction(action)
                if printout.record is None:
                    action.setText(_with_dots(tr_text(printout.menu or "")))
                else:
                    self.record_actions.setdefault(printout.record, []).append((printout, action))
        for kind in self.record_actions:
            tab = self.window.record_tabs.get(kind)
            if tab is not None:
                tab.form.loaded.connect(lambda k=kind: self.name_actions(k))
            self.name_actions(kind)
        bar = self.window.menuBar()
        if previous is not None:
            bar.insertMenu(previous.menuAction(), menu)
            bar.removeAction(previous.menuAction())
        else:
            end = end_of_menus(bar)
            bar.insertMenu(end, menu) if end is not None else bar.addMenu(menu)
        return menu

    def name_actions(self, kind: str) -> None:
        """Enable the items of ``kind``'s printouts for the record open on its tab, and
        name it in them; without one, say what to choose."""
        record = self._open_record(kind)
        for printout, action in self.record_actions.get(kind, []):
            label = tr_text(printout.menu or "")
            if record is None:
                hint = tr_text("kies eerst %1").replace("%1", _choose_first(kind))
                action.setText(f"{label} ({hint})")
            else:
                action.setText(f"{label}: {record.name.replace('&', '&&')}…")
            action.setEnabled(record is not None)

    def start(self, printout: Printout[Any]) -> None:
        """Ask for what ``printout`` is made from, then make it and show its preview."""
        self._next(printout, list(printout.inputs), Request())

    def _next(self, printout: Printout[Any], pending: list[Input], request: Request) -> None:
        if not pending:
            preview_printout(self.window, self.bg, self.db, printout.key, request)
            return
        wanted, rest = pending[0], pending[1:]

        def then(**fields: Any) -> None:
            self._next(printout, rest, replace(request, **fields))

        self.askers[wanted](printout, then)

    # --- one per input ------------------------------------------------------------------

    def _ask_municipality(self, printout: Printout[Any], then: Next) -> None:
        def choose(names: list[str]) -> None:
            place = ask_choice(
                self.window,
                _question(printout),
                tr_text("Voor welke gemeente?"),
                [ALL_OF_FLEVOLAND, *names],
            )
            if place is not None:
                then(municipality=None if place == ALL_OF_FLEVOLAND else place)

        db = self.db
        self.bg.run(lambda: [m.label for m in Lookups(db).municipalities()], choose, self._failed)

    def _take_initiative(self, _printout: Printout[Any], then: Next) -> None:
        initiative = self._current("initiative")
        if initiative is not None:
            then(initiative=initiative)

    def _take_person(self, _printout: Printout[Any], then: Next) -> None:
        person = self._current("person")
        if person is not None:
            then(person=person)

    def _take_application(self, _printout: Printout[Any], then: Next) -> None:
        application = self._current("funding")
        if application is not None:
            then(application=application)

    def _ask_day(self, printout: Printout[Any], then: Next) -> None:
        chosen = ask_dates(
            self.window,
            _question(printout),
            [(tr_text("Datum van de bijeenkomst"), date.today())],
        )
        if chosen is not None:
            then(day=chosen[0])

    def _ask_period(self, printout: Printout[Any], then: Next) -> None:
        today = date.today()
        period = ask_dates(
            self.window,
            _question(printout),
            [(tr_text("Van"), date(today.year, 1, 1)), (tr_text("Tot en met"), today)],
        )
        if period is not None:
            then(start=period[0], end=period[1])

    # --- helpers ------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        dialogs.show_error(self.window, user_message(error))

    def _open_record(self, kind: str) -> Ref | None:
        """The record open on tab ``kind`` with its name as shown, or None."""
        tab = self.window.record_tabs.get(kind)
        record = tab.form.record if tab is not None else None
        if tab is None or record is None:
            return None
        return Ref(record.id, tab.form.title_of(record))

    def _current(self, kind: str) -> Ref | None:
        """The record open on tab ``kind``; says so when there is none."""
        record = self._open_record(kind)
        if record is None:
            what = _choose_first(kind)
            dialogs.show_error(
                self.window, tr_text("Kies eerst %1 op zijn tabblad.").replace("%1", what)
            )
        return record


def _choose_first(kind: str) -> str:
    """How a message names a record of ``kind`` the user has to choose first."""
    names = {
        "initiative": tr_text("een initiatief"),
        "person": tr_text("een vrijwilliger"),
        "funding": tr_text("een aanvraag"),
    }
    return names.get(kind, kind)


def _with_dots(label: str) -> str:
    """An item that opens a dialog (the preview, at least) ends in an ellipsis."""
    return label if label.endswith("…") else f"{label}…"


def _question(printout: Printout[Any]) -> str:
    return tr_text(printout.question or printout.title)
