"""Views refresh themselves: what one view writes, every other open view shows, unasked."""

from __future__ import annotations

from flevodesk.services.unit_of_work import Changes
from flevodesk.ui.tabs import record_tab

from .conftest import settle


def tabs(qtbot, demo_db, bg, *keys):
    made = []
    for key in keys:
        tab = record_tab(key, demo_db, bg)
        qtbot.addWidget(tab)
        made.append(tab)
    settle(qtbot, bg)
    return made


def column(tab, key):
    number = [c.key for c in tab.model.listing.columns].index(key)
    return [tab.model.index(r, number).data() for r in range(tab.model.rowCount())]


def test_a_renamed_initiative_shows_in_the_funding_table_and_in_every_picker(
    qtbot, demo_db, bg, answers
):
    initiatives, funding, persons = tabs(qtbot, demo_db, bg, "initiative", "funding", "person")
    funded = set(column(funding, "initiative"))
    old = next(name for name in column(initiatives, "name") if name in funded)
    row = column(initiatives, "name").index(old)
    initiatives.table.selectRow(row)
    settle(qtbot, bg)
    initiatives.form.fields["name"].edit.setText("Buurtkamer Nieuw")
    initiatives.form.fields["name"].edit.textEdited.emit("Buurtkamer Nieuw")
    initiatives.save()
    settle(qtbot, bg)
    assert answers.errors == []
    # Nobody told the funding tab or the pickers: the change bus did.
    assert "Buurtkamer Nieuw" in column(funding, "initiative")
    assert old not in column(funding, "initiative")
    picker = persons.form.new_initiative.combo
    assert picker.findText("Buurtkamer Nieuw") >= 0 and picker.findText(old) < 0
    funding_picker = funding.form.fields["initiative_id"].combo
    assert funding_picker.findText("Buurtkamer Nieuw") >= 0


def test_a_form_with_unsaved_edits_is_not_overwritten_by_a_change_elsewhere(
    qtbot, demo_db, bg, answers
):
    (initiatives,) = tabs(qtbot, demo_db, bg, "initiative")
    initiatives.table.selectRow(0)
    settle(qtbot, bg)
    form = initiatives.form
    form.fields["location"].edit.setText("Half getypt")
    form.fields["location"].edit.textEdited.emit("Half getypt")
    assert form.dirty
    record_id = form.record_id
    bg.bus.announce(Changes(frozenset({"initiatives"}), {"initiatives": frozenset({record_id})}))
    settle(qtbot, bg)
    assert form.dirty and form.fields["location"].value() == "Half getypt"


def test_a_record_changed_elsewhere_is_read_again_when_the_form_is_clean(
    qtbot, demo_db, bg, answers
):
    from flevodesk.services.initiatives import InitiativeService

    (initiatives,) = tabs(qtbot, demo_db, bg, "initiative")
    initiatives.table.selectRow(0)
    settle(qtbot, bg)
    record_id = initiatives.form.record_id
    service = InitiativeService(demo_db)
    current = service.get(record_id)
    # Written by another view, through the operations layer, so it is announced.
    bg.run(lambda: service.update(record_id, current.version, {"location": "Elders"}), print)
    settle(qtbot, bg)
    assert initiatives.form.fields["location"].value() == "Elders"
    assert not initiatives.form.dirty


def test_an_application_made_elsewhere_shows_in_the_initiative_form_s_financing_plan(
    qtbot, demo_db, bg, answers
):
    from flevodesk.services.funding import FundingService
    from flevodesk.services.lookups import Lookups

    lookups = Lookups(demo_db)
    initiative = next(c.id for c in lookups.initiatives() if c.label == "Taalcafé Poort")
    funder = next(c.id for c in lookups.partners() if c.label == "Oranje Fonds")
    (initiatives,) = tabs(qtbot, demo_db, bg, "initiative")
    initiatives.open_record(initiative)
    settle(qtbot, bg)
    rows = initiatives.form.funding.rowCount()
    values = {"initiative_id": initiative, "funder_id": funder, "amount_requested": "750,00"}
    # Made by another view (the funding tab) through the operations layer.
    bg.run(lambda: FundingService(demo_db).create(values), lambda _details: None)
    settle(qtbot, bg)
    assert initiatives.form.funding.rowCount() == rows + 1
    assert not initiatives.form.dirty
