"""The interface in English: every text translated, the window speaking it, the setting."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTableWidget

from flevodesk import translation
from flevodesk.domain import messages
from flevodesk.language import Language
from flevodesk.message_text import render
from flevodesk.ui.app import create_application, install_language
from flevodesk.ui.language_menu import RUNNING, SETTING, interface_language
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.texts import tr_text

from .conftest import settle

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tools_present() -> bool:
    here = Path(sys.executable).parent
    return all(
        (here / name).exists() or shutil.which(name)
        for name in ("pyside6-lupdate", "pyside6-lrelease")
    )


needs_tools = pytest.mark.skipif(not _tools_present(), reason="Qt Linguist tools missing")


@needs_tools
def test_every_text_of_the_code_has_an_english_translation():
    # The same check as `make translations-check`: extract into a copy, count unfinished.
    assert _script().check() == 0


@needs_tools
def test_a_new_text_without_translation_is_caught(tmp_path):
    script = _script()
    (tmp_path / "new_dialog.py").write_text(
        "from flevodesk.ui.texts import tr_text\ntr_text('Opslaan')\ntr_text('Nieuw')\n",
        encoding="utf-8",
    )
    copy = tmp_path / "flevodesk_en.ts"
    shutil.copyfile(TRANSLATIONS / "flevodesk_en.ts", copy)
    script.extract(copy, [*script.sources(tmp_path), str(tmp_path / "new_dialog.py")], "en")
    # "Opslaan" is translated in the empty context already; "Nieuw" only in the forms'.
    assert script.unfinished(copy) == [("", "Nieuw")]


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\d|%n|%v|%m|\{\w*\}|</?\w+[^>]*>", text))


def test_translations_keep_placeholders_and_tags():
    wrong = []
    for message in ET.parse(TRANSLATIONS / "flevodesk_en.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation_ = message.find("translation")
        assert translation_ is not None
        forms = [f.text or "" for f in translation_.iter("numerusform")]
        for text in forms or [translation_.text or ""]:
            if _placeholders(text) != _placeholders(source):
                wrong.append((source, text))
            if source.endswith("…") != text.endswith("…"):
                wrong.append((source, text))
    assert wrong == []


@pytest.fixture(scope="session")
def english_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed Linguist files compiled as `make` does, into a folder of the test's."""
    if not _tools_present():
        pytest.skip("Qt Linguist tools missing")
    out = tmp_path_factory.mktemp("qm")
    _script().compile_all(TRANSLATIONS, out)
    return out


