"""Help → Handleiding (F1) opens the Dutch guide inside the program; it names the program's
real menu items and buttons; "Over FlevoDesk" says the version and where the data is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from flevodesk.domain.enums import LabeledEnum
from flevodesk.services.about import installed_version
from flevodesk.store import location
from flevodesk.ui import help_window

from .conftest import open_and_settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "resources" / "help" / "handleiding.md"

KARTREKKER = [
    "Een vrijwilliger toevoegen",
    "Inzet vastleggen: wie helpt waar",
    "Uren boeken",
    "VOG en toestemming",
    "Telefoonlijst en presentielijst afdrukken",
    "Uw lijst uit Excel importeren",
]
MAKELAAR = [
    "Een initiatief toevoegen",
    "Een aanvraag volgen tot de verantwoording",
    "Partners",
    "Een overzicht afdrukken",
    "Reservekopieën",
]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
def test_f1_opens_the_guide_with_the_tasks_of_both(qtbot, window, db_path):
    window.show()
    qtbot.waitExposed(window)
    open_and_settle(qtbot, window, db_path)
    actions = window.main_actions
    assert actions.guide.text() == "&Handleiding"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = actions.help_window
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.windowTitle() == "Handleiding FlevoDesk"
    headings = guide.headings()
    assert headings[:2] == ["Voor de kartrekker", KARTREKKER[0]]
    assert set(KARTREKKER + MAKELAAR) <= set(headings)
    text = guide.browser.toPlainText()
    assert "Klik op Uren boeken" in text  # Markdown shown as text, not as asterisks
    assert "**" not in text
    # A second F1 brings the same window back instead of a second one.
    guide.close()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert actions.help_window is guide and guide.isVisible()
    guide.show_section("Reservekopieën")
    assert guide.browser.textCursor().block().text() == "Reservekopieën"
    guide.close()


def test_the_guide_is_shipped_where_the_program_looks(monkeypatch, tmp_path):
    assert help_window.guide_text() == GUIDE.read_text(encoding="utf-8")
    monkeypatch.setattr(help_window, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert help_window.guide_text().startswith("De handleiding ontbreekt in deze installatie")


def _program_texts() -> str:
    """Every string the program can show: its source without Qt's "&" marks, and the labels
    of its closed lists."""
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "flevodesk").rglob("*.py")
    ).replace("&", "")
    labels = [
        member.label
        for enum in LabeledEnum.__subclasses__()
        for member in enum  # type: ignore[attr-defined]
    ]
    return source + "\n".join(labels)


def test_every_name_the_guide_puts_in_bold_is_in_the_program():
    guide = re.sub(r"\s+", " ", GUIDE.read_text(encoding="utf-8"))
    named = set(re.findall(r"\*\*(.+?)\*\*", guide))
    texts = _program_texts()
    # Qt's own buttons (its Dutch translation is loaded in ui/app.py).
    qt_words = {"Volgende"}
    missing = sorted(name for name in named - qt_words if name not in texts)
    assert missing == []
    assert len(named) > 60


def test_about_names_version_data_folder_and_database(qtbot, window, db_path, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: told.append(text))
    open_and_settle(qtbot, window, db_path)
    window.main_actions.about.trigger()
    (text,) = told
    assert f"Versie: {installed_version()}" in text
    assert f"Gegevensmap: {location.data_dir()}" in text
    assert f"Database: {db_path}" in text
