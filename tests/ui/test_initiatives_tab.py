from PySide6.QtCore import Qt

from flevodesk.domain.enums import InitiativeStatus
from flevodesk.services.initiatives import InitiativeService
from flevodesk.ui.tabs import record_tab

from .conftest import settle


def make_tab(qtbot, demo_db, bg):
    tab = record_tab("initiative", demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    return tab


def names(tab):
    return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]


def select(qtbot, tab, bg, name):
    row = names(tab).index(name)
    tab.table.selectRow(row)
    settle(qtbot, bg)
    assert tab.form.fields["name"].value() == name


def test_search_and_filters_narrow_the_table(qtbot, demo_db, bg, answers):
    tab = make_tab(qtbot, demo_db, bg)
    assert tab.count_label.text() == "16 initiatieven"
    qtbot.keyClicks(tab.search, "taal")
    settle(qtbot, bg)
    qtbot.waitUntil(lambda: len(names(tab)) == 2)
    assert set(names(tab)) == {"Taalcafé Poort", "Taalmaatjes Lelystad"}
    assert tab.count_label.text() == "16 initiatieven, 2 getoond"

    tab.search.clear()
    status = tab.filter_combos["status"]
    status.setCurrentIndex(status.findData(InitiativeStatus.GESTOPT.value))
    settle(qtbot, bg)
    assert names(tab) == ["Ideeënmarkt Zeewolde 2026"]

    status.setCurrentIndex(0)
    municipality = tab.filter_combos["municipality_id"]
    municipality.setCurrentIndex(municipality.findText("Urk"))
    settle(qtbot, bg)
    assert set(names(tab)) == {"Burenhulp Urk", "Visserskoor Urk Jong"}
    # The area filter offers only the areas of the chosen municipality.
    areas = tab.filter_combos["area_id"]
    assert [areas.itemText(i) for i in range(1, areas.count())] == ["Urk"]


def test_create_with_an_invalid_then_a_valid_value(qtbot, demo_db, bg, answers):
    tab = make_tab(qtbot, demo_db, bg)
    tab.new_record()
    form = tab.form
    form.fields["municipality_id"].combo.setCurrentIndex(
        form.fields["municipality_id"].combo.findText("Lelystad")
    )
    qtbot.keyClicks(form.fields["contact_email"].edit, "geen-adres")
    assert form.dirty
    tab.save()
    settle(qtbot, bg)
    assert form.errors.message("name") == "is verplicht"
    assert form.record_id is None and tab.model.matching == 16

    qtbot.keyClicks(form.fields["name"].edit, "Buurtkeuken Kustwijk")
    tab.save()
    settle(qtbot, bg)
    assert "geen geldig e-mailadres" in form.errors.message("contact_email")
    assert form.record_id is None

    form.fields["contact_email"].edit.clear()
    qtbot.keyClicks(form.fields["contact_email"].edit, "info@kustwijk.invalid.nl")
    form.fields["start_date"].edit.setText("1-2-2026")
    tab.save()
    settle(qtbot, bg)
    assert form.errors.message("contact_email") == ""
    assert form.record_id is not None and not form.dirty
    assert "Buurtkeuken Kustwijk" in names(tab)
    assert tab.count_label.text() == "17 initiatieven"
    saved = InitiativeService(demo_db).get(form.record_id)
    assert saved.start_date.isoformat() == "2026-02-01"


def test_edit_checks_dates_and_delete_says_what_goes_along(qtbot, demo_db, bg, answers):
    tab = make_tab(qtbot, demo_db, bg)
    name = "Stichting Buurtinitiatieven Noordoostpolder-Emmeloord"
    select(qtbot, tab, bg, name)
    assert tab.form.volunteers.rowCount() > 0
    end = tab.form.fields["end_date"].edit
    end.setText("31-13-2026")
    tab.save()
    settle(qtbot, bg)
    assert tab.form.errors.message("end_date") == "is geen datum (dd-mm-jjjj)"
    end.setText("01-01-2001")
    tab.save()
    settle(qtbot, bg)
    assert tab.form.errors.message("end_date") == "ligt vóór de begindatum"
    end.setText("")
    tab.save()
    settle(qtbot, bg)
    assert not tab.form.dirty and tab.form.errors.message("end_date") == ""

    tab.delete_current()
    settle(qtbot, bg)
    ((what, impact),) = answers.asked_delete
    assert name in what
    assert any("inzet" in part for part in impact)
    assert name not in names(tab)
    assert tab.form.record_id is None


def test_switching_rows_with_unsaved_edits_asks_first(qtbot, demo_db, bg, answers):
    tab = make_tab(qtbot, demo_db, bg)
    select(qtbot, tab, bg, "Burenhulp Urk")
    qtbot.keyClicks(tab.form.fields["location"].edit, " (achterzaal)")
    answers.unsaved = answers.unsaved.CANCEL
    tab.table.selectRow(names(tab).index("Taalcafé Poort"))
    settle(qtbot, bg)
    assert answers.asked_unsaved
    assert tab.form.fields["name"].value() == "Burenhulp Urk" and tab.form.dirty
    assert tab.table.currentIndex().row() == names(tab).index("Burenhulp Urk")

    answers.unsaved = answers.unsaved.SAVE
    tab.table.selectRow(names(tab).index("Taalcafé Poort"))
    settle(qtbot, bg)
    assert tab.form.fields["name"].value() == "Taalcafé Poort"
    saved = InitiativeService(demo_db).find_by_name("Burenhulp Urk")
    assert saved.location.endswith("(achterzaal)")


def test_end_an_engagement_from_the_initiative(qtbot, demo_db, bg, answers):
    tab = make_tab(qtbot, demo_db, bg)
    select(qtbot, tab, bg, "Burenhulp Urk")
    volunteers = tab.form.volunteers
    open_rows = [r for r in range(volunteers.rowCount()) if not volunteers.item(r, 3).text()]
    volunteers.selectRow(open_rows[0])
    qtbot.mouseClick(tab.form.end_engagement, Qt.MouseButton.LeftButton)
    settle(qtbot, bg)
    still_open = [r for r in range(volunteers.rowCount()) if not volunteers.item(r, 3).text()]
    assert len(still_open) == len(open_rows) - 1
    assert not answers.errors
