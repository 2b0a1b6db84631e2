"""A search that leaves out the record in the form keeps that record and its edits there,
says so, and still saves it."""

from __future__ import annotations

import pytest

from flevodesk.services.persons import PersonService
from flevodesk.ui.tabs import record_tab

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _tab_with_edited_first_person(qtbot, demo_db, bg):
    tab = record_tab("person", demo_db, bg)
    qtbot.addWidget(tab)
    tab.show()
    settle(qtbot, bg)
    tab.table.selectRow(0)
    settle(qtbot, bg)
    form = tab.form
    person_id = form.record_id
    assert person_id is not None
    place = form.fields["place"].edit
    place.selectAll()
    qtbot.keyClicks(place, "Nagele")
    assert form.dirty
    return tab, person_id


def test_the_form_keeps_an_edited_record_the_search_leaves_out(qtbot, demo_db, bg, answers):
    tab, person_id = _tab_with_edited_first_person(qtbot, demo_db, bg)
    form = tab.form
    assert not form.outside_search.isVisibleTo(form)
    qtbot.keyClicks(tab.search, "zoe")
    tab.apply_query()
    settle(qtbot, bg)
    assert tab.model.row_of(person_id) is None  # the search left it out of the list
    tab.table.setFocus()  # a table that gets focus picks a row unless none is selected
    settle(qtbot, bg)
    assert form.record_id == person_id
    assert form.dirty and form.fields["place"].value() == "Nagele"
    assert form.outside_search.isVisibleTo(form)
    assert form.outside_search.text() == "Dit record valt buiten de huidige zoekopdracht."
    assert not tab.table.selectionModel().hasSelection()
    assert answers.asked_unsaved == []  # nobody was asked to leave it either

    tab.save()
    settle(qtbot, bg)
    assert PersonService(demo_db).get(person_id).place == "Nagele"
    assert form.record_id == person_id and not form.dirty


def test_the_note_goes_when_the_search_shows_the_record_again(qtbot, demo_db, bg, answers):
    tab, person_id = _tab_with_edited_first_person(qtbot, demo_db, bg)
    form = tab.form
    qtbot.keyClicks(tab.search, "zoe")
    tab.apply_query()
    settle(qtbot, bg)
    assert form.outside_search.isVisibleTo(form)
    tab.search.clear()
    tab.apply_query()
    settle(qtbot, bg)
    assert not form.outside_search.isVisibleTo(form)
    assert tab.table.selectionModel().isRowSelected(tab.model.row_of(person_id))
