"""The import wizard: choose a file, check the column mapping, preview, import, result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from flevodesk.domain.parsing import text_of
from flevodesk.message_text import render
from flevodesk.services.importing.columns import ColumnMapping, Field, recognise_columns
from flevodesk.services.importing.reading import Table, read_table
from flevodesk.services.importing.volunteers import (
    ImportReport,
)
from flevodesk.services.merging import undo_merge
from flevodesk.services.setup import Database
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.change_bus import ChangeBus
from flevodesk.ui.formatting import label_of
from flevodesk.ui.import_preview import PreviewPage
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import fit_screen

T = TypeVar("T")

_SKIP = "— niet importeren —"
_SAMPLE_ROWS = 3


class ImportWizard(QWizard):
    """Four pages over one import; what it stores is announced on the bus it is given.

    Reading the file, the dry run and the import itself run on a worker thread (10,000 rows
    take 1-2 s each); meanwhile the page says what is happening and its buttons wait.
    """

    #: (rows done, rows in the file) of the running check or import, sent from the worker.
    progressed = Signal(int, int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        # One thread: a dry run asked for after another must not overtake it. What the
        # import stores goes out on ``bus`` (the window's), so the tabs reload themselves.
        self.bg = Background(self, max_threads=1, bus=bus)
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
        fit_screen(self, 900, 600)

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
        self.read_label.setText(render(table.how_read()))
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
        lines = [render(report.how_read), *map(render, report.summary_lines())]
        if report.problems:
            lines += ["", tr_text("Overgeslagen:")] + [render(p.text) for p in report.problems]
        if report.warnings:
            lines += ["", tr_text("Geïmporteerd, maar let op:")]
            lines += [render(w.text) for w in report.warnings]
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

        def failed(message: str) -> None:
            self.undo_button.setEnabled(True)
            self.status.clear()
            dialogs.show_error(self, message)

        self._wizard.work(
            self, self.status, tr_text("Bezig met ongedaan maken…"), undo, undone, failed
        )
