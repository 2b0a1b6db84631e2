import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from flevodesk.domain.enums import Role
from flevodesk.services.privacy import RoleRule, role_rules, save_role_rules
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.overview_tab import ITEM_ROLE

from .conftest import settle

# The offscreen platform used in CI cannot resize a shown main window to its toolbar.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def make_window(qtbot, demo_db, settings):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    return window


def test_tabs_actions_status_bar_and_settings(qtbot, demo_db, settings, answers):
    window = make_window(qtbot, demo_db, settings)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Initiatieven", "Vrijwilligers", "Financiering", "Partners", "Overzicht"]
    assert demo_db.shown in window.database_label.text()
    assert window.main_actions.new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.main_actions.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    settle(qtbot, window.bg)
    window.main_actions.find.trigger()
    assert window.focusWidget() is window.record_tabs["person"].search
    window.close()
    again = make_window(qtbot, demo_db, settings)
    assert again.tabs.currentIndex() == 1


def test_closing_with_unsaved_edits_asks(qtbot, demo_db, settings, answers):
    window = make_window(qtbot, demo_db, settings)
    window.show()
    tab = window.record_tabs["initiative"]
    tab.table.selectRow(0)
    settle(qtbot, window.bg)
    qtbot.keyClicks(tab.form.fields["location"].edit, "x")
    answers.unsaved = answers.unsaved.CANCEL
    assert not window.close()
    assert answers.asked_unsaved and tab.form.dirty
    assert window.isVisible()
    answers.unsaved = answers.unsaved.DISCARD
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_worklist_item_opens_its_record(qtbot, demo_db, settings, answers):
    rules = role_rules(demo_db)
    rules[Role.KARTREKKER] = RoleRule(Role.KARTREKKER, requires_vog=True, vog_valid_years=3)
    save_role_rules(demo_db, rules)
    window = make_window(qtbot, demo_db, settings)
    window.tabs.setCurrentIndex(4)
    overview = window.overview
    qtbot.waitUntil(lambda: overview.loaded_once, timeout=10_000)
    assert overview.stats.topLevelItemCount() == 6
    almere = overview.stats.topLevelItem(0)
    assert almere.text(0) == "Almere"
    quiet = [
        almere.child(i).text(0)
        for i in range(almere.childCount())
        if almere.child(i).background(0).color().name() == "#fde9c8"
    ]
    # Almere Buiten's one initiative is starting up, none active; Almere Hout has none.
    assert quiet == ["Almere Buiten"]
    work = overview.work
    assert work.topLevelItemCount() > 0
    kinds = {work.topLevelItem(i).text(1) for i in range(work.topLevelItemCount())}
    assert {"VOG ontbreekt", "Verantwoording te laat"} <= kinds
    for kind, tab_kind in [("Verantwoording te laat", "funding"), ("VOG ontbreekt", "person")]:
        row = next(
            i for i in range(work.topLevelItemCount()) if work.topLevelItem(i).text(1) == kind
        )
        item = work.topLevelItem(row)
        work.setCurrentItem(item)
        qtbot.mouseClick(overview.open_button, Qt.MouseButton.LeftButton)
        settle(qtbot, window.bg)
        tab = window.record_tabs[tab_kind]
        assert window.tabs.currentWidget() is tab
        assert tab.form.record_id == item.data(0, ITEM_ROLE).record_id
        assert tab.table.currentIndex().row() == tab.model.row_of(tab.form.record_id)
        window.tabs.setCurrentIndex(4)
        settle(qtbot, window.bg)


def test_the_tab_on_screen_reads_first_and_the_others_after_its_first_page(
    qtbot, demo_db, settings, answers, monkeypatch
):
    from flevodesk.ui.table_model import RecordTableModel

    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    reads: list[tuple[str, bool]] = []  # which table read, and were the first rows in yet
    real_reload = RecordTableModel._reload

    def reload(model, recount_all):
        first = window.record_tabs.get("initiative")
        reads.append((model.listing.plural, first is not None and first.model.rowCount() > 0))
        real_reload(model, recount_all)

    monkeypatch.setattr(RecordTableModel, "_reload", reload)
    window.attach(demo_db)
    settle(qtbot, window.bg)
    first = window.record_tabs["initiative"].model.listing.plural
    # One read for the tab on screen, before any other; each other tab once, afterwards.
    assert reads[0] == (first, False)
    assert len(reads) == 4 and all(shown for _table, shown in reads[1:])
    assert all(tab.model.rowCount() > 0 for tab in window.record_tabs.values())
