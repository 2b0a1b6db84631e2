"""File dialogs are Qt's own, in Dutch, and start in the folder last used for their purpose
(the first time in the user's Documents folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from flevodesk.ui import file_choice


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own whose Documents folder Qt reports."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home / "Documents"


@pytest.fixture
def window(qtbot, settings) -> QWidget:
    """Stands in for the main window, whose settings the dialogs remember folders in."""
    made = QWidget()
    made.settings = settings  # type: ignore[attr-defined]
    qtbot.addWidget(made)
    return made


class Dialogs:
    """Answers file dialogs with a file the test names and records how each was set."""

    def __init__(self) -> None:
        self.answer: Path | None = None
        self.seen: list[QFileDialog] = []
        self.started_in: list[Path] = []

    def exec(self, dialog: QFileDialog) -> int:
        self.seen.append(dialog)
        self.started_in.append(Path(dialog.directory().absolutePath()))
        if self.answer is None:
            return QDialog.DialogCode.Rejected
        dialog.setDirectory(str(self.answer.parent))
        dialog.selectFile(self.answer.name)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    answering = Dialogs()
    monkeypatch.setattr(QFileDialog, "exec", lambda dialog: answering.exec(dialog))
    return answering


def test_the_first_dialog_starts_in_documents_then_in_the_last_folder_per_purpose(
    window, documents, dialogs, tmp_path
):
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    dialogs.answer = stick / "personen.csv"
    chosen = file_choice.ask_save_path(
        window, "Tabel exporteren", "personen.csv", "CSV-bestanden (*.csv)"
    )
    assert chosen == stick / "personen.csv"
    assert dialogs.started_in == [documents]

    dialogs.answer = None
    file_choice.ask_save_path(window, "Tabel exporteren", "partners.csv", "CSV-bestanden (*.csv)")
    file_choice.ask_save_path(window, "Afdruk bewaren", "lijst.pdf", "PDF-bestanden (*.pdf)")
    file_choice.ask_open_path(window, "Bon kiezen", "Bonnen (*.pdf *.jpg)", purpose="receipts")
    # The CSV export comes back to the stick; printouts and receipts have not been anywhere.
    assert dialogs.started_in[1:] == [stick, documents, documents]


def test_a_cancelled_dialog_remembers_nothing_and_a_removed_folder_is_forgotten(
    window, documents, dialogs, tmp_path
):
    assert file_choice.ask_open_path(window, "Bestand", "Lijsten (*.xlsx)") is None
    gone = tmp_path / "weg"
    gone.mkdir()
    (gone / "lijst.xlsx").write_bytes(b"PK")
    dialogs.answer = gone / "lijst.xlsx"
    assert file_choice.ask_open_path(window, "Bestand", "Lijsten (*.xlsx)") == gone / "lijst.xlsx"
    (gone / "lijst.xlsx").unlink()
    gone.rmdir()
    dialogs.answer = None
    file_choice.ask_open_path(window, "Bestand", "Lijsten (*.xlsx)")
    assert dialogs.started_in == [documents, documents, documents]


def test_a_backup_suggested_in_its_folder_starts_there(window, documents, dialogs, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    file_choice.ask_save_path(
        window, "Reservekopie maken", str(backups / "kopie.sqlite3"), "Reservekopieën (*.sqlite3)"
    )
    assert dialogs.started_in == [backups]
    assert dialogs.seen[0].selectedFiles()[0].endswith("kopie.sqlite3")


def test_the_dialog_is_qts_own_and_speaks_dutch(qapp, window, documents, dialogs):
    translator = QTranslator(qapp)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert translator.load("qtbase_nl", folder)
    qapp.installTranslator(translator)
    try:
        file_choice.ask_save_path(
            window, "Telefoonlijst bewaren", "lijst.pdf", "PDF-bestanden (*.pdf)"
        )
        dialog = dialogs.seen[0]
        # The system's dialog would ignore the program's translation.
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert dialog.windowTitle() == "Telefoonlijst bewaren"
        assert dialog.nameFilters() == ["PDF-bestanden (*.pdf)"]
        labels = [
            dialog.labelText(label)
            for label in (
                QFileDialog.DialogLabel.LookIn,
                QFileDialog.DialogLabel.FileName,
                QFileDialog.DialogLabel.FileType,
                QFileDialog.DialogLabel.Accept,
                QFileDialog.DialogLabel.Reject,
            )
        ]
        assert labels == [
            "Zoeken &in:",
            "Bestands&naam:",
            "Bestands&type:",
            "Op&slaan",
            "Annuleren",
        ]
    finally:
        qapp.removeTranslator(translator)
