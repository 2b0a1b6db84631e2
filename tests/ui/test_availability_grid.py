"""Availability is ticked in a grid of days and dagdelen and stored as the domain reads it."""

from __future__ import annotations

import pytest

from flevodesk.domain.availability import FLEXIBEL, read_availability, stored_availability
from flevodesk.ui.availability_field import AvailabilityField
from flevodesk.ui.tabs import record_tab

from .conftest import settle


@pytest.mark.parametrize(
    "stored",
    [None, "ma-ochtend", "ma-ochtend,za-middag", "di-avond,do-avond,flexibel", FLEXIBEL],
)
def test_grid_to_stored_text_and_back(qapp, stored):
    grid = AvailabilityField("availability", "Beschikbaar")
    grid.set_value(stored)
    assert grid.value() == stored
    ticked = {value for value, box in grid.boxes.items() if box.isChecked()}
    assert ticked == set(read_availability(stored).values)
    again = AvailabilityField("availability", "Beschikbaar")
    again.set_value(grid.value())
    assert [b.isChecked() for b in again.boxes.values()] == [
        b.isChecked() for b in grid.boxes.values()
    ]


def test_ticking_in_any_order_stores_week_order(qapp):
    grid = AvailabilityField("availability", "Beschikbaar")
    changes: list[None] = []
    grid.changed.connect(lambda: changes.append(None))
    for value in ("flexibel", "zo-avond", "ma-middag", "ma-ochtend"):
        grid.boxes[value].setChecked(True)
    assert grid.value() == "ma-ochtend,ma-middag,zo-avond,flexibel"
    assert len(changes) == 4
    assert grid.value() == stored_availability(read_availability(grid.value()).values)
    assert len(grid.boxes) == 7 * 3 + 1


def first_volunteer(qtbot, demo_db, bg):
    """The volunteers tab with the first volunteer in its form."""
    tab = record_tab("person", demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    tab.table.selectRow(0)
    settle(qtbot, bg)
    return tab


def test_a_volunteer_s_availability_is_saved_from_the_grid(qtbot, demo_db, bg, answers):
    tab = first_volunteer(qtbot, demo_db, bg)
    grid = tab.form.availability
    for box in grid.boxes.values():
        box.setChecked(False)
    grid.boxes["wo-middag"].setChecked(True)
    grid.boxes["za-ochtend"].setChecked(True)
    assert tab.form.dirty
    person_id = tab.form.record_id
    tab.save()
    settle(qtbot, bg)
    assert tab.form.service.get(person_id).availability == "wo-middag,za-ochtend"
    assert grid.boxes["za-ochtend"].isChecked() and not tab.form.dirty


def test_a_remark_beside_the_grid_is_saved_and_shown_again(qtbot, demo_db, bg, answers):
    tab = first_volunteer(qtbot, demo_db, bg)
    person_id = tab.form.record_id
    remark = tab.form.fields["availability_note"]
    remark.edit.setText("om de week, niet in de schoolvakanties")
    remark.edit.textEdited.emit(remark.edit.text())
    assert tab.form.dirty
    tab.save()
    settle(qtbot, bg)
    stored = tab.form.service.get(person_id)
    assert stored.availability_note == "om de week, niet in de schoolvakanties"
    tab.table.selectRow(1)
    settle(qtbot, bg)
    tab.table.selectRow(0)
    settle(qtbot, bg)
    assert remark.value() == "om de week, niet in de schoolvakanties"
