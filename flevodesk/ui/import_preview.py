"""The import wizard's preview page: what the import would do per row, its problems, and
possible duplicates to merge; the import itself runs from here, with progress and cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from flevodesk.domain.parsing import text_of
from flevodesk.message_text import render
from flevodesk.services.importing.columns import ColumnMapping
from flevodesk.services.importing.reading import Table
from flevodesk.services.importing.volunteers import (
    CANCELLED,
    ImportOptions,
    ImportReport,
    import_volunteers,
)
from flevodesk.ui import dialogs
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.ui.import_wizard import ImportWizard


class PreviewPage(QWizardPage):
    """What the import would do per row, its problems, and possible duplicates to merge."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.preview: ImportReport | None = None
        self.setTitle(tr_text("Voorbeeld"))
        self.setSubTitle(tr_text("Er is nog niets opgeslagen. Controleer de regels en importeer."))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.rows = QTableWidget(0, 0)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().setVisible(False)
        self.skip_box = QCheckBox(tr_text("Regels met fouten overslaan"))
        self.create_box = QCheckBox(tr_text("Onbekende initiatieven aanmaken"))
        for box in (self.skip_box, self.create_box):
            box.toggled.connect(self.refresh)
        self.duplicates = QListWidget()
        self.duplicates.itemChanged.connect(self._duplicate_changed)
        # Rows done of the file while the check or the import runs, and a way to stop it:
        # the service stops between batches and rolls its one transaction back.
        self.progress = QProgressBar()
        self.progress.setFormat(tr_text("%v van %m regels"))
        self.cancel_button = QPushButton(tr_text("Annuleren"))
        self.cancel_button.clicked.connect(self._cancel)
        self._cancelled = threading.Event()
        wizard.progressed.connect(self._progressed)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self._show_running(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(running)
        layout.addWidget(self.rows, 3)
        options = QHBoxLayout()
        options.addWidget(self.skip_box)
        options.addWidget(self.create_box)
        options.addStretch(1)
        layout.addLayout(options)
        layout.addWidget(QLabel(tr_text("Mogelijk dubbel (vink aan om samen te voegen):")))
        layout.addWidget(self.duplicates, 1)

    def initializePage(self) -> None:  # noqa: N802
        self._wizard.report = None
        self.refresh()

    def options(self, *, dry_run: bool) -> ImportOptions:
        """The options the page's check boxes and merge choices describe."""
        merges: dict[int, int] = {}
        for index in range(self.duplicates.count()):
            item = self.duplicates.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                line, person_id = item.data(Qt.ItemDataRole.UserRole)
                merges[line] = person_id
        return ImportOptions(
            dry_run=dry_run,
            skip_invalid=self.skip_box.isChecked(),
            create_initiatives=self.create_box.isChecked(),
            merges=merges,
        )

    @Slot()
    def refresh(self) -> None:
        """Run the dry run again with the current options and show its outcome."""
        self._run(dry_run=True, text=tr_text("Bezig met controleren…"), done=self._show_preview)

    def _run(self, *, dry_run: bool, text: str, done: Callable[[ImportReport], None]) -> None:
        wizard = self._wizard
        table, mapping = wizard.table, wizard.mapping
        assert table is not None and mapping is not None
        db, options = wizard.db, self.options(dry_run=dry_run)
        cancelled = self._cancelled = threading.Event()
        self.progress.setRange(0, max(table.count, 1))
        self.progress.setValue(0)
        self._show_running(True)

        def finished(report: ImportReport) -> None:
            self._show_running(False)
            done(report)

        def failed(message: str) -> None:
            self._show_running(False)
            self.summary_label.setText(message)
            if message != CANCELLED:
                dialogs.show_error(self, message)

        wizard.work(
            self,
            self.summary_label,
            text,
            # Emitting from the worker thread queues the signal to this page's thread.
            lambda: import_volunteers(
                db,
                table,
                mapping,
                options,
                progress=wizard.progressed.emit,
                cancelled=cancelled.is_set,
            ),
            finished,
            failed,
        )

    def _show_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)

    @Slot()
    def _cancel(self) -> None:
        self._cancelled.set()
        self.cancel_button.setEnabled(False)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _show_preview(self, report: ImportReport) -> None:
        table, mapping = self._wizard.table, self._wizard.mapping
        assert table is not None and mapping is not None
        self.preview = report
        self._show_rows(table, mapping, report)
        self._show_duplicates(report)
        lines = [render(line) for line in report.summary_lines()[1:]]
        if report.problems:
            lines.insert(
                0, tr_text("%1 problemen gevonden.").replace("%1", str(len(report.problems)))
            )
        self.summary_label.setText(" ".join(lines))
        self.create_box.setEnabled(bool(report.missing_initiatives) or self.create_box.isChecked())
        self.completeChanged.emit()

    def _show_rows(self, table: Table, mapping: ColumnMapping, report: ImportReport) -> None:
        used = [i for i, f in enumerate(mapping.fields) if f is not None]
        problems: dict[int, list[str]] = {}
        for problem in report.problems:
            problems.setdefault(problem.line, []).append(
                f"{problem.field}: {render(problem.reason)}"
            )
        warnings: dict[int, list[str]] = {}
        for warning in report.warnings:
            note = tr_text("let op: %1").replace("%1", f"{warning.field}: {render(warning.reason)}")
            warnings.setdefault(warning.line, []).append(note)
        headers = [tr_text("Regel"), tr_text("Resultaat"), tr_text("Problemen")]
        headers += [mapping.headers[i] for i in used]
        self.rows.clear()
        self.rows.setColumnCount(len(headers))
        self.rows.setHorizontalHeaderLabels(headers)
        self.rows.setRowCount(len(table.rows))
        for position, row in enumerate(table.rows):
            outcome = report.outcomes.get(row.line, "")
            said = problems.get(row.line, []) + warnings.get(row.line, [])
            cells = [str(row.line), outcome, "; ".join(said)]
            cells += [text_of(row.cell(i)) for i in used]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.line in problems:
                    item.setForeground(Qt.GlobalColor.darkRed)
                elif row.line in warnings:
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.rows.setItem(position, column, item)

    def _show_duplicates(self, report: ImportReport) -> None:
        chosen = self.options(dry_run=True).merges
        self.duplicates.blockSignals(True)
        self.duplicates.clear()
        for duplicate in report.duplicates:
            text = tr_text("Regel %1: %2 lijkt op %3").replace("%1", str(duplicate.line))
            text = text.replace("%2", duplicate.row_name).replace("%3", duplicate.existing)
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = chosen.get(duplicate.line) == duplicate.person_id
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (duplicate.line, duplicate.person_id))
            self.duplicates.addItem(item)
        self.duplicates.blockSignals(False)

    @Slot(QListWidgetItem)
    def _duplicate_changed(self, changed: QListWidgetItem) -> None:
        if changed.checkState() != Qt.CheckState.Checked:
            return
        # A row merges into one person at most: untick its other candidates.
        line = changed.data(Qt.ItemDataRole.UserRole)[0]
        self.duplicates.blockSignals(True)
        for index in range(self.duplicates.count()):
            item = self.duplicates.item(index)
            if item is not changed and item.data(Qt.ItemDataRole.UserRole)[0] == line:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.duplicates.blockSignals(False)

    def isComplete(self) -> bool:  # noqa: N802
        report = self.preview
        if report is None or self._wizard.busy:
            return False
        return not report.problems or self.skip_box.isChecked()

    def validatePage(self) -> bool:  # noqa: N802
        # Not yet: the import runs on the worker thread, and _imported moves on when done.
        if self._wizard.report is not None:
            return True
        if not self._wizard.busy:
            self._run(dry_run=False, text=tr_text("Bezig met importeren…"), done=self._imported)
        return False

    def _imported(self, report: ImportReport) -> None:
        if not report.committed:
            # Someone changed the data since the preview; show the new state.
            self.refresh()
            return
        self._wizard.report = report
        self._wizard.next()
