"""An open window shows what a colleague saves on the team server, unasked."""

from __future__ import annotations

import pytest

from flevodesk.services.persons import PersonService
from flevodesk.store.database import Database
from flevodesk.ui.main_window import MainWindow

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def colleague(pg_demo_url):
    db = Database(pg_demo_url)
    yield db
    db.dispose()


@pytest.fixture
def mine(pg_demo_url):
    db = Database(pg_demo_url)
    yield db
    db.dispose()


def test_a_colleagues_new_volunteer_and_rename_show_in_my_open_tab(
    qtbot, mine, colleague, settings, answers
):
    window = MainWindow(mine, settings=settings)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(1)
    settle(qtbot, window.bg)
    tab = window.record_tabs["person"]
    before = tab.model.rowCount()
    following = window.bg.bus._following
    assert following is not None and following.wait_listening(10)

    created = PersonService(colleague).create({"first_name": "Collega", "last_name": "Nieuw"})
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)

    # The record open in my form is read again when the colleague changes it.
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 2).data() == "Collega")
    tab.table.selectRow(row)
    settle(qtbot, window.bg)
    assert tab.form.record_id == created.id
    PersonService(colleague).update(created.id, created.version, {"first_name": "Gewijzigd"})
    qtbot.waitUntil(
        lambda: tab.form.fields["first_name"].edit.text() == "Gewijzigd", timeout=10_000
    )
    window.release()
    assert window.bg.bus._following is None
