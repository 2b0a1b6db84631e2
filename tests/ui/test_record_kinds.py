"""The window is built from the record kinds' declarations, and every declaration is used."""

from __future__ import annotations

import pkgutil

import pytest
from PySide6.QtWidgets import QPushButton

import flevodesk.ui.kinds as kinds_package
from flevodesk.ui.kinds import RECORD_KINDS
from flevodesk.ui.main_window import MainWindow

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_every_module_in_the_kinds_package_is_registered_once():
    modules = {info.name for info in pkgutil.iter_modules(kinds_package.__path__)}
    registered = [kind.listing.__module__.rsplit(".", 1)[1] for kind in RECORD_KINDS]
    assert sorted(registered) == sorted(modules)
    assert len({kind.key for kind in RECORD_KINDS}) == len(RECORD_KINDS)


@pytest.mark.parametrize("kind", RECORD_KINDS, ids=lambda kind: kind.key)
def test_each_kind_has_its_tab_filters_tools_and_form(qtbot, demo_db, settings, answers, kind):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    tab = window.record_tabs[kind.key]
    index = window.tabs.indexOf(tab)
    assert window.tabs.tabText(index) == kind.title()
    window.tabs.setCurrentIndex(index)
    settle(qtbot, window.bg)
    assert type(tab.model.listing) is type(kind.listing())
    assert list(tab.filter_combos) == [spec.key for spec in kind.filters()]
    # Options that come from the database have arrived in the filters by now.
    for spec in kind.filters():
        if spec.choices is not None and spec.key != "area_id":
            assert tab.filter_combos[spec.key].count() > 1, spec.key
    labels = {button.text() for button in tab.findChildren(QPushButton)}
    assert {tool.label() for tool in kind.tools} <= labels
    assert tab.model.rowCount() > 0
    tab.table.selectRow(0)
    settle(qtbot, window.bg)
    assert tab.form.record_id == tab.model.record_id(0)
    assert tab.form.heading.text()
