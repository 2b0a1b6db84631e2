"""File dialogs and simple questions of the data menu; tests replace these functions.

The file dialogs are Qt's own, not the system's: only Qt's dialog speaks the Dutch of the
translation the program installs (``qtbase_nl``), whatever language the laptop is set to.
Each purpose (printouts, exports, backups, imports, receipts) starts in the folder the
user last chose for it; the first time in the user's Documents folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from flevodesk.ui import dialogs
from flevodesk.ui.settings_values import folder_setting
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import fit_title

_FOLDER_KEY = "folders/%s"
_FIRST_PATTERN = re.compile(r"\(\*\.(\w+)")


def ask_open_path(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    *,
    purpose: str | None = None,
    first_folder: Path | None = None,
) -> Path | None:
    """A file to read, or ``None`` when the user cancels.

    ``purpose`` names the folder remembered for this kind of file (by default the first
    extension in ``name_filter``: "pdf", "csv", ...); ``first_folder`` is where the dialog
    starts before one was remembered (otherwise the Documents folder).
    """
    dialog = file_dialog(parent, title, name_filter, purpose=purpose, first_folder=first_folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(dialog, parent, purpose or _purpose_of(name_filter))


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: str,
    name_filter: str,
    *,
    purpose: str | None = None,
) -> Path | None:
    """A file to write, or ``None`` when the user cancels (the dialog asks before replacing).

    ``suggested`` is a file name, or a whole path when the caller knows the right folder
    (the backups folder); the folder the user last chose for ``purpose`` comes first.
    """
    given = Path(suggested).parent
    dialog = file_dialog(
        parent,
        title,
        name_filter,
        purpose=purpose,
        first_folder=given if given != Path() else None,
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(Path(suggested).name)
    return _chosen(dialog, parent, purpose or _purpose_of(name_filter))


def file_dialog(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    *,
    purpose: str | None = None,
    first_folder: Path | None = None,
) -> QFileDialog:
    """Qt's own file dialog, in Dutch, opened in the folder last chosen for ``purpose``,
    else in ``first_folder``, else in the Documents folder."""
    key = purpose or _purpose_of(name_filter)
    folder = folder_setting(settings_of(parent), _FOLDER_KEY % key) or first_folder
    dialog = QFileDialog(parent, title, str(folder or documents_folder()), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    # Qt's Dutch translation leaves these two labels of its own dialog in English.
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, tr_text("Zoeken &in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, tr_text("Bestands&type:"))
    return dialog


def documents_folder() -> Path:
    """Where a first file dialog starts: the user's Documents folder, else their home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def settings_of(parent: QWidget | None) -> QSettings:
    """The main window's settings (tests give the window a file of its own), else the
    program's."""
    window = parent.window() if parent is not None else None
    found = getattr(window, "settings", None)
    return found if isinstance(found, QSettings) else QSettings()


def _chosen(dialog: QFileDialog, parent: QWidget | None, purpose: str) -> Path | None:
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    if not files:
        return None
    path = Path(files[0])
    settings_of(parent).setValue(_FOLDER_KEY % purpose, str(path.parent))
    return path


def _purpose_of(name_filter: str) -> str:
    found = _FIRST_PATTERN.search(name_filter)
    return found.group(1).lower() if found else "files"


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or no; "no" is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    fit_title(box)
    box.exec()
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user how something went."""
    dialogs.tell(parent, QMessageBox.Icon.Information, title, text)


def open_externally(path: Path) -> bool:
    """Show a file in the system's own program (a PDF viewer, which can also print it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
