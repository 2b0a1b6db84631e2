"""Overzichtsmateriaal: whom the overview's practices and links are for, and each link's
web address, in one table (Gegevens menu).

A ticked audience puts its symbol beside the item on the printed overview; a link with an
address prints it short with a QR code. Reading and saving run on a worker
(:class:`flevodesk.ui.background.Background`); the table is filled in the callback.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flevodesk.domain.enums import Audience
from flevodesk.services.overview_material import (
    LINK,
    MaterialItem,
    read_material,
    save_material,
)
from flevodesk.services.setup import Database
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.forms.errors import error_label
from flevodesk.ui.texts import tr_text
from flevodesk.ui.waiting_save import waiting_save_buttons

_FIRST_AUDIENCE = 2
_URL = _FIRST_AUDIENCE + len(Audience)


class OverviewMaterialDialog(QDialog):
    """The practices and links with a check box per audience and, for links, the address."""

    def __init__(self, db: Database, bg: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bg = bg
        self.items: list[MaterialItem] = []
        self.setWindowTitle(tr_text("Overzichtsmateriaal"))
        intro = QLabel(
            tr_text(
                "Voor wie is elk voorbeeld en elke verwijzing interessant? Het algemeen beeld "
                "zet de symbolen ernaast; een verwijzing met webadres krijgt een QR-code."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, _URL + 1)
        self.table.setHorizontalHeaderLabels(
            [
                tr_text("Soort"),
                tr_text("Tekst"),
                # In the order of Audience, as the check boxes below.
                tr_text("Inwoners"),
                tr_text("Initiatieven"),
                tr_text("Gemeenten"),
                tr_text("Professionals"),
                tr_text("Webadres"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_URL, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.error = error_label()
        buttons, self.save_button = waiting_save_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(980, 560)
        bg.run(lambda: read_material(db), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.error.setText(user_message(error))
        self.save_button.setEnabled(bool(self.items))

    def _show(self, items: list[MaterialItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            kind = tr_text("Verwijzing") if item.kind == LINK else tr_text("Voorbeeld")
            self.table.setItem(row, 0, _fixed(kind))
            self.table.setItem(row, 1, _fixed(item.text))
            for column, audience in enumerate(Audience, start=_FIRST_AUDIENCE):
                check = QTableWidgetItem()
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                ticked = audience in item.audiences
                check.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, check)
            address = QTableWidgetItem(item.url or "")
            if item.kind != LINK:
                address = _fixed("")
            self.table.setItem(row, _URL, address)
        self.table.resizeColumnToContents(0)
        self.save_button.setEnabled(True)

    def chosen(self) -> list[MaterialItem]:
        """The items as the table shows them now."""
        found = []
        for row, item in enumerate(self.items):
            audiences = tuple(
                audience
                for column, audience in enumerate(Audience, start=_FIRST_AUDIENCE)
                if _cell(self.table, row, column).checkState() == Qt.CheckState.Checked
            )
            url = _cell(self.table, row, _URL).text().strip() if item.kind == LINK else None
            found.append(MaterialItem(item.kind, item.id, item.text, audiences, url or None))
        return found

    @Slot()
    def save(self) -> None:
        items = self.chosen()
        db = self.db
        self.save_button.setEnabled(False)
        self.error.setText("")
        self.bg.run(lambda: save_material(db, items), lambda _n: self.accept(), self._failed)


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None  # every cell was filled in _show
    return item


def _fixed(value: str) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
