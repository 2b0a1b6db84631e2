"""No dialog is narrower than its title: on a 1024x600 screen a title bar would cut it off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from flevodesk.ui import backups_dialog, crash, data_menu, dialogs, file_choice, print_menu, startup
from flevodesk.ui.title_fit import MAX_WIDTH, title_width

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def shown(qapp, monkeypatch) -> dict[str, int]:
    """Every dialog opened is shown, measured and closed instead of waiting for a user."""
    widths: dict[str, int] = {}

    def measure(dialog: QDialog) -> int:
        dialog.show()
        qapp.processEvents()
        widths[dialog.windowTitle()] = dialog.width()
        dialog.hide()
        return 0

    for kind in (QDialog, QMessageBox, QInputDialog):
        monkeypatch.setattr(kind, "exec", measure)
    return widths


def _too_narrow(widths: dict[str, int]) -> dict[str, tuple[int, int]]:
    return {
        title: (width, title_width(title))
        for title, width in widths.items()
        if width < title_width(title)
    }


def test_questions_and_messages_are_as_wide_as_their_titles(qtbot, shown):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs.ask_unsaved(parent, "de vrijwilliger 'Ayşe'")
    dialogs.confirm_delete(parent, "de aanvraag 'Buurtfeest'", [])
    dialogs.show_error(parent, "Mislukt.")
    file_choice.confirm(parent, "Reservekopie terugzetten", "Zeker?")
    file_choice.inform(parent, "Verwerkingsregister opgeslagen", "Klaar.")
    data_menu.ask_new_passphrase(parent)
    startup.ask_passphrase(parent, Path("a.sqlite3"), 0)
    startup.ask_way_out(parent, "Kapot.", False)
    backups_dialog.ask_backup_passphrase(parent, Path("k.sqlite3"), "Oud.")
    print_menu.ask_choice(parent, "Presentielijst van een initiatief", "Welk?", ["Urk"])
    print_menu.ask_dates(parent, "Urenverklaring over een periode", [("Van", date(2026, 1, 1))])
    crash.show_crash(parent, "Fout.")
    assert len(shown) == 12
    assert _too_narrow(shown) == {}


def test_the_dialogs_of_the_program_are_as_wide_as_their_titles(qtbot, demo_db, bg, settings):
    from flevodesk.ui.backups_dialog import BackupsDialog
    from flevodesk.ui.forms.person_picker import PersonPicker
    from flevodesk.ui.funding_pipeline import PipelineDialog
    from flevodesk.ui.import_wizard import ImportWizard
    from flevodesk.ui.privacy_dialogs import PrivacySettingsDialog, RetentionDialog
    from flevodesk.ui.schemes_dialog import SchemesDialog

    made = [
        BackupsDialog(demo_db, bg, settings),
        PersonPicker(demo_db, bg),
        PipelineDialog(demo_db, bg),
        ImportWizard(demo_db),
        PrivacySettingsDialog(demo_db, bg),
        RetentionDialog(demo_db, bg),
        SchemesDialog(demo_db, bg),
    ]
    widths = {}
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, bg)
        widths[dialog.windowTitle()] = dialog.width()
        assert dialog.width() <= MAX_WIDTH + 24, dialog.windowTitle()
    assert _too_narrow(widths) == {}
