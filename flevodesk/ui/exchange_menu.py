"""Gegevens → Uitwisselen: packages to and from a computer without a shared network.

"Pakket maken…" asks for whom and what (:class:`~flevodesk.ui.exchange_dialogs.
ExportDialog`) and where, "Pakket inlezen…" which file and the team passphrase, then
offers to delete the file (whoever finds it and knows the passphrase could read it);
"Te beoordelen…" shows the fields both sides changed (:mod:`flevodesk.ui.review_dialog`);
"Naam van deze computer…" is the name others see. Every read and write runs on a worker
through the window's :class:`~flevodesk.ui.background.Background`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMenu

from flevodesk.services.exchange import (
    ExportResult,
    ImportResult,
    export_package,
    import_package,
    initiatives_by_peer,
    known_peers,
    set_site_name,
    site_name,
)
from flevodesk.services.exchange.package import EXTENSION, package_header, remove_package
from flevodesk.services.lookups import choice_lists
from flevodesk.services.printouts.declaration import slug
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.backups_dialog import size_text
from flevodesk.ui.data_actions import run_or_tell
from flevodesk.ui.exchange_dialogs import ExportChoice, ExportDialog
from flevodesk.ui.review_dialog import ReviewDialog
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import ask_text

if TYPE_CHECKING:
    from flevodesk.ui.main_window import MainWindow


def package_filter() -> str:
    """The file dialogs' filter; "fdpakket" is also the purpose their folder is kept under."""
    return tr_text("FlevoDesk-pakketten (*.fdpakket);;Alle bestanden (*)")


def export_summary(result: ExportResult) -> str:
    if not result.records:
        text = tr_text(
            "Pakket %1 voor %2 gemaakt, in %4: er was niets nieuws voor deze computer (%3)."
        )
    else:
        text = tr_text("Pakket %1 voor %2 gemaakt: %n records, %3, in %4.")
    return (
        text.replace("%1", str(result.package_number))
        .replace("%2", result.peer)
        .replace("%n", str(result.records))
        .replace("%3", size_text(result.size_bytes))
        .replace("%4", str(result.path))
    )


def import_summary(result: ImportResult) -> str:
    """What an import did, in the words the user acts on."""

    def filled(text: str, count: int = 0) -> str:
        return (
            text.replace("%1", str(result.package_number))
            .replace("%2", result.sender)
            .replace("%n", str(count))
        )

    if result.already_seen:
        return filled(tr_text("Pakket %1 van %2 was al eerder ingelezen; er is niets veranderd."))
    # Dutch says "1 wijziging", not "1 wijzigingen": the singular is a sentence of its own.
    parts = [
        filled(
            tr_text("Pakket %1 van %2 is ingelezen: 1 wijziging overgenomen.")
            if result.applied == 1
            else tr_text("Pakket %1 van %2 is ingelezen: %n wijzigingen overgenomen."),
            result.applied,
        )
    ]
    if result.conflicts:
        parts.append(
            filled(
                tr_text(
                    "1 veld was aan beide kanten gewijzigd; kies onder Te beoordelen welke "
                    "waarde blijft."
                )
                if result.conflicts == 1
                else tr_text(
                    "%n velden waren aan beide kanten gewijzigd; kies onder Te beoordelen "
                    "welke waarde blijft."
                ),
                result.conflicts,
            )
        )
    if result.duplicates_proposed:
        parts.append(
            filled(
                tr_text(
                    "1 nieuw record lijkt op een dat hier al staat (hetzelfde e-mailadres of "
                    "dezelfde naam); kies onder Te beoordelen of u ze samenvoegt of apart houdt."
                )
                if result.duplicates_proposed == 1
                else tr_text(
                    "%n nieuwe records lijken op records die hier al staan (hetzelfde "
                    "e-mailadres of dezelfde naam); kies onder Te beoordelen of u ze "
                    "samenvoegt of apart houdt."
                ),
                result.duplicates_proposed,
            )
        )
    if result.scrub_pending is not None:
        parts.append(str(result.scrub_pending))
    return " ".join(parts)


def passphrase_question(header: dict[str, object]) -> str:
    """The passphrase prompt, naming the package by what its readable header says
    (``sender``: the sending site's ``name``; ``package_number``)."""
    sender, number = header.get("sender"), header.get("package_number")
    name = sender.get("name") if isinstance(sender, dict) else None
    ask = tr_text("Wachtzin van het team:")
    if isinstance(name, str) and isinstance(number, int):
        known = tr_text("Pakket %1 van %2.").replace("%1", str(number)).replace("%2", name)
        return f"{known}\n\n{ask}"
    return ask


