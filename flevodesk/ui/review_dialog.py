"""Gegevens → Uitwisselen → "Te beoordelen…": fields two computers changed differently.

The merge of a package decides every field by its counters, so all copies agree; where
both sides had changed a field since they last exchanged, the losing value waits here
(``services.exchange.open_conflicts``). The user keeps one of the two per field; the
choice (``resolve_conflict``) is an ordinary edit that travels with the next package. A
record deleted on one computer while it was changed on the other waits here too:
"Herstellen" brings it back with the kept change (``restore_deleted``, which travels and
beats the delete everywhere), "Verwijderd laten" settles it (``leave_deleted``). A new
person whose e-mail address belongs to someone here is a proposal: "Samenvoegen" merges the
two (``merging.merge_proposal``, the duplicate-merge flow, undoable there), "Apart houden"
keeps them two (``keep_apart``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flevodesk.services.exchange import (
    FieldConflict,
    leave_deleted,
    open_conflicts,
    resolve_conflict,
    restore_deleted,
)
from flevodesk.services.merging import keep_apart, merge_proposal
from flevodesk.services.records import changed_moment
from flevodesk.services.setup import Database
from flevodesk.ui import dialogs
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.conflict_dialog import EMPTY
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import fit_screen


def column_titles() -> list[str]:
    return [
        tr_text("Record"),
        tr_text("Veld"),
        tr_text("Mijn waarde"),
        tr_text("Hun waarde"),
        tr_text("Gewijzigd door"),
    ]


#: A column wider than this wraps its text, so the whole table fits a 1024-pixel screen.
MAX_COLUMN_WIDTH = 240


def who_and_when(conflict: FieldConflict) -> str:
    """ "Laptop Repair Café Dronten, op 30 november 2026 om 14:05" (their own clock)."""
    if conflict.theirs_at is None:
        return conflict.theirs_site
    return f"{conflict.theirs_site}, {changed_moment(conflict.theirs_at)}"


def _cell(text: str | None) -> QTableWidgetItem:
    shown = text if text not in (None, "") else tr_text(EMPTY)
    item = QTableWidgetItem(shown)
    item.setToolTip(shown)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class ReviewDialog(QDialog):
    """The open conflicts, one row a field; "Mijn waarde houden" or "Hun waarde nemen"
    settles the selected rows. The list is read again after every choice and change."""

    def __init__(self, db: Database, bg: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.bg = db, bg
        self.setWindowTitle(tr_text("Te beoordelen"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr_text(
                "Deze velden zijn op twee computers verschillend gewijzigd. Kies per veld "
                "welke waarde blijft; uw keuze gaat met het volgende pakket mee naar de "
                "anderen. Een record dat op de ene computer is verwijderd en op de andere "
                "gewijzigd, kunt u herstellen of verwijderd laten. Een nieuwe persoon met het "
                "e-mailadres van iemand die hier al staat, kunt u met die persoon "
                "samenvoegen of apart houden."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        titles = column_titles()
        self.table = QTableWidget(0, len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        self.empty = QLabel(tr_text("Er is niets te beoordelen."))
        self.empty.hide()
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.keep_mine = QPushButton(tr_text("&Mijn waarde houden"))
        self.take_theirs = QPushButton(tr_text("&Hun waarde nemen"))
        self.keep_mine.clicked.connect(lambda: self.choose(self.selected(), keep_theirs=False))
        self.take_theirs.clicked.connect(lambda: self.choose(self.selected(), keep_theirs=True))
        self.restore = QPushButton(tr_text("H&erstellen"))
        self.leave = QPushButton(tr_text("&Verwijderd laten"))
        self.restore.clicked.connect(lambda: self.decide(self.selected(), restore=True))
        self.leave.clicked.connect(lambda: self.decide(self.selected(), restore=False))
        self.merge = QPushButton(tr_text("&Samenvoegen"))
        self.apart = QPushButton(tr_text("&Apart houden"))
        self.merge.clicked.connect(lambda: self.propose(self.selected(), merge=True))
        self.apart.clicked.connect(lambda: self.propose(self.selected(), merge=False))
        self.merge.hide()
        self.apart.hide()
        for button in (
            self.keep_mine,
            self.take_theirs,
            self.restore,
            self.leave,
            self.merge,
            self.apart,
        ):
            row.addWidget(button)
        self.hint = QLabel(tr_text("Kies eerst een of meer regels."))
        row.addWidget(self.hint)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr_text("Sluiten"))
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        # The conflicts shown, in row order.
        self.conflicts: list[FieldConflict] = []
        self._loading = False
        self._selection_changed()
        fit_screen(self, 980, 480)
        bg.bus.changed.connect(self._on_changes)
        self.load()

    def load(self) -> None:
        self._loading = True
        db = self.db
        self.bg.run(lambda: open_conflicts(db), self._show, self._failed)

    @Slot(object)
    def _on_changes(self, _changes: object) -> None:
        # Another import, or a record edited meanwhile, may have settled or added some;
        # a choice's own change finds its reading already under way.
        if self.isVisible() and not self._loading:
            self.load()

    def _show(self, conflicts: Sequence[FieldConflict]) -> None:
        self._loading = False
        self.conflicts = list(conflicts)
        self.table.clearSelection()
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            # A proposal's value is here already, at another record: say whose it is.
            ours = (
                tr_text("al bij %1").replace("%1", conflict.ours)
                if conflict.kind == "duplicate" and conflict.ours
                else conflict.ours
            )
            texts = (
                f"{conflict.record_kind}: {conflict.record_label}",
                conflict.field_label,
                ours,
                conflict.theirs,
                who_and_when(conflict),
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, _cell(text))
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            if self.table.columnWidth(column) > MAX_COLUMN_WIDTH:
                self.table.setColumnWidth(column, MAX_COLUMN_WIDTH)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.conflicts))
        self.empty.setVisible(not self.conflicts)
        # Most lists hold no proposal: their buttons would only crowd the row.
        proposals = any(c.kind == "duplicate" for c in self.conflicts)
        self.merge.setVisible(proposals)
        self.apart.setVisible(proposals)
        self._selection_changed()

    def selected(self) -> list[int]:
        """The ids of the conflicts in the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.conflicts[row].id for row in rows if row < len(self.conflicts)]

    def _selected_conflicts(self) -> list[FieldConflict]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.conflicts[row] for row in rows if row < len(self.conflicts)]

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self._selected_conflicts()
        usable = bool(chosen) and not self.db.read_only and not self._loading
        kinds = {c.kind for c in chosen}
        # A field gets one of two values, a deleted record is restored or left deleted, a
        # proposal merged or kept apart: one kind of choice at a time.
        self.keep_mine.setEnabled(usable and kinds == {"field"})
        self.take_theirs.setEnabled(usable and kinds == {"field"})
        self.restore.setEnabled(usable and kinds == {"delete"})
        self.leave.setEnabled(usable and kinds == {"delete"})
        self.merge.setEnabled(usable and all(c.mergeable for c in chosen))
        self.apart.setEnabled(usable and kinds == {"duplicate"})
        self.hint.setVisible(bool(self.conflicts) and not chosen)

    def choose(self, conflict_ids: Sequence[int], *, keep_theirs: bool) -> None:
        """Settle the fields of ``conflict_ids``, each an edit of its own; the list is read
        again once they are stored (or once one is refused, with what is left)."""
        self._settle(tuple(conflict_ids), lambda db, i: resolve_conflict(db, i, keep_theirs))

    def decide(self, conflict_ids: Sequence[int], *, restore: bool) -> None:
        """Restore the deleted records of ``conflict_ids`` (or leave them deleted), one
        record once however many of its fields are selected."""
        by_id = {c.id: c for c in self.conflicts}
        records: dict[str, int] = {}
        for conflict_id in conflict_ids:
            found = by_id.get(conflict_id)
            if found is not None and found.kind == "delete":
                records.setdefault(found.record_uuid or str(found.id), found.id)
        self._settle(tuple(records.values()), restore_deleted if restore else leave_deleted)

    def propose(self, conflict_ids: Sequence[int], *, merge: bool) -> None:
        """Merge the two persons of each proposal in ``conflict_ids`` (or keep them apart)."""
        by_id = {c.id: c for c in self.conflicts}
        chosen = tuple(
            i
            for i in conflict_ids
            if i in by_id and (by_id[i].mergeable if merge else by_id[i].kind == "duplicate")
        )
        self._settle(chosen, merge_proposal if merge else keep_apart)

    def _settle(self, chosen: tuple[int, ...], act: Callable[[Database, int], object]) -> None:
        if not chosen:
            return
        self._loading = True
        self._selection_changed()  # no second click while the first is on its way
        db = self.db

        def settle() -> None:
            for conflict_id in chosen:
                act(db, conflict_id)

        self.bg.run(settle, lambda _none: self.load(), self._refused)

    def _refused(self, error: BaseException) -> None:
        dialogs.show_error(self, user_message(error))
        self.load()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._selection_changed()
        dialogs.show_error(self, user_message(error))
