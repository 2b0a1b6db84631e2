"""The import wizard: choose a file, check the column mapping, preview, import, result."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from flevodesk.services.importing.columns import ColumnMapping, Field, recognise_columns
from flevodesk.services.importing.parsing import text_of
from flevodesk.services.importing.reading import Table, read_table
from flevodesk.services.importing.volunteers import (
    CANCELLED,
    ImportOptions,
    ImportReport,
    import_volunteers,
)
from flevodesk.services.merging import undo_merge
from flevodesk.store.database import Database
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.formatting import label_of
from flevodesk.ui.texts import tr_text

T = TypeVar("T")

_SKIP = "— niet importeren —"
_SAMPLE_ROWS = 3


class ImportWizard(QWizard):
    """Four pages over one import; ``imported`` is emitted once something was stored.

    Reading the file, the dry run and the import itself run on a worker thread (10,000 rows
    take 1-2 s each); meanwhile the page says what is happening and its buttons wait.
    """

    imported = Signal()
    #: (rows done, rows in the file) of the running check or import, sent from the worker.
    progressed = Signal(int, int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # One thread: a dry run asked for after another must not overtake it.
        self.bg = Background(self, max_threads=1)
        self._jobs = 0
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(tr_text("Vrijwilligers importeren"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(900, 600)

    @property
    def busy(self) -> bool:
        """Whether a step is still running on the worker thread."""
        return self._jobs > 0

    def work(
        self,
        page: QWizardPage,
        note: QLabel,
        text: str,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job`` off the UI thread for ``page``, with ``text`` in ``note`` meanwhile.

        ``done`` gets the result on the UI thread; a failure goes to ``failed`` as a Dutch
        sentence (by default a message box). The page's buttons wait until it is over.
        """
        self._jobs += 1
        note.setText(text)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        page.completeChanged.emit()

        def finish() -> None:
            self._jobs -= 1
            QApplication.restoreOverrideCursor()
            page.completeChanged.emit()

        def succeeded(result: T) -> None:
            finish()
            done(result)

        def went_wrong(error: BaseException) -> None:
            finish()
            message = user_message(error)
            if failed is not None:
                failed(message)
            else:
                note.clear()
                dialogs.show_error(self, message)

        self.bg.run(job, succeeded, went_wrong)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr_text("Bestand kiezen"))
        self.setSubTitle(
            tr_text(
                "Kies een Excel-bestand (.xlsx) of een CSV-bestand met één vrijwilliger per regel."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(tr_text("Pad naar het bestand"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(tr_text("Bladeren…"))
        browse.clicked.connect(self._browse)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self._read_ok = False
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    @Slot()
    def _browse(self) -> None:
        chosen = file_choice.ask_open_path(
            self,
            tr_text("Bestand met vrijwilligers"),
            tr_text("Lijsten (*.xlsx *.csv *.txt *.tsv)"),
        )
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._wizard.busy and Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802
        # Not yet: the file is read on the worker thread, and _read moves on when it is.
        if self._read_ok:
            self._read_ok = False
            return True
        if not self._wizard.busy:
            path = Path(self.path_edit.text().strip())
            self._wizard.work(
                self,
                self.error_label,
                tr_text("Bestand lezen…"),
                lambda: read_table(path),
                self._read,
                self.error_label.setText,
            )
        return False

    def _read(self, table: Table) -> None:
        self.error_label.clear()
        self._wizard.table = table
        self._wizard.mapping = recognise_columns(table.headers)
        self._read_ok = True
        self._wizard.next()


class MappingPage(QWizardPage):
    """One row per column of the file: its header, example values and the chosen field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr_text("Kolommen"))
        self.setSubTitle(tr_text("Controleer welke kolom wat bevat en pas het zo nodig aan."))
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels(
            [tr_text("Kolom"), tr_text("Voorbeeld"), tr_text("Importeren als")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.read_label = QLabel()
        self.read_label.setWordWrap(True)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_label)
        layout.addWidget(self.grid)
        layout.addWidget(self.problem_label)

    def initializePage(self) -> None:  # noqa: N802
        table, mapping = self._wizard.table, self._wizard.mapping
        assert table is not None and mapping is not None
        self.read_label.setText(table.how_read())
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            samples = [text_of(r.cell(index)) for r in table.rows[:_SAMPLE_ROWS]]
            self.grid.setItem(index, 0, QTableWidgetItem(header))
            self.grid.setItem(index, 1, QTableWidgetItem(" | ".join(s for s in samples if s)))
            combo = QComboBox()
            combo.addItem(_SKIP, None)
            for field in Field:
                combo.addItem(label_of(field), field.value)
            combo.currentIndexChanged.connect(lambda _i, column=index: self._changed(column))
            self.grid.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self._show(mapping)

    def choose(self, column: int, field: Field | None) -> None:
        """Set column ``column`` to ``field`` as if the user picked it."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(None if field is None else field.value))

    def _changed(self, column: int) -> None:
        mapping = self._wizard.mapping
        assert mapping is not None
        value = self.combos[column].currentData()
        self._show(mapping.with_field(column, None if value is None else Field(value)))

    def _show(self, mapping: ColumnMapping) -> None:
        self._wizard.mapping = mapping
        for combo, field in zip(self.combos, mapping.fields, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(None if field is None else field.value))
            combo.blockSignals(False)
        self.problem_label.setText("\n".join(mapping.problems()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        mapping = self._wizard.mapping
        return mapping is not None and not mapping.problems()


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
        lines = report.summary()[1:]
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
            problems.setdefault(problem.line, []).append(f"{problem.field}: {problem.reason}")
        warnings: dict[int, list[str]] = {}
        for warning in report.warnings:
            note = tr_text("let op: %1").replace("%1", f"{warning.field}: {warning.reason}")
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
        self._wizard.imported.emit()
        self._wizard.next()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr_text("Resultaat"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.undo_button = QPushButton(tr_text("Samenvoegingen ongedaan maken"))
        self.undo_button.clicked.connect(self._undo_merges)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:  # noqa: N802
        report = self._wizard.report
        assert report is not None
        lines = [report.how_read, *report.summary()]
        if report.problems:
            lines += ["", tr_text("Overgeslagen:")] + [str(p) for p in report.problems]
        if report.warnings:
            lines += ["", tr_text("Geïmporteerd, maar let op:")] + [str(w) for w in report.warnings]
        self.text.setPlainText("\n".join(lines))
        self.undo_button.setVisible(bool(report.merge_ids))

    @Slot()
    def _undo_merges(self) -> None:
        report = self._wizard.report
        assert report is not None
        db, merge_ids = self._wizard.db, list(reversed(report.merge_ids))
        self.undo_button.setEnabled(False)

        def undo() -> None:
            for merge_id in merge_ids:
                undo_merge(db, merge_id)

        def undone(_result: Any) -> None:
            report.merge_ids = []
            self.undo_button.setVisible(False)
            self.status.setText(
                tr_text("De samenvoegingen zijn ongedaan gemaakt: beide personen staan er weer.")
            )
            self._wizard.imported.emit()

        def failed(message: str) -> None:
            self.undo_button.setEnabled(True)
            self.status.clear()
            dialogs.show_error(self, message)

        self._wizard.work(
            self, self.status, tr_text("Bezig met ongedaan maken…"), undo, undone, failed
        )
