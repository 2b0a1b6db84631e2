"""Saving a form names every wrong field at once, marks what is required beforehand, and
asks about unsaved changes only when something was really changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from flevodesk.domain.enums import PersonStatus
from flevodesk.domain.errors import ValidationError, ValidationErrors
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.tabs import record_tab

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def shown_tab(qtbot, demo_db, bg, kind="person"):
    tab = record_tab(kind, demo_db, bg)
    qtbot.addWidget(tab)
    tab.resize(1000, 520)
    tab.show()
    qtbot.waitExposed(tab)
    settle(qtbot, bg)
    return tab


def test_every_wrong_field_is_named_at_once_and_the_form_scrolls_to_the_first(
    qtbot, demo_db, bg, answers
):
    tab = shown_tab(qtbot, demo_db, bg)
    form = tab.form
    said: list[str] = []
    tab.message.connect(said.append)
    tab.new_record()
    form.fields["email"].edit.setText("piet@")
    form.fields["postcode"].edit.setText("12AB")
    form.fields["birth_year"].edit.setText("negentig")
    scroll = form.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    bottom = scroll.verticalScrollBar().maximum()
    assert bottom > 0
    scroll.verticalScrollBar().setValue(bottom)
    tab.save()
    settle(qtbot, bg)
    assert form.errors.message("first_name") == "is verplicht"
    assert form.errors.message("last_name") == "is verplicht"
    assert "geen geldig e-mailadres" in form.errors.message("email")
    assert "postcode" in form.errors.message("postcode")
    assert form.errors.message("birth_year") == "is geen geheel getal"
    assert said[-1] == (
        "Niet opgeslagen: controleer Voornaam, Achternaam, E-mail, Postcode, Geboortejaar."
    )
    # Scrolled back up to the first wrong field, which has the focus.
    first = form.fields["first_name"].edit
    top = first.mapTo(scroll.viewport(), first.rect().topLeft()).y()
    assert scroll.verticalScrollBar().value() < bottom
    assert top >= 0 and top + first.height() <= scroll.viewport().height()
    assert form.fields["first_name"].edit.hasFocus()
    assert form.record_id is None and tab.count_label.text() == "60 vrijwilligers"


def test_rules_across_fields_are_named_with_the_field_errors(qtbot, demo_db, bg, answers):
    tab = shown_tab(qtbot, demo_db, bg)
    form = tab.form
    said: list[str] = []
    tab.message.connect(said.append)
    tab.new_record()
    form.fields["first_name"].edit.setText("Piet")
    form.fields["last_name"].edit.setText("Kok")
    form.fields["email"].edit.setText("piet@")
    form.fields["status"].set_value(PersonStatus.ACTIEF)
    form.fields["left_on"].edit.setText("01-03-2026")
    tab.save()
    settle(qtbot, bg)
    assert "geen geldig e-mailadres" in form.errors.message("email")
    assert form.errors.message("status") == "een vertrokken persoon kan niet actief zijn"
    assert said[-1] == "Niet opgeslagen: controleer E-mail, Status."
    assert form.record_id is None


def test_several_errors_from_the_service_show_at_their_fields(qtbot, demo_db, bg, answers):
    tab = shown_tab(qtbot, demo_db, bg)
    form = tab.form
    tab.new_record()
    together = ValidationErrors(
        [ValidationError("email", "is al in gebruik"), ValidationError("status", "kan niet")]
    )
    summary = form.show_errors([together])
    assert form.errors.message("email") == "is al in gebruik"
    assert form.errors.message("status") == "kan niet"
    assert summary == "Niet opgeslagen: controleer E-mail, Status."


def test_an_error_goes_as_soon_as_its_field_is_fixed(qtbot, demo_db, bg, answers):
    tab = shown_tab(qtbot, demo_db, bg)
    form = tab.form
    tab.new_record()
    form.fields["email"].edit.setText("piet@")
    tab.save()
    settle(qtbot, bg)
    assert form.errors.message("email") and form.errors.message("last_name")
    qtbot.keyClicks(form.fields["email"].edit, "voorbeeld.nl")
    assert form.errors.message("email") == ""
    # A field still wrong keeps its message; one only made less wrong too.
    assert form.errors.message("last_name") == "is verplicht"
    form.fields["email"].edit.clear()
    qtbot.keyClicks(form.fields["email"].edit, "x@y")
    assert form.errors.message("email") == ""  # shown again only at the next save
    qtbot.keyClicks(form.fields["first_name"].edit, "Piet")
    qtbot.keyClicks(form.fields["last_name"].edit, "Jansen")
    assert form.errors.message("last_name") == ""
    form.fields["email"].edit.setText("piet@voorbeeld.nl")
    tab.save()
    settle(qtbot, bg)
    assert form.record_id is not None


def test_required_fields_are_marked_before_anything_is_saved(qtbot, demo_db, bg, answers):
    person = record_tab("person", demo_db, bg)
    qtbot.addWidget(person)
    labels = person.form.labels
    assert labels["first_name"].text() == "Voornaam *"
    assert labels["last_name"].text() == "Achternaam *"
    assert labels["tussenvoegsel"].text() == "Tussenvoegsel"
    assert labels["email"].text() == "E-mail"
    initiative = record_tab("initiative", demo_db, bg)
    qtbot.addWidget(initiative)
    assert initiative.form.labels["name"].text() == "Naam *"
    assert initiative.form.labels["municipality_id"].text() == "Gemeente *"
    funding = record_tab("funding", demo_db, bg)
    qtbot.addWidget(funding)
    marked = {name for name, label in funding.form.labels.items() if label.text().endswith("*")}
    assert marked == {"initiative_id", "funder_id", "amount_requested"}
    settle(qtbot, bg)
    # The same words the service would have used, without a round trip.
    funding.new_record()
    funding.save()
    settle(qtbot, bg)
    assert funding.form.errors.message("initiative_id") == "kies een initiatief"
    assert funding.form.errors.message("funder_id") == "kies een financier"
    # A dropdown in error keeps its own look; a text box gets a red border.
    assert funding.form.fields["initiative_id"].widget.styleSheet() == ""
    assert funding.form.fields["amount_requested"].widget.styleSheet() != ""


def test_visiting_typing_and_deleting_is_no_unsaved_change(qtbot, demo_db, settings, answers):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window.bg)
    for kind in ("initiative", "person", "funding", "partner"):
        tab = window.record_tabs[kind]
        window.tabs.setCurrentWidget(tab)
        settle(qtbot, window.bg)
        for row in (0, 1):
            tab.table.selectRow(row)
            settle(qtbot, window.bg)
            assert tab.form.record_id is not None
            assert not tab.form.dirty, (kind, row)
        # The choices read again (another tab saved a municipality, say): still no edit.
        tab.form.choices.load()
        settle(qtbot, window.bg)
        assert not tab.form.dirty, kind
    window.tabs.setCurrentIndex(4)
    settle(qtbot, window.bg)
    window.tabs.setCurrentIndex(1)
    person = window.record_tabs["person"]
    name = person.form.fields["first_name"].edit
    qtbot.keyClicks(name, "x")
    assert person.form.dirty
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert not person.form.dirty
    person.form.fields["status"].combo.setCurrentIndex(2)
    assert person.form.dirty
    window.close()
    assert answers.asked_unsaved, "a real change is still asked about"
    answers.asked_unsaved.clear()
    person.form.load(person.form.record)
    assert window.close()
    assert answers.asked_unsaved == []


def test_a_record_shown_before_the_choices_arrive_is_not_changed_by_them(
    qtbot, demo_db, bg, answers
):
    tab = record_tab("initiative", demo_db, bg, load=False)
    qtbot.addWidget(tab)
    form = tab.form
    record = form.service.get(1)  # read here, in the test, before the choices are in
    assert form.municipality.combo.count() <= 1
    form.load(record)
    settle(qtbot, bg)
    assert form.municipality.combo.count() > 1
    assert form.municipality.value() == record.municipality_id
    assert not form.dirty
    name = form.fields["name"].edit
    name.setFocus()
    qtbot.keyClicks(name, "x")
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert not form.dirty


def test_panels_that_store_at_once_say_so_and_name_their_record(qtbot, demo_db, bg, answers):
    tab = record_tab("person", demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    notes = tab.form.immediate_notes
    assert len(notes) == 3  # Initiatieven, Uren, Privacy (AVG)
    assert all(note.text().startswith("Eerst opslaan") for note in notes)
    tab.table.selectRow(0)
    settle(qtbot, bg)
    name = tab.form.title_of(tab.form.record)
    assert name
    for note in notes:
        assert (
            note.text() == f"Wordt meteen vastgelegd bij de vrijwilliger '{name}', zonder Opslaan."
        )
    for kind, count in (("initiative", 1), ("partner", 1), ("funding", 3)):
        other = record_tab(kind, demo_db, bg)
        qtbot.addWidget(other)
        assert len(other.form.immediate_notes) == count, kind


def test_printing_a_record_leaves_it_unchanged(
    qtbot, demo_db, settings, answers, tmp_path, monkeypatch
):
    from flevodesk.ui import file_choice

    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    monkeypatch.setattr(file_choice, "ask_save_path", lambda _p, _t, name, _f: tmp_path / name)
    monkeypatch.setattr(file_choice, "confirm", lambda *_a: True)
    monkeypatch.setattr(file_choice, "open_externally", lambda _path: None)
    tab = window.record_tabs["initiative"]
    tab.table.selectRow(0)
    settle(qtbot, window.bg)
    from flevodesk.ui.print_preview import PrintPreview

    folder = next(a for a in window.print_menu.actions() if a.text().startswith("F&older"))
    folder.trigger()
    settle(qtbot, window.bg)
    window.findChild(PrintPreview).save_button.click()
    settle(qtbot, window.bg)
    assert list(tmp_path.glob("*.pdf")), answers.errors
    assert not tab.form.dirty
    assert window.no_unsaved_edits() and answers.errors == []
