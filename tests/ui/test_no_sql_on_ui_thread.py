"""After the first paint the UI thread runs no SQL: every statement is on a worker.

An engine hook records the thread of every statement any engine runs while the main window
opens a database as the program does, shows every tab, selects records in each, searches,
saves, and opens the record kinds' tool dialogs, the overview (its charts and threshold
too) and a print preview.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import Engine, event

from flevodesk.domain.enums import VogOutcome
from flevodesk.store.database import Database
from flevodesk.store.location import resolve_target
from flevodesk.ui import app
from flevodesk.ui.conflict_dialog import ConflictDialog
from flevodesk.ui.tabs import record_tab

from .conftest import settle, target_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ui_thread_statements() -> Iterator[list[str]]:
    """Every statement run on this (the UI) thread, with where in FlevoDesk it came from."""
    ui = threading.get_ident()
    found: list[str] = []

    def hook(_conn, _cursor, statement, _params, _context, _many):
        if threading.get_ident() == ui:
            ours = [
                f"{f.filename.rsplit('flevodesk/', 1)[-1]}:{f.lineno} {f.name}"
                for f in traceback.extract_stack()
                if "/flevodesk/" in f.filename
            ]
            found.append(f"{statement.split()[0]} … from {' <- '.join(reversed(ours[-4:]))}")

    event.listen(Engine, "before_cursor_execute", hook)
    yield found
    event.remove(Engine, "before_cursor_execute", hook)


def edit(form, text: str) -> None:
    for name in ("notes", "offers", "location"):
        field = form.fields.get(name)
        if field is not None:
            field.set_value(text)
            field.changed.emit()  # as typing does
            return
    raise AssertionError("no free-text field to edit")


def test_the_whole_walk_runs_no_sql_on_the_ui_thread(
    qtbot, window, demo_db, answers, ui_thread_statements, tmp_path, monkeypatch
):
    target = target_of(demo_db)
    demo_db.dispose()
    window.show()
    qtbot.waitExposed(window)
    app.open_in_window(window, target)
    qtbot.waitUntil(lambda: window.db is not None, timeout=10_000)
    settle(qtbot, window.bg)
    steps: dict[str, int] = {"open": len(ui_thread_statements)}

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(qtbot, window.bg)
    steps["every tab"] = len(ui_thread_statements)

    titles: dict[str, set[str]] = {}
    for kind, tab in window.record_tabs.items():
        window.tabs.setCurrentWidget(tab)
        for row in (0, 1):
            tab.table.selectRow(row)
            settle(qtbot, window.bg)
            assert tab.form.record_id == tab.model.record_id(row)
            titles.setdefault(kind, set()).add(tab.form.heading.text())
    # The forms really showed two different records in every tab.
    assert all(len(shown) == 2 for shown in titles.values()), titles
    steps["selecting"] = len(ui_thread_statements)

    for tab in window.record_tabs.values():
        window.tabs.setCurrentWidget(tab)
        tab.search.setText("a")
        tab.apply_query()
        settle(qtbot, window.bg)
        tab.search.clear()
        tab.apply_query()
        settle(qtbot, window.bg)
    steps["searching"] = len(ui_thread_statements)

    for tab in window.record_tabs.values():
        window.tabs.setCurrentWidget(tab)
        tab.table.selectRow(0)
        settle(qtbot, window.bg)
        edit(tab.form, "Gewijzigd in de test")
        assert tab.form.dirty
        tab.save()
        settle(qtbot, window.bg)
        assert not tab.form.dirty, answers.errors
    steps["saving"] = len(ui_thread_statements)

    # Undo the last save and redo it, as Ctrl+Z and Ctrl+Shift+Z do.
    undo = window.main_actions.undo
    assert undo.undo.text().startswith("Ongedaan maken: opslaan van ")
    for action, shown in ((undo.undo, False), (undo.redo, True)):
        assert action.isEnabled()
        action.trigger()
        settle(qtbot, window.bg)
        values = [field.value() for field in tab.form.fields.values()]
        assert ("Gewijzigd in de test" in values) is shown
    assert undo.undo.isEnabled() and not undo.redo.isEnabled()
    steps["undo and redo"] = len(ui_thread_statements)

    # A colleague (another handle, on a thread of its own) saves the same field first: the
    # side-by-side choice and the save on top of their version run no SQL here either.
    colleague = Database(resolve_target(target))
    colleague.author_name = "Anna"
    monkeypatch.setattr(ConflictDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    for tab in window.record_tabs.values():
        window.tabs.setCurrentWidget(tab)
        form = tab.form
        field = next(n for n in ("notes", "offers", "location") if n in form.fields)
        service, record_id, version = type(form.service)(colleague), form.record_id, form.version
        worker = threading.Thread(
            target=service.update, args=(record_id, version, {field: "Van Anna"})
        )
        worker.start()
        worker.join()
        edit(tab.form, "Van mij")
        tab.save()
        settle(qtbot, window.bg)
        assert (form.version, form.fields[field].value()) == (version + 2, "Van mij")
    colleague.dispose()
    steps["saving over a colleague's change"] = len(ui_thread_statements)

    funding = window.record_tabs["funding"]
    window.tabs.setCurrentWidget(funding)
    for button in funding.findChildren(type(funding.new_button)):
        if button.text() in ("Regelingen…", "Pijplijn…"):
            button.click()
            settle(qtbot, window.bg)
    steps["tool dialogs"] = len(ui_thread_statements)

    window.tabs.setCurrentWidget(window.overview)
    window.overview.refresh()
    settle(qtbot, window.bg)
    # Its charts and the "minder actief" threshold: stored, then the view reads again.
    assert all(view.renderer().isValid() for view in window.overview.charts.views)
    window.overview.threshold.setValue(window.overview.threshold.value() + 1)
    window.overview.save_threshold()
    settle(qtbot, window.bg)
    steps["overview"] = len(ui_thread_statements)

    from PySide6.QtWidgets import QComboBox

    from flevodesk.ui import file_choice
    from flevodesk.ui.print_preview import PrintPreview

    monkeypatch.setattr(file_choice, "ask_save_path", lambda _p, _t, name, _f: tmp_path / name)
    folder = next(a for a in window.print_menu.actions() if a.text().startswith("F&older"))
    folder.trigger()
    settle(qtbot, window.bg)
    preview = window.findChild(PrintPreview)
    qtbot.waitUntil(lambda: preview.shown_image(0) is not None, timeout=10_000)
    # Its language choice makes the folder again in English and shows it instead.
    choice = preview.findChild(QComboBox, "language")
    choice.setCurrentIndex(choice.findText("English"))
    choice.activated.emit(choice.currentIndex())
    dutch = preview
    qtbot.waitUntil(
        lambda: any(p is not dutch for p in window.findChildren(PrintPreview)), timeout=10_000
    )
    preview = next(p for p in window.findChildren(PrintPreview) if p is not dutch)
    qtbot.waitUntil(lambda: preview.shown_image(0) is not None, timeout=10_000)
    preview.save_button.click()  # notes the file in the export log: a write
    settle(qtbot, window.bg)
    assert list(tmp_path.glob("folder-*-en.pdf"))
    preview.reject()
    settle(qtbot, window.bg)
    steps["print preview"] = len(ui_thread_statements)

    assert answers.errors == []
    # Which step ran SQL here, and from where, if any did.
    assert ui_thread_statements == [], (steps, ui_thread_statements[:5])


def test_booking_hours_and_a_vog_show_the_result_without_sql_on_the_ui_thread(
    qtbot, demo_db, bg, answers, ui_thread_statements
):
    tab = record_tab("person", demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    form = tab.form
    row = 0
    tab.table.selectRow(row)
    settle(qtbot, bg)
    # A volunteer engaged somewhere, so the hours row offers an initiative.
    while form.log_initiative.value() is None:
        row += 1
        tab.table.selectRow(row)
        settle(qtbot, bg)
    hours, vogs = form.hours.rowCount(), form.privacy.vogs.rowCount()
    before = len(ui_thread_statements)
    qtbot.keyClicks(form.log_time.hours, "2")
    qtbot.keyClick(form.log_time.minutes, Qt.Key.Key_Return)
    settle(qtbot, bg)
    panel = form.privacy
    panel.seen_on.set_value(date(2026, 3, 1))
    panel.outcome.set_value(VogOutcome.AFGEGEVEN)
    qtbot.mouseClick(panel.vog_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bg)
    assert ui_thread_statements[before:] == []
    assert form.hours.rowCount() == hours + 1 and form.log_errors.message("minutes") == ""
    assert panel.vogs.rowCount() == vogs + 1


def test_the_overview_material_dialog_reads_and_saves_without_sql_on_the_ui_thread(
    qtbot, demo_db, bg, ui_thread_statements
):
    from flevodesk.ui.overview_material_dialog import OverviewMaterialDialog

    dialog = OverviewMaterialDialog(demo_db, bg)
    qtbot.addWidget(dialog)
    settle(qtbot, bg)
    assert dialog.table.rowCount() == len(dialog.items) > 0
    dialog.table.item(0, 2).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    settle(qtbot, bg)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert ui_thread_statements == []


def test_testing_a_team_server_runs_no_sql_on_the_ui_thread(qtbot, pg_url, ui_thread_statements):
    from sqlalchemy import make_url

    from flevodesk.ui.team_server_dialog import TeamServerDialog

    dialog = TeamServerDialog(None)
    qtbot.addWidget(dialog)
    parsed = make_url(pg_url)
    dialog.host.setText(str(parsed.query["host"]))
    dialog.database.setText(str(parsed.database))
    dialog.user.setText(str(parsed.username))
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    dialog.test_button.click()
    settle(qtbot, dialog.bg)
    assert dialog.answer.text().startswith("Verbinding gelukt")
    assert ui_thread_statements == []


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
def test_the_first_start_runs_no_sql_on_the_ui_thread(
    qtbot, window, db_path, answers, monkeypatch, ui_thread_statements
):
    """The welcome page's emptiness check, its demo button, the demo removal from the menu,
    the guide and About: all on workers."""
    from flevodesk.ui import file_choice

    monkeypatch.setattr(file_choice, "confirm", lambda *_a: True)
    monkeypatch.setattr(file_choice, "inform", lambda *_a: None)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.about", lambda *_a: None)
    window.show()
    qtbot.waitExposed(window)
    app.open_in_window(window, str(db_path))
    qtbot.waitUntil(lambda: window.db is not None, timeout=10_000)
    settle(qtbot, window.bg)
    welcome = window.main_actions.welcome
    qtbot.waitUntil(lambda: welcome.showing, timeout=5000)
    steps: dict[str, int] = {"welcome": len(ui_thread_statements)}
    welcome.page.demo.click()
    settle(qtbot, window.bg)
    assert not welcome.showing
    steps["demo"] = len(ui_thread_statements)
    window.main_actions.demo_menu.remove.trigger()
    settle(qtbot, window.bg)
    qtbot.waitUntil(lambda: welcome.showing, timeout=5000)
    steps["removal"] = len(ui_thread_statements)
    welcome.page.first.click()
    settle(qtbot, window.bg)
    window.main_actions.show_guide().close()
    window.main_actions.about.trigger()
    steps["first initiative, guide, about"] = len(ui_thread_statements)
    assert answers.errors == []
    assert ui_thread_statements == [], (steps, ui_thread_statements[:5])


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
def test_exchanging_packages_runs_no_sql_on_the_ui_thread(
    qtbot, window, demo_db, db, answers, monkeypatch, tmp_path, ui_thread_statements
):
    """Gegevens → Uitwisselen: a package made, one read back with a field both changed,
    the review and its choice, and the computer's name, all on workers."""
    from flevodesk.services import exchange
    from flevodesk.services.initiatives import InitiativeService
    from flevodesk.services.lookups import choice_lists
    from flevodesk.ui import exchange_menu, file_choice

    secret = "paard batterij nietje"
    back = tmp_path / "terug.fdpakket"

    def two_sides_edit_one_field() -> None:
        from tests.ui.test_exchange_menu import a_site_of_its_own

        a_site_of_its_own(demo_db, "Makelaar Almere")
        a_site_of_its_own(db, "Laptop Dronten")
        municipality = choice_lists(demo_db).municipalities[0].id
        shared = "Buurtkeuken Haven"  # the user's own: demo records never travel
        InitiativeService(demo_db).create({"name": shared, "municipality_id": municipality})
        first = tmp_path / "heen.fdpakket"
        exchange.export_package(
            demo_db, first, secret, peer="Laptop Dronten", initiatives=(shared,)
        )
        exchange.import_package(db, first, secret)
        for side, goal in ((demo_db, "Doel hier"), (db, "Doel daar")):
            service = InitiativeService(side)
            found = next(c.id for c in choice_lists(side).initiatives if c.label == shared)
            service.update(found, service.get(found).version, {"goal": goal})
        exchange.export_package(db, back, secret, peer="Makelaar Almere")

    worker = threading.Thread(target=two_sides_edit_one_field)
    worker.start()
    worker.join()
    target = target_of(demo_db)
    window.show()
    qtbot.waitExposed(window)
    app.open_in_window(window, target)
    qtbot.waitUntil(lambda: window.db is not None, timeout=10_000)
    settle(qtbot, window.bg)
    before = len(ui_thread_statements)
    menu = window.data_actions.exchange
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a, **_k: tmp_path / "uit.fdpakket")
    monkeypatch.setattr(file_choice, "ask_open_path", lambda *_a, **_k: back)
    monkeypatch.setattr(file_choice, "inform", lambda *_a: None)
    monkeypatch.setattr(file_choice, "confirm", lambda *_a: True)
    monkeypatch.setattr(exchange_menu, "ask_text", lambda *_a: (secret, True))

    menu.export.trigger()
    settle(qtbot, window.bg)
    menu.export_dialog.peer.setCurrentText("Laptop Dronten")
    # What the laptop already has was read on the worker with the rest.
    assert menu.export_dialog.already_there() == ["Buurtkeuken Haven"]
    menu.export_dialog.passphrase.setText(secret)
    menu.export_dialog.again.setText(secret)
    menu.export_dialog.ok.click()
    settle(qtbot, window.bg)
    assert (tmp_path / "uit.fdpakket").is_file()
    menu.import_.trigger()
    settle(qtbot, window.bg)
    review = menu.review_dialog
    assert review is not None and len(review.conflicts) == 1 and not back.exists()
    review.table.selectRow(0)
    review.keep_mine.click()
    settle(qtbot, window.bg)
    assert review.conflicts == []
    monkeypatch.setattr(exchange_menu, "ask_text", lambda *_a: ("Makelaar Lelystad", True))
    menu.name.trigger()
    settle(qtbot, window.bg)
    review.close()
    assert answers.errors == []
    assert ui_thread_statements[before:] == [], ui_thread_statements[before:][:5]
