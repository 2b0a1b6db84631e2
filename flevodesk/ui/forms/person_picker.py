"""A small dialog to find a person among thousands and engage them in an initiative."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flevodesk.domain.enums import Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import parse_date
from flevodesk.message_text import render
from flevodesk.services.listing import ListQuery, Row, fetch_page
from flevodesk.services.persons import PersonListing
from flevodesk.ui.background import Background
from flevodesk.ui.formatting import format_date, label_of
from flevodesk.ui.forms.errors import error_label
from flevodesk.ui.title_fit import fit_title

if TYPE_CHECKING:
    from flevodesk.services.setup import Database


class PersonPicker(QDialog):
    """Type part of a name, pick the person, a role and the first day."""

    def __init__(self, db: Database, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vrijwilliger toevoegen"))
        self._db = db
        self._bg = background
        self._generation = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op naam, e-mail of woonplaats…"))
        self.results = QListWidget()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label_of(role), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.VRIJWILLIGER.value))
        self.since = QLineEdit(format_date(date.today()))
        self.since_error = error_label()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        form = QFormLayout()
        form.addRow(self.tr("Rol"), self.role)
        form.addRow(self.tr("Sinds"), self.since)
        form.addRow("", self.since_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Persoon")))
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 420)
        fit_title(self)
        self.picked: tuple[int, str, date] | None = None
        self._find()

    @Slot()
    def _find(self) -> None:
        self._generation += 1
        generation = self._generation
        query = ListQuery(search=self.search.text(), limit=50)
        db = self._db
        self._bg.run(
            lambda: fetch_page(db, PersonListing(), query).rows,
            lambda rows: self._show(generation, rows),
        )

    def _show(self, generation: int, rows: list[Row]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for row in rows:
            name = " ".join(
                part for part in (row["first_name"], row["tussenvoegsel"], row["last_name"]) if part
            )
            place = f" ({row['place']})" if row["place"] else ""
            item = QListWidgetItem(name + place)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    @Slot()
    def _accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        try:
            since = parse_date("since", self.since.text()) or date.today()
        except ValidationError as error:
            self.since_error.setText(render(error.translatable))
            self.since_error.setVisible(True)
            return
        self.picked = (item.data(Qt.ItemDataRole.UserRole), self.role.currentData(), since)
        self.accept()


def pick_engagement(
    parent: QWidget, db: Database, background: Background
) -> tuple[int, str, date] | None:
    """Ask for a person, role and start date; ``None`` when the user cancels."""
    dialog = PersonPicker(db, background, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.picked
    return None