class ExchangeMenu(QObject):
    """The Uitwisselen submenu of one attached database; owns its actions and dialogs."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        assert window.db is not None and window.bg is not None
        self.window, self.db, self.bg = window, window.db, window.bg
        self.export = self._action("export", tr_text("Pakket &maken voor…"), self.ask_export)
        self.import_ = self._action("import", tr_text("Pakket &inlezen…"), self.ask_import)
        self.review = self._action("review", tr_text("&Te beoordelen…"), self.show_review)
        self.name = self._action("name", tr_text("&Naam van deze computer…"), self.ask_name)
        writable = not window.read_only and not self.db.read_only
        for action in (self.export, self.import_, self.name):
            action.setEnabled(writable)
        self.review_dialog: ReviewDialog | None = None
        self.export_dialog: ExportDialog | None = None

    def _action(self, key: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"exchange-{key}")
        action.triggered.connect(slot)
        return action

    def menu(self) -> QMenu:
        menu = QMenu(tr_text("&Uitwisselen"), self.window)
        menu.addActions([self.export, self.import_])
        menu.addSeparator()
        menu.addAction(self.review)
        menu.addSeparator()
        menu.addAction(self.name)
        return menu

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    @Slot()
    def ask_export(self) -> None:
        if not self.window.no_unsaved_edits():  # what the form shows is what goes along
            return
        db = self.db

        def read() -> tuple[list[str], list[str], str, dict[str, frozenset[str]]]:
            names = [choice.label for choice in choice_lists(db).initiatives]
            return known_peers(db), names, site_name(db), initiatives_by_peer(db)

        run_or_tell(self.window, self.bg, read, self._show_export)

    def _show_export(
        self, known: tuple[list[str], list[str], str, dict[str, frozenset[str]]]
    ) -> None:
        peers, initiatives, here, has = known
        dialog = ExportDialog(peers, initiatives, here, self.window, has=has)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export(dialog.choice()))
        self.export_dialog = dialog
        dialog.open()

    def _export(self, choice: ExportChoice) -> None:
        suggested = f"pakket-voor-{slug(choice.peer) or 'computer'}-{date.today():%Y-%m-%d}"
        path = file_choice.ask_save_path(
            self.window,
            tr_text("Pakket opslaan"),
            suggested + EXTENSION,
            package_filter(),
        )
        if path is None:
            return
        if path.suffix == "":
            path = path.with_suffix(EXTENSION)
        db = self.db

        def made(result: ExportResult) -> None:
            file_choice.inform(self.window, tr_text("Pakket maken"), export_summary(result))

        run_or_tell(
            self.window,
            self.bg,
            lambda: export_package(
                db, path, choice.passphrase, peer=choice.peer, initiatives=choice.initiatives
            ),
            made,
            busy=tr_text("Pakket maken…"),
        )

    @Slot()
    def ask_import(self) -> None:
        if not self.window.no_unsaved_edits():
            return
        path = file_choice.ask_open_path(self.window, tr_text("Pakket inlezen"), package_filter())
        if path is None:
            return
        # The header first: a file that is no package is told before a passphrase is asked.
        run_or_tell(
            self.window,
            self.bg,
            lambda: package_header(path),
            lambda header: self._ask_passphrase(path, header),
        )

    def _ask_passphrase(self, path: Path, header: dict[str, object]) -> None:
        passphrase, ok = ask_text(
            self.window,
            tr_text("Pakket inlezen"),
            passphrase_question(header),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        db = self.db
        run_or_tell(
            self.window,
            self.bg,
            lambda: import_package(db, path, passphrase),
            lambda result: self._imported(path, result),
            busy=tr_text("Pakket inlezen…"),
        )

    def _imported(self, path: Path, result: ImportResult) -> None:
        question = tr_text(
            "Het bestand %1 is nu niet meer nodig. Wie het vindt en de wachtzin kent, kan "
            "het lezen. Nu verwijderen?"
        ).replace("%1", path.name)
        if file_choice.confirm(
            self.window, tr_text("Pakket inlezen"), f"{import_summary(result)}\n\n{question}"
        ):
            run_or_tell(
                self.window,
                self.bg,
                lambda: remove_package(path),
                lambda _none: self._status(
                    tr_text("Het pakket %1 is verwijderd.").replace("%1", path.name)
                ),
            )
        if result.conflicts or result.duplicates_proposed:
            self.show_review()

    @Slot()
    def show_review(self) -> ReviewDialog:
        """The one review dialog of this database, read afresh each time it is shown."""
        if self.review_dialog is None:
            self.review_dialog = ReviewDialog(self.db, self.bg, self.window)
        else:
            self.review_dialog.load()
        self.review_dialog.show()
        self.review_dialog.raise_()
        return self.review_dialog

    @Slot()
    def ask_name(self) -> None:
        db = self.db
        run_or_tell(self.window, self.bg, lambda: site_name(db), self._ask_name)

    def _ask_name(self, current: str) -> None:
        name, ok = ask_text(
            self.window,
            tr_text("Naam van deze computer"),
            tr_text(
                "De naam die anderen zien bij pakketten en keuzes van deze computer "
                "(bijvoorbeeld Laptop Repair Café Dronten):"
            ),
            QLineEdit.EchoMode.Normal,
            current,
        )
        name = name.strip()
        if not ok or name == current:
            return
        if not name:
            dialogs.show_error(
                self.window, tr_text("De naam van deze computer mag niet leeg zijn.")
            )
            return
        db = self.db
        run_or_tell(
            self.window,
            self.bg,
            lambda: set_site_name(db, name),
            lambda _none: self._status(tr_text("Deze computer heet nu %1.").replace("%1", name)),
        )
