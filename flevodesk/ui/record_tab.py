"""The tab every kind of record shares: search, filters, a lazy table, counts and a form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from flevodesk.domain.errors import ValidationError
from flevodesk.services.errors import NotFound
from flevodesk.services.listing import Listing
from flevodesk.services.unit_of_work import Changes
from flevodesk.ui import dialogs
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.choices import shared_choices
from flevodesk.ui.conflict_dialog import save_on_top
from flevodesk.ui.filter_combos import FilterCombos
from flevodesk.ui.forms.base import RecordForm
from flevodesk.ui.read_only import make_read_only
from flevodesk.ui.record_kind import FilterSpec
from flevodesk.ui.record_table import RecordTable
from flevodesk.ui.table_model import ModelQuery, RecordTableModel
from flevodesk.ui.undo_stack import deleting, run_undoable, saving

if TYPE_CHECKING:
    from flevodesk.services.setup import Database

SEARCH_DELAY_MS = 150
# Wide enough for the longest names in the seed; longer text gets an ellipsis and tooltip.
MAX_COLUMN_WIDTH = 480


class RecordTab(QWidget):
    """Search field, filter combos, count, table and detail form for one kind of record.

    The tab keeps itself current: a change on the bus (``Background.bus``) to a table its
    rows come from reloads the table, and the record in the form is read again unless it
    holds unsaved edits.

    Signals:
        message: a short Dutch line for the status bar ("Opgeslagen").
    """

    message = Signal(str)

    def __init__(
        self,
        db: Database,
        background: Background,
        listing: Listing,
        form: RecordForm[Any],
        filters: Sequence[FilterSpec] = (),
        parent: QWidget | None = None,
        *,
        load: bool = True,
    ) -> None:
        """``load=False`` leaves the table empty until :meth:`load` or the tab is shown."""
        super().__init__(parent)
        self._load_started = False
        self.bg = background
        self.form = form
        self.model = RecordTableModel(db, listing, background, parent=self)
        self._pending_select: int | None = None
        self.records_table = listing.id_column.table.name
        self._shows = listing.tables() | form.shows_tables
        choices = shared_choices(db, background) if any(s.choices for s in filters) else None
        self.filters = FilterCombos(filters, choices, self)
        self.filters.changed.connect(self.apply_query)
        self.filter_combos = self.filters.combos

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M" * 10))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.apply_query)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        for combo in self.filter_combos.values():
            top.addWidget(combo)
        top.addStretch(1)
        self._tools = top
        self.count_label = QLabel()
        top.addWidget(self.count_label)

        self.table = RecordTable()
        self.table.setModel(self.model)
        self.table.note_when_left_out(form)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self._default_sort_column(listing), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(120)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.counted.connect(self.count_label.setText)
        self.model.loaded.connect(self._after_load)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuw"))
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(lambda: self.save())
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.dirty_changed.connect(self._update_buttons)
        form.loaded.connect(self._update_buttons)
        background.bus.changed.connect(self._on_changes)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(scroll, 1)
        side_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # On a small screen the user can drag the list or the form out of the way.
        self.splitter.setChildrenCollapsible(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()
        if load:
            self.load()

    def load(self) -> None:
        """Read the first page and the counts, unless that has already begun."""
        if not self._load_started:
            self._load_started = True
            self.apply_query()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.load()  # a tab left for later loads when it is first looked at
        super().showEvent(event)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if self._load_started and changes.touches(self._shows):
            self.model.refresh()
        record_id, form_tables = self.form.record_id, self.form.shows_tables
        if record_id is None or self.form.dirty:
            return
        if changes.may_touch(self.records_table, record_id) or changes.touches(form_tables):
            self._load(record_id, quiet=True)

    # --- actions the main window calls --------------------------------------------------

    def add_tool(self, widget: QWidget) -> None:
        """Put a button of this kind of record (such as "Regelingen…") beside the filters."""
        self._tools.insertWidget(self._tools.count() - 2, widget)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def new_record(self) -> None:
        self._leave_then(lambda: self._start_new())

    def refresh(self) -> None:
        self.model.refresh()

    def open_record(self, record_id: int) -> None:
        """Show one record (from the worklist): its form, and its row when it is listed."""

        def go() -> None:
            self._pending_select = record_id
            row = self.model.row_of(record_id)
            if row is not None:
                self._select_row(row)
            self._load(record_id)

        self._leave_then(go)

    def save(self, then: Callable[[bool], None] | None = None) -> None:
        """Validate and store the form; nothing is stored while a field is wrong."""
        done = then or (lambda _ok: None)
        form = self.form
        problems = form.problems()
        if problems:
            self.message.emit(form.show_errors(problems))
            done(False)
            return
        try:
            values = form.values()  # a form's own rules across fields (cost caps)
        except ValidationError as error:
            self.message.emit(form.show_errors([error]))
            done(False)
            return
        form.errors.clear()
        service = form.service
        record_id, version = form.record_id, form.version

        def work() -> Any:
            if record_id is None:
                return service.create(values)
            return service.update(record_id, version, values)

        def saved(record: Any) -> None:
            form.load(record)
            self._pending_select = record.id
            self.message.emit(self.tr("Opgeslagen: %1").replace("%1", form.title_of(record)))
            done(True)

        def failed(error: BaseException) -> None:
            if save_on_top(self, error, values, saved, failed, done):
                return  # a colleague saved first: the user's edits go on top of theirs
            if isinstance(error, ValidationError):
                self.message.emit(form.show_errors([error]))
            else:
                dialogs.show_error(self, user_message(error))
            done(False)

        run_undoable(form, work, saved, failed, record_id=record_id, label=saving(form))

    @Slot()
    def delete_current(self) -> None:
        record_id = self.form.record_id
        if record_id is None:
            return
        service = self.form.service
        what, label = self.form.describe(), deleting(self.form)

        def ask(impact: list[str]) -> None:
            if not dialogs.confirm_delete(self, what, impact):
                return
            work = lambda: service.delete(record_id)  # noqa: E731
            run_undoable(self.form, work, deleted, failed, record_id=record_id, label=label)

        def deleted(_result: object) -> None:
            self.form.load(None)
            self.message.emit(self.tr("Verwijderd: %1").replace("%1", what))

        def failed(error: BaseException) -> None:
            dialogs.show_error(self, user_message(error))

        self.bg.run(lambda: service.delete_impact(record_id), ask, failed)

    def maybe_leave(self, then: Callable[[bool], None]) -> None:
        """Ask about unsaved edits; ``then(True)`` when it is fine to move on."""
        if not self.form.dirty:
            then(True)
            return
        answer = dialogs.ask_unsaved(self, self.form.describe())
        if answer is dialogs.Unsaved.SAVE:
            self.save(then)
        elif answer is dialogs.Unsaved.DISCARD:
            self.form.load(self.form.record)
            then(True)
        else:
            then(False)

    # --- search and filters -------------------------------------------------------------

    @Slot()
    def apply_query(self) -> None:
        self._debounce.stop()
        query = self.model.query()
        query.search = self.search.text()
        query.filters = self.filters.values()
        self.model.set_query(ModelQuery(query.search, query.filters, query.sort, query.descending))

    @staticmethod
    def _default_sort_column(listing: Listing) -> int:
        keys = [c.key for c in listing.columns]
        return keys.index(listing.default_sort) if listing.default_sort in keys else 0

    # --- selection and form -------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        if record_id is None or record_id == self.form.record_id:
            return

        def go(ok: bool) -> None:
            if ok:
                self._load(record_id)
            else:
                self._restore_row()

        self.maybe_leave(go)

    def _leave_then(self, action: Callable[[], None]) -> None:
        self.maybe_leave(lambda ok: action() if ok else None)

    def _start_new(self) -> None:
        self.form.load(None)
        self.table.clearSelection()
        first = next(iter(self.form.fields.values()), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, record_id: int, *, quiet: bool = False) -> None:
        """Show the record ``record_id``; ``quiet`` when it is read again as it may have
        changed: shown only if the form still shows it unedited; if deleted, left."""
        service = self.form.service

        def untouched() -> bool:
            return self.form.record_id == record_id and not self.form.dirty

        def loaded(record: Any) -> None:
            if not quiet or untouched():
                self.form.load(record)

        def failed(error: BaseException) -> None:
            if quiet and isinstance(error, NotFound):
                if untouched():
                    self.form.load(None)
                return
            dialogs.show_error(self, user_message(error))

        self.bg.run(lambda: service.get(record_id), loaded, failed)

    def _restore_row(self) -> None:
        record_id = self.form.record_id
        row = self.model.row_of(record_id) if record_id is not None else None
        if row is None:
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
        else:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        # Selecting in code must not ask about unsaved edits or reload the form.
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)
        index = self.model.index(row, 0)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(blocked)
        self.table.viewport().update()
        self.table.scrollTo(index)

    @Slot()
    def _after_load(self) -> None:
        wanted = self._pending_select or self.form.record_id
        self._pending_select = None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self._select_row(row)
        if not self.table.horizontalHeader().property("sized"):
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                width = min(self.table.columnWidth(column), MAX_COLUMN_WIDTH)
                self.table.setColumnWidth(column, width)
            self.table.horizontalHeader().setProperty("sized", True)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        self.delete_button.setEnabled(self.form.record_id is not None)
        self.save_button.setDefault(self.form.dirty)

    def set_read_only(self) -> None:
        """Show records without any way to change them (another copy is writing)."""
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setEnabled(False)
            button.hide()
        make_read_only(self.form)