@pytest.fixture
def english(
    qapp: QCoreApplication, english_catalogue: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The application as `FLEVODESK_LANG=en` starts it; Dutch again afterwards."""
    monkeypatch.setattr(
        translation,
        "catalogue_path",
        lambda language: english_catalogue / f"flevodesk_{language.value}.qm",
    )
    translation.catalogue.cache_clear()
    monkeypatch.setenv("FLEVODESK_LANG", "en")
    locale = QLocale()
    before = qapp.property(RUNNING)
    create_application()
    yield
    install_language(qapp, Language(before) if isinstance(before, str) else Language.DUTCH)
    if not isinstance(before, str):
        qapp.setProperty(RUNNING, None)
    QLocale.setDefault(locale)
    translation.catalogue.cache_clear()


def _dutch_texts() -> set[str]:
    """Every source text whose English differs from it, accelerators removed."""
    found = set()
    for message in ET.parse(TRANSLATIONS / "flevodesk_en.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        english = message.findtext("translation") or ""
        if source.replace("&", "") != english.replace("&", ""):
            found.add(source.replace("&", "").strip())
    return found


def _menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if action.text():
            texts.append(action.text())
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def _accelerators(menu: QMenu) -> list[str]:
    return [
        m.group(1).lower()
        for action in menu.actions()
        if (m := re.search(r"&([^&\s])", action.text()))
    ]


def test_the_main_window_speaks_english(qtbot, demo_db, settings, answers, english, capsys):
    from PySide6.QtWidgets import QDialogButtonBox

    from flevodesk.ui import smoke

    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Initiatives", "Volunteers", "Funding", "Partners", "Overview"]
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert [m.title() for m in menus] == [
        "&File",
        "&Data",
        "&Edit",
        "&Print",
        "Pri&vacy",
        "&Settings",
        "&Help",
    ]
    shown = [m.title() for m in menus]
    for menu in menus:
        shown += _menu_texts(menu)
        letters = _accelerators(menu)
        assert len(letters) == len(set(letters)), (menu.title(), [a.text() for a in menu.actions()])
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(qtbot, window.bg)
        tab = window.current_record_tab()
        if tab is not None:  # a record open, so its related tables have rows
            tab.table.selectRow(0)
            settle(qtbot, window.bg)
            for table in tab.findChildren(QTableWidget):
                shown += [
                    item.text()
                    for row in range(table.rowCount())
                    for column in range(table.columnCount())
                    if (item := table.item(row, column)) is not None
                ]
    for widget in window.findChildren(QLabel):
        shown.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        shown.append(widget.text())
    for widget in window.findChildren(QGroupBox):
        shown.append(widget.title())
    dutch = _dutch_texts()
    left = sorted({t for t in shown if t.replace("&", "").strip() in dutch})
    assert left == []
    assert "&Undo" in shown or "Undo" in shown
    # Qt's own words: English, with no Dutch catalogue of Qt's installed.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert QLocale().name() == "en_GB"
    # What the frozen build's smoke test reads from the window it started in English.
    smoke.check_language(window)
    smoke.check_dialogs()
    out = capsys.readouterr().out
    assert f"{smoke.MARKER} interface en Initiatives" in out
    assert f"{smoke.MARKER} qt texts english" in out


def test_taal_stores_the_choice_for_the_next_start(qtbot, qapp, settings, monkeypatch):
    from flevodesk.ui import dialogs

    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _parent, text: told.append(text))
    monkeypatch.delenv("FLEVODESK_LANG", raising=False)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    menu = window.ensure_actions().settings_menu
    assert menu.title() == "&Instellingen"
    items = menu.items
    assert [item.text() for item in items.values()] == ["Nederlands", "English"]
    assert items[Language.DUTCH].isChecked()
    items[Language.ENGLISH].trigger()
    assert items[Language.ENGLISH].isChecked() and not items[Language.DUTCH].isChecked()
    assert settings.value(SETTING) == "en"
    assert interface_language(settings) is Language.ENGLISH
    assert len(told) == 1 and "next time" in told[0] and "volgende keer" in told[0]
    items[Language.DUTCH].trigger()  # back to what is shown now: nothing to restart for
    assert settings.value(SETTING) == "nl" and len(told) == 1


def test_the_stored_setting_chooses_the_language_at_start(qapp, english_catalogue, monkeypatch):
    monkeypatch.delenv("FLEVODESK_LANG", raising=False)
    monkeypatch.setattr(
        translation,
        "catalogue_path",
        lambda language: english_catalogue / f"flevodesk_{language.value}.qm",
    )
    translation.catalogue.cache_clear()
    locale = QLocale()
    # Qt fixes the default settings file once per process, so this value would reach every
    # later create_application(): it is removed again below.
    QSettings().setValue(SETTING, "en")
    try:
        create_application()
        assert tr_text("Opslaan") == "Save"
        assert tr_text("%n rijen geschreven naar %1.", None, 1) == "1 row written to %1."
        assert tr_text("%n rijen geschreven naar %1.", None, 3) == "3 rows written to %1."
        # Messages made below the UI follow the window's language, not only FLEVODESK_LANG.
        assert render(messages.message("{file} bestaat niet.", file="leden.csv")) == (
            "leden.csv does not exist."
        )
    finally:
        QSettings().remove(SETTING)
        install_language(qapp, Language.DUTCH)
        QLocale.setDefault(locale)
        translation.catalogue.cache_clear()
    assert tr_text("Opslaan") == "Opslaan"
    assert (
        render(messages.message("{file} bestaat niet.", file="leden.csv"))
        == "leden.csv bestaat niet."
    )


def _english_texts() -> str:
    """Every English text of the catalogue, without Qt's "&" marks and HTML tags."""
    texts = []
    for message in ET.parse(TRANSLATIONS / "flevodesk_en.ts").getroot().iter("message"):
        translation_ = message.find("translation")
        assert translation_ is not None
        forms = [f.text or "" for f in translation_.iter("numerusform")]
        texts += forms or [translation_.text or ""]
    return re.sub(r"</?\w+>", "", "\n".join(texts).replace("&", ""))


def test_every_name_the_english_guide_puts_in_bold_is_in_the_english_program():
    guide = (ROOT / "resources" / "help" / "handleiding_en.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\*\*(.+?)\*\*", re.sub(r"\s+", " ", guide)))
    texts = _english_texts()
    # Qt's own wizard button (English without a catalogue), and the word for the typeface.
    qt_words = {"Next", "bold"}
    assert sorted(name for name in named - qt_words if name not in texts) == []
    assert len(named) > 60


def test_the_guide_opens_in_english(qtbot, english):
    from flevodesk.ui.help_window import HelpWindow

    guide = HelpWindow()
    qtbot.addWidget(guide)
    assert guide.windowTitle() == "FlevoDesk user guide"
    headings = guide.headings()
    assert headings[:2] == ["For the lead volunteer (kartrekker)", "Adding a volunteer"]
    assert "Click Book hours" in guide.browser.toPlainText()


def test_the_overview_charts_speak_the_windows_language(qtbot, demo_db, bg, settings, english):
    from flevodesk.ui.overview_tab import OverviewTab

    overview = OverviewTab(demo_db, bg, settings=settings)
    qtbot.addWidget(overview)
    overview.refresh()
    settle(qtbot, bg)
    status, hours, stages = (view.shown.decode() for view in overview.charts.views)
    assert "Initiatives per municipality and status" in status
    assert "Initiatieven" not in status
    assert "Volunteer hours per month in" in hours
    assert ">Mar<" in hours and ">mrt<" not in hours
    assert ">hours<" in hours and ">uren<" not in hours
    assert ">requested<" in stages and ">aangevraagd<" not in stages


def test_the_change_log_names_the_fields_in_english(qtbot, demo_db, bg, english):
    from sqlalchemy import select

    from flevodesk.domain.people import Person
    from flevodesk.ui.tabs import record_tab

    tab = record_tab("person", demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    with demo_db.read() as session:
        person_id = session.scalar(select(Person.id).order_by(Person.id))
    tab.open_record(person_id)
    settle(qtbot, bg)
    tab.form.fields["phone"].edit.setText("06-55443322")
    tab.save()
    settle(qtbot, bg)
    log = tab.form.privacy.changes
    fields = {log.item(row, 2).text() for row in range(log.rowCount())}
    assert {"details recorded", "Phone"} <= fields, fields
    assert not fields & {"gegevens vastgelegd", "Telefoon"}
