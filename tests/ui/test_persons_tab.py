from PySide6.QtCore import Qt

from flevodesk.services.persons import PersonService
from flevodesk.ui.tabs import record_tab

from .conftest import settle


def make_tab(qtbot, demo_db, bg):
    tab = record_tab("person", demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    return tab


def column(tab, number):
    return [tab.model.index(r, number).data() for r in range(tab.model.rowCount())]


def test_search_finds_accented_names_and_filters_by_role(qtbot, demo_db, bg, answers):
    tab = make_tab(qtbot, demo_db, bg)
    assert tab.count_label.text() == "60 vrijwilligers"
    qtbot.keyClicks(tab.search, "zoe")
    qtbot.waitUntil(lambda: set(column(tab, 2)) == {"Zoë"})
    settle(qtbot, bg)
    assert tab.count_label.text().startswith("60 vrijwilligers, ")
    tab.search.clear()
    role = tab.filter_combos["role"]
    role.setCurrentIndex(role.findData("kartrekker"))
    settle(qtbot, bg)
    assert 0 < tab.model.matching < 60


def test_create_invalid_then_valid_and_log_hours(qtbot, demo_db, bg, answers):
    tab = make_tab(qtbot, demo_db, bg)
    tab.new_record()
    form = tab.form
    qtbot.keyClicks(form.fields["first_name"].edit, "Sanne")
    qtbot.keyClicks(form.fields["last_name"].edit, "Kok")
    qtbot.keyClicks(form.fields["postcode"].edit, "12AB")
    tab.save()
    settle(qtbot, bg)
    assert "geen geldige postcode" in form.errors.message("postcode")
    assert form.record_id is None
    form.fields["postcode"].edit.setText("8301 AB")
    tab.save()
    settle(qtbot, bg)
    assert form.record_id is not None and form.errors.message("postcode") == ""
    person_id = form.record_id
    assert tab.count_label.text() == "61 vrijwilligers"

    # Engage the new volunteer, then book 1:30 in a few keystrokes.
    form.new_initiative.combo.setCurrentIndex(form.new_initiative.combo.findText("Burenhulp Urk"))
    qtbot.mouseClick(form.engage_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bg)
    assert form.engagements.rowCount() == 1
    assert form.log_initiative.combo.currentText() == "Burenhulp Urk"
    qtbot.keyClicks(form.log_time.hours, "anderhalf")
    qtbot.keyClick(form.log_time.hours, Qt.Key.Key_Tab)
    qtbot.keyClick(form.log_time.minutes, Qt.Key.Key_Return)
    settle(qtbot, bg)
    assert "geen tijdsduur" in form.log_errors.message("minutes")
    form.log_time.hours.setText("")
    qtbot.keyClicks(form.log_time.hours, "1,5")
    qtbot.keyClicks(form.log_activity.edit, "Boodschappen")
    qtbot.keyClick(form.log_activity.edit, Qt.Key.Key_Return)
    settle(qtbot, bg)
    assert form.hours.rowCount() == 1
    assert form.hours.item(0, 2).text() == "1:30"
    assert PersonService(demo_db).get(person_id).hours[0].minutes == 90


def test_edit_with_invalid_then_valid_value_and_delete(qtbot, demo_db, bg, answers):
    tab = make_tab(qtbot, demo_db, bg)
    tab.table.selectRow(0)
    settle(qtbot, bg)
    form = tab.form
    email = form.fields["email"].edit
    email.setText("niet-goed")
    tab.save()
    settle(qtbot, bg)
    assert "geen geldig e-mailadres" in form.errors.message("email")
    email.setText("nieuw@voorbeeld.invalid")
    tab.save()
    settle(qtbot, bg)
    assert not form.dirty and form.errors.message("email") == ""
    person_id = form.record_id
    assert PersonService(demo_db).get(person_id).email == "nieuw@voorbeeld.invalid"
    tab.delete_current()
    settle(qtbot, bg)
    ((_what, impact),) = answers.asked_delete
    assert any("urenregel" in part for part in impact)
    assert tab.count_label.text() == "59 vrijwilligers"
