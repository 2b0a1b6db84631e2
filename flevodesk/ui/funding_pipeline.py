"""The funding pipeline: counts and sums per status, funder and municipality, why
applications were rejected, and the schemes ("potjes") an initiative has not used yet."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flevodesk.services.financing import Bucket, pipeline, rejection_counts, unused_schemes
from flevodesk.ui import dialogs
from flevodesk.ui.background import user_message
from flevodesk.ui.fields import ComboField, choice_options
from flevodesk.ui.formatting import format_money
from flevodesk.ui.texts import tr_later, tr_text
from flevodesk.ui.title_fit import fit_title

if TYPE_CHECKING:
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background
from flevodesk.ui.choices import shared_choices

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _tree(headers: Sequence[str], right_from: int) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setHeaderLabels(list(headers))
    tree.setSortingEnabled(False)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.setProperty("right_from", right_from)
    return tree


def _fill(tree: QTreeWidget, rows: Sequence[Sequence[str]]) -> None:
    tree.clear()
    right_from = int(tree.property("right_from"))
    for cells in rows:
        item = QTreeWidgetItem(tree, list(cells))
        for column in range(right_from, len(cells)):
            item.setTextAlignment(column, RIGHT)


# The word services.financing.rejection_counts gives a rejection without a reason; it is
# marked here so that the catalogue has it for ``tr_text(reason)``.
UNKNOWN_REASON = tr_later("Onbekend")


class PipelineDialog(QDialog):
    """Read-only figures; "Vernieuwen" is not needed because it is opened fresh each time."""

    def __init__(self, db: Database, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_text("Financiering in de pijplijn"))
        self._db = db
        self._bg = background
        headers = [tr_text("Aantal"), tr_text("Aangevraagd"), tr_text("Toegekend")]
        self.by_status = _tree([tr_text("Status"), *headers], 1)
        self.by_funder = _tree([tr_text("Financier"), *headers], 1)
        self.by_municipality = _tree([tr_text("Gemeente"), *headers], 1)
        self.rejections = _tree(
            [tr_text("Regeling of financier"), tr_text("Reden"), tr_text("Aantal")], 2
        )
        self.unused = _tree(
            [tr_text("Regeling"), tr_text("Financier"), tr_text("Maximum"), tr_text("Let op")], 2
        )
        self.initiative = ComboField(
            "initiative_id",
            tr_text("Initiatief"),
            empty=tr_text("(kies een initiatief)"),
            searchable=True,
        )
        self._choices = shared_choices(db, background)
        self._choices.updated.connect(self._fill_initiatives)
        self._fill_initiatives()
        self.initiative.changed.connect(self.show_unused)
        unused_page = QWidget()
        unused_layout = QVBoxLayout(unused_page)
        picker = QFormLayout()
        picker.addRow(self.initiative.label, self.initiative.widget)
        unused_layout.addLayout(picker)
        unused_layout.addWidget(self.unused, 1)

        self.pages = QTabWidget()
        self.pages.addTab(self.by_status, tr_text("Per status"))
        self.pages.addTab(self.by_funder, tr_text("Per financier"))
        self.pages.addTab(self.by_municipality, tr_text("Per gemeente"))
        self.pages.addTab(self.rejections, tr_text("Afwijzingen"))
        self.pages.addTab(unused_page, tr_text("Ongebruikte potjes"))
        # A button of our own: Qt's standard "Close" stays English without Qt's translations.
        buttons = QDialogButtonBox()
        buttons.addButton(tr_text("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
        fit_title(self)
        self.refresh()

    @Slot()
    def _fill_initiatives(self) -> None:
        self.initiative.set_options(choice_options(self._choices.lists.initiatives))

    def refresh(self) -> None:
        db = self._db
        self._bg.run(lambda: (pipeline(db), rejection_counts(db)), self._show, self._failed)

    def _show(self, result: tuple[dict[str, list[Bucket]], Counter[tuple[str, str]]]) -> None:
        groups, rejected = result
        for tree, key in (
            (self.by_status, "status"),
            (self.by_funder, "funder"),
            (self.by_municipality, "municipality"),
        ):
            _fill(tree, [self._bucket_cells(b, key == "status") for b in groups[key]])
        ranked = sorted(rejected.items(), key=lambda item: (-item[1], item[0]))
        # A status and a reason are labels of closed lists, in the catalogue; funders,
        # municipalities and schemes are the user's names, shown as entered.
        _fill(
            self.rejections, [(scheme, tr_text(reason), str(n)) for (scheme, reason), n in ranked]
        )

    @staticmethod
    def _bucket_cells(bucket: Bucket, label: bool) -> list[str]:
        return [
            tr_text(bucket.key) if label else bucket.key,
            str(bucket.count),
            format_money(bucket.requested),
            format_money(bucket.granted),
        ]

    @Slot()
    def show_unused(self) -> None:
        initiative_id = self.initiative.value()
        if initiative_id is None:
            self.unused.clear()
            return
        db = self._db
        self._bg.run(lambda: unused_schemes(db, initiative_id), self._show_unused, self._failed)

    def _show_unused(self, schemes: list[Any]) -> None:
        example = tr_text("voorbeeld — controleer de actuele regels")
        _fill(
            self.unused,
            [
                (
                    s.name,
                    s.funder.name,
                    format_money(s.max_amount),
                    example if s.is_example else "",
                )
                for s in schemes
            ],
        )

    def _failed(self, error: BaseException) -> None:
        dialogs.show_error(self, user_message(error))
