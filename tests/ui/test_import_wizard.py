"""The import wizard and the data menu's actions, driven as a user would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from flevodesk.domain.enums import VogOutcome
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Person
from flevodesk.domain.privacy import VogRecord
from flevodesk.services.importing.columns import Field
from flevodesk.services.listing import ListQuery
from flevodesk.services.persons import PersonListing
from flevodesk.ui import file_choice
from flevodesk.ui.change_bus import ChangeBus
from flevodesk.ui.data_actions import DataActions, build_data_actions
from flevodesk.ui.import_wizard import ImportWizard
from tests.ui.wizard_steps import at_columns_page

from .conftest import settle

FILE = (
    "Naam;E-mail;Telefoon prive;Initiatief;Rol\n"
    "Zoe Celik;zoe@voorbeeld.nl;612345678;Repair Café Dronten;vrijwilliger\n"
    "Kees Jansen;kees2@voorbeeld.nl;;;\n"
    "Piet Bakker;piet@;;;\n"
)


@pytest.fixture
def filled(db):
    with db.write() as session:
        dronten = session.scalars(select(Municipality).where(Municipality.name == "Dronten")).one()
        session.add(Initiative(name="Repair Café Dronten", municipality=dronten))
        session.add(Person(first_name="Kees", last_name="Jansen", email="kees@voorbeeld.nl"))
    return db


@pytest.fixture
def said(monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(file_choice, "inform", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(file_choice, "confirm", lambda _p, _t, text: told.append(text) or True)
    return told


def names(db):
    with db.read() as session:
        return sorted(p.full_name for p in session.scalars(select(Person)))


def test_wizard_from_file_to_result_with_a_merge_and_its_undo(qtbot, filled, tmp_path, answers):
    path = tmp_path / "lijst.csv"
    path.write_bytes(FILE.encode("cp1252"))
    bus = ChangeBus()
    announced = []
    bus.changed.connect(announced.append)
    wizard = ImportWizard(filled, bus=bus)
    qtbot.addWidget(wizard)
    wizard.restart()  # what show() does, without a window on screen

    page = wizard.file_page
    assert not page.isComplete()
    qtbot.keyClicks(page.path_edit, str(path))
    assert page.isComplete()
    wizard.next()
    assert page.error_label.text() == "Bestand lezen…"  # read off the UI thread

    mapping = wizard.mapping_page
    qtbot.waitUntil(lambda: wizard.currentPage() is mapping)
    recognised = [c.currentData() for c in mapping.combos]
    assert recognised == ["full_name", "email", None, "initiative", "role"]
    assert "612345678" in mapping.grid.item(2, 1).text()
    mapping.choose(0, None)
    assert not mapping.isComplete()  # no name column left
    assert mapping.problem_label.text()
    mapping.choose(0, Field.FULL_NAME)
    mapping.combos[2].setCurrentIndex(mapping.combos[2].findData("phone"))
    assert wizard.mapping.index_of(Field.PHONE) == 2
    wizard.next()

    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    assert not preview.isComplete()  # while the dry run is still running
    qtbot.waitUntil(lambda: not wizard.busy)
    grid = preview.rows
    assert grid.rowCount() == 3
    assert grid.item(2, 0).text() == "4"
    assert "E-mail: 'piet@' is geen geldig e-mailadres" in grid.item(2, 2).text()
    assert grid.item(0, 1).text() == "nieuw"
    assert not preview.isComplete()  # a row is wrong and is not skipped
    preview.skip_box.setChecked(True)
    qtbot.waitUntil(lambda: not wizard.busy)
    assert preview.isComplete()
    assert preview.duplicates.count() == 1
    duplicate = preview.duplicates.item(0)
    assert duplicate.text().startswith("Regel 3: Kees Jansen lijkt op Kees Jansen")
    duplicate.setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert preview.summary_label.text() == "Bezig met importeren…"

    result = wizard.result_page
    qtbot.waitUntil(lambda: wizard.currentPage() is result)
    # The dry runs stored nothing; the import tells the window's views what it stored.
    assert len(announced) == 1 and announced[0].touches({"persons"})
    text = result.text.toPlainText()
    assert "Nieuwe personen: 1." in text
    assert "Samengevoegd met een bestaande persoon: 1." in text
    assert "regel 4: E-mail: 'piet@' is geen geldig e-mailadres" in text
    assert names(filled) == ["Kees Jansen", "Zoe Celik"]
    with filled.read() as session:
        kees = session.scalars(select(Person).where(Person.last_name == "Jansen")).one()
    assert kees.email == "kees@voorbeeld.nl"

    assert result.undo_button.isVisibleTo(wizard)
    result.undo_button.click()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert "ongedaan gemaakt" in result.status.text()
    assert names(filled) == ["Kees Jansen", "Kees Jansen", "Zoe Celik"]
    assert len(announced) == 2 and announced[1].touches({"persons"})
    assert not result.undo_button.isVisibleTo(wizard)
    assert answers.errors == []


def test_accented_text_is_set_not_typed(qtbot, filled, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_bytes("Naam\nŞükrü Yılmaz\nZoë Çelik\n".encode())
    wizard = at_columns_page(qtbot, filled, path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert wizard.preview_page.rows.item(0, 3).text() == "Şükrü Yılmaz"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    assert names(filled) == ["Kees Jansen", "Zoë Çelik", "Şükrü Yılmaz"]


def test_an_unreadable_file_stays_on_the_first_page(qtbot, filled, tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"")
    wizard = ImportWizard(filled)
    qtbot.addWidget(wizard)
    wizard.restart()  # what show() does, without a window on screen
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert wizard.currentPage() is wizard.file_page
    assert "leeg" in wizard.file_page.error_label.text()


@pytest.mark.sqlite_only
def test_data_actions_export_backup_restore_and_undo(
    qtbot, filled, bg, tmp_path, monkeypatch, said, answers
):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    announced = []
    bg.bus.changed.connect(announced.append)
    query = ListQuery(search="kees")
    actions = DataActions(window, filled, bg, lambda: (PersonListing(), query))
    assert [a.objectName() for a in actions.actions()][:3] == [
        "data-import",
        "data-export-csv",
        "data-export-xlsx",
    ]

    def trigger(action):
        action.trigger()
        settle(qtbot, bg)

    out = tmp_path / "uit"
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: out)
    trigger(actions.export_csv)
    csv_text = (tmp_path / "uit.csv").read_text(encoding="utf-8-sig")
    assert csv_text.count("\n") == 2  # header and Kees: the search of the table applies
    assert said[-1].startswith("1 rijen geschreven")
    trigger(actions.export_xlsx)
    assert (tmp_path / "uit.xlsx").exists()

    ics = tmp_path / "d.ics"
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: ics)
    with filled.write() as session:
        person = session.scalars(select(Person)).first()
        session.add(
            VogRecord(person=person, seen_on=date(2024, 1, 1), outcome=VogOutcome.AFGEGEVEN)
        )
    trigger(actions.export_calendar)
    assert b"VOG vernieuwen: Kees Jansen" in ics.read_bytes()
    vcf = tmp_path / "c.vcf"
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: vcf)
    trigger(actions.export_contacts)
    assert vcf.read_bytes().startswith(b"BEGIN:VCARD")

    backup = tmp_path / "kopie.sqlite3"
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: backup)
    trigger(actions.backup)
    assert backup.exists()
    assert said[-1] == f"Reservekopie gemaakt: {backup}"
    with filled.write() as session:
        session.add(Person(first_name="Na", last_name="Kopie"))
    monkeypatch.setattr(file_choice, "ask_open_path", lambda *_a: backup)
    announced.clear()
    trigger(actions.restore)
    assert names(filled) == ["Kees Jansen"]
    # The file was replaced whole: every view is told that all its tables changed.
    assert len(announced) == 1 and {"persons", "initiatives"} <= announced[0].tables

    bad = tmp_path / "geen.sqlite3"
    bad.write_text("geen database" * 100)
    monkeypatch.setattr(file_choice, "ask_open_path", lambda *_a: bad)
    trigger(actions.restore)
    assert len(answers.errors) == 1 and "geen FlevoDesk-database" in answers.errors[-1]

    trigger(actions.undo_merge)
    assert said[-1] == "Er is geen samenvoeging om ongedaan te maken."

    monkeypatch.setattr(actions, "current_table", lambda: None)
    actions.export_csv.trigger()
    assert "geen tabel" in answers.errors[-1]


def test_build_data_actions_gives_the_menu_in_order(qtbot, filled, bg):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    made = build_data_actions(window, filled, bg, lambda: None)
    assert len(made) == 8
    assert all(action.parent() is window for action in made)
    with filled.read() as session:
        assert session.scalar(select(func.count(Person.id))) == 1


def test_the_wizard_tells_the_encoding_and_shows_warnings(qtbot, filled, tmp_path):
    path = tmp_path / "lijst.txt"
    text = "Naam\tBeschikbaarheid\r\nZoë Çelik\tza\r\nJan Smit\tna de zomer\r\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    wizard = at_columns_page(qtbot, filled, path)
    assert "UTF-16 LE" in wizard.mapping_page.read_label.text()
    assert "tab" in wizard.mapping_page.read_label.text()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy)
    preview = wizard.preview_page
    assert preview.isComplete()  # a warning never blocks the import
    said = preview.rows.item(1, 2).text()
    assert said.startswith("let op: Beschikbaarheid: 'na de zomer' is niet als dagdeel")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    result = wizard.result_page.text.toPlainText()
    assert "Gelezen als UTF-16 LE" in result
    assert "regel 3: Beschikbaarheid: 'na de zomer'" in result
    assert names(filled) == ["Jan Smit", "Kees Jansen", "Zoë Çelik"]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_what_the_menu_s_wizard_imports_shows_in_the_persons_tab(
    qtbot, demo_db, settings, answers, tmp_path
):
    from flevodesk.ui.main_window import MainWindow

    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    persons = window.record_tabs["person"].model
    before = persons.matching
    path = tmp_path / "lijst.csv"
    path.write_text("Naam;E-mail\nZoë Çelik;zoe@nieuw.nl\nJan Smit;jan@nieuw.nl\n")
    wizard = window.data_actions.data.open_import_wizard()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    # Nobody told the tab: the import's changes reached it on the window's bus.
    qtbot.waitUntil(lambda: persons.matching == before + 2, timeout=10_000)
    wizard.close()
    settle(qtbot, window.bg)
    assert answers.errors == []


def test_an_export_the_disk_refuses_comes_back_as_one_dutch_message(
    qtbot, filled, bg, tmp_path, monkeypatch, said, answers
):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    actions = DataActions(window, filled, bg, lambda: (PersonListing(), ListQuery()))
    (tmp_path / "uit.csv").mkdir()  # a folder where the file should go
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: tmp_path / "uit")
    actions.export_csv.trigger()
    settle(qtbot, bg)
    assert said == []
    assert len(answers.errors) == 1
    assert "uit.csv" in answers.errors[0] and "Errno" not in answers.errors[0]
