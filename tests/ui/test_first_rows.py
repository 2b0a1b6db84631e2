"""The first rows are on screen before the data layer has loaded, and they are the real ones."""

from __future__ import annotations

import pytest

from flevodesk.store.first_rows import plan_from_json, read_first_rows
from flevodesk.ui import app
from flevodesk.ui.first_rows import PATH_KEY, PLAN_KEY, FirstRowsView
from flevodesk.ui.main_window import MainWindow

from .conftest import settle

# Early rows are read from the database file by plain sqlite3; a server has no file.
pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.sqlite_only,
]


def open_window(qtbot, settings, path):
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    painted = []
    window.rows_painted.connect(lambda: painted.append(window.db is None))
    window.show()
    qtbot.waitExposed(window)
    app.open_rows_first(window, str(path))
    qtbot.waitUntil(lambda: bool(painted), timeout=10_000)
    early = painted[0]
    qtbot.waitUntil(lambda: window.db is not None, timeout=10_000)
    settle(qtbot, window.bg)
    qtbot.waitUntil(lambda: window.current_record_tab() is not None, timeout=10_000)
    settle(qtbot, window.bg)
    return window, early


def shown(model, rows=60):
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(min(rows, model.rowCount()))
    ]


def test_the_second_start_shows_the_same_first_rows_before_the_database_opens(
    qtbot, demo_db, settings, answers, monkeypatch
):
    path = demo_db.path
    demo_db.dispose()
    # The funding tab: names, a label, euros and dates, each to be shown as the tab does.
    settings.setValue("window/tab", 2)
    first, early = open_window(qtbot, settings, path)
    assert not early  # nothing remembered yet: the record tab's own page came first
    assert {c.kind.split(":")[0] for c in plan_from_json(settings.value(PLAN_KEY)).columns} == {
        "text",
        "enum",
        "money",
        "date",
    }
    settings.sync()
    plan = plan_from_json(settings.value(PLAN_KEY))
    assert plan is not None and settings.value(PATH_KEY) == str(path)
    real = shown(first.current_record_tab().model)
    first.close()
    first.release()

    seen = []
    real_show = MainWindow.show_early_rows

    def spy(window, index, view):
        seen.append(shown(view.model()))
        real_show(window, index, view)

    monkeypatch.setattr(MainWindow, "show_early_rows", spy)
    second, early = open_window(qtbot, settings, path)
    assert early  # painted while the database was not open yet
    assert seen and seen[0] == real  # the same texts: dates, euros, labels, names
    # The record tab has taken the early table's place.
    assert not second.findChildren(FirstRowsView)
    assert shown(second.current_record_tab().model) == real
    second.release()


def test_a_plan_for_another_schema_or_file_shows_nothing_early(qtbot, demo_db, settings, answers):
    path = demo_db.path
    demo_db.dispose()
    first, _early = open_window(qtbot, settings, path)
    first.release()
    plan = plan_from_json(settings.value(PLAN_KEY))
    assert plan is not None
    assert read_first_rows(path, plan)
    stale = plan.__class__(plan.kind, "0001_older", plan.sql, plan.columns)
    assert read_first_rows(path, stale) is None
    settings.setValue(PLAN_KEY, stale.to_json())
    second, early = open_window(qtbot, settings, path)
    assert not early
    second.release()
    settings.setValue(PLAN_KEY, plan.to_json())
    settings.setValue(PATH_KEY, str(path.with_name("ander.sqlite3")))
    third, early = open_window(qtbot, settings, path)
    assert not early
    third.release()


def test_the_plan_holds_no_ones_data_and_a_damaged_file_gives_no_rows(
    qtbot, demo_db, settings, answers, tmp_path
):
    from flevodesk.services.first_rows import first_rows_plan
    from flevodesk.services.listing import ListQuery, fetch_page
    from flevodesk.services.persons import PersonListing

    page = fetch_page(demo_db, PersonListing(), ListQuery(limit=5))
    text = first_rows_plan("person", PersonListing()).to_json()
    for row in page.rows:
        assert row["last_name"] not in text and (row["phone"] or "@@") not in text
    plan = plan_from_json(text)
    assert plan is not None and [r[0] for r in read_first_rows(demo_db.path, plan)][:5] == [
        r.id for r in page.rows
    ]
    broken = tmp_path / "kapot.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    assert read_first_rows(broken, plan) is None
    assert read_first_rows(tmp_path / "weg.sqlite3", plan) is None
