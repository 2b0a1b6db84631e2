"""The main window and its tabs work on a database on a PostgreSQL server."""

from __future__ import annotations

import pytest
from sqlalchemy import make_url

from flevodesk.services.demo import load_demo_data
from flevodesk.store.database import Database
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.tabs import record_tab

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def server_demo_db(pg_url, password_role):
    """The demo set on the server, opened as a colleague with a password in the URL."""
    user, password = password_role
    url = make_url(pg_url).set(username=user, password=password).render_as_string(False)
    db = Database(url)
    with db.write() as session:
        load_demo_data(session)
    yield db
    db.dispose()


def _column(tab, number):
    return [tab.model.index(r, number).data() for r in range(tab.model.rowCount())]


def test_the_volunteers_tab_searches_and_saves_on_the_server(qtbot, server_demo_db, bg, answers):
    tab = record_tab("person", server_demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    assert tab.count_label.text() == "60 vrijwilligers"
    tab.new_record()
    qtbot.keyClicks(tab.form.fields["first_name"].edit, "Sanne")
    tab.form.fields["last_name"].edit.setText("Kök")
    tab.save()
    settle(qtbot, bg)
    assert tab.form.record_id is not None
    assert tab.count_label.text() == "61 vrijwilligers"
    qtbot.keyClicks(tab.search, "sanne kok")
    qtbot.waitUntil(lambda: _column(tab, 2) == ["Sanne"])


def test_the_status_bar_names_the_server_without_the_password(
    qtbot, server_demo_db, settings, answers
):
    window = MainWindow(server_demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    label = window.database_label.text()
    assert "flevodesk_pw:***@" in label
    assert "geheim" not in label
    window.tabs.setCurrentIndex(1)
    settle(qtbot, window.bg)
    assert window.record_tabs["person"].model.rowCount() == 60
