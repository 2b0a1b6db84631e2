"""Undo and redo in the main window: Ctrl+Z takes back what was stored, Ctrl+Shift+Z does
it again, the menu names the action, and a record changed since is never overwritten."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from flevodesk.domain.enums import ConsentPurpose, Role, VogOutcome
from flevodesk.services.errors import NotFound
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.lookups import Lookups
from flevodesk.services.persons import EngagementService, HoursService, PersonService
from flevodesk.services.privacy import ConsentService, VogService
from flevodesk.ui import dialogs
from flevodesk.ui.forms import person_privacy
from flevodesk.ui.main_window import MainWindow

from .conftest import settle
from .test_english import english, english_catalogue  # noqa: F401  (fixtures)


@pytest.fixture
def main(qtbot, demo_db, settings, answers):
    made = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(made)
    settle(qtbot, made.bg)
    yield made
    made.bg.wait()


@pytest.fixture
def anna(demo_db):
    """Anna de Vries at Buurtmoestuin Swifterbant: an engagement, hours, a consent and a VOG."""
    dronten = next(m.id for m in Lookups(demo_db).municipalities() if m.label == "Dronten")
    initiative = InitiativeService(demo_db).create(
        {"name": "Buurtmoestuin Swifterbant", "municipality_id": dronten}
    )
    person = PersonService(demo_db).create({"first_name": "Anna", "last_name": "de Vries"})
    EngagementService(demo_db).start(person.id, initiative.id, Role.VRIJWILLIGER, date(2026, 1, 5))
    hours = HoursService(demo_db)
    hours.log(person.id, initiative.id, date(2026, 2, 1), 2, 30, "Koffie schenken")
    hours.log(person.id, initiative.id, date(2026, 2, 8), 1, 0, "Opruimen")
    ConsentService(demo_db).give(person.id, ConsentPurpose.CONTACT, date(2026, 1, 5))
    VogService(demo_db).record(
        person.id, {"seen_on": date(2026, 1, 10), "outcome": VogOutcome.AFGEGEVEN}
    )
    return person.id, initiative.id


def whole(db, person_id):
    """Everything of a person that must come back, ids included."""
    person = PersonService(db).get(person_id)
    return (
        person.full_name,
        sorted((e.id, e.initiative_id) for e in person.engagements),
        sorted((h.id, h.minutes) for h in person.hours),
        sorted(c.id for c in person.consents),
        sorted(v.id for v in person.vog_records),
    )


def show(qtbot, main, kind, record_id):
    tab = main.record_tabs[kind]
    main.tabs.setCurrentWidget(tab)
    tab.open_record(record_id)
    settle(qtbot, main.bg)
    assert tab.form.record_id == record_id
    return tab


def renamed(qtbot, main, person_id):
    """Anna saved as Annemarie in the person tab, as typing and Opslaan do."""
    tab = show(qtbot, main, "person", person_id)
    tab.form.fields["first_name"].set_value("Annemarie")
    tab.form.fields["first_name"].changed.emit()
    tab.save()
    settle(qtbot, main.bg)
    assert not tab.form.dirty
    return tab


def undo_action(main):
    return main.main_actions.undo.undo


def redo_action(main):
    return main.main_actions.undo.redo


def press(qtbot, main, action):
    assert action.isEnabled(), action.text()
    action.trigger()
    settle(qtbot, main.bg)


def test_undo_brings_a_deleted_person_back_whole_with_the_same_ids(
    qtbot, main, demo_db, anna, answers
):
    person_id, _initiative = anna
    before = whole(demo_db, person_id)
    assert [len(part) for part in before[1:]] == [1, 2, 1, 1]
    tab = show(qtbot, main, "person", person_id)
    tab.delete_current()
    settle(qtbot, main.bg)
    with pytest.raises(NotFound):
        PersonService(demo_db).get(person_id)
    assert undo_action(main).text() == "Ongedaan maken: verwijderen van vrijwilliger Anna de Vries"
    assert (
        undo_action(main).shortcut().matches(Qt.Modifier.CTRL | Qt.Key.Key_Z).name == "ExactMatch"
    )

    press(qtbot, main, undo_action(main))
    assert whole(demo_db, person_id) == before
    assert tab.model.row_of(person_id) is not None  # the list shows her again
    assert redo_action(main).text() == "Opnieuw: verwijderen van vrijwilliger Anna de Vries"

    press(qtbot, main, redo_action(main))
    with pytest.raises(NotFound):
        PersonService(demo_db).get(person_id)
    assert answers.errors == []


def test_undo_of_a_deleted_initiative_brings_its_children_back(qtbot, main, demo_db, anna):
    person_id, initiative_id = anna
    before = whole(demo_db, person_id)
    tab = show(qtbot, main, "initiative", initiative_id)
    tab.delete_current()
    settle(qtbot, main.bg)
    assert whole(demo_db, person_id)[1:3] == ([], [])
    assert undo_action(main).text() == (
        "Ongedaan maken: verwijderen van initiatief Buurtmoestuin Swifterbant"
    )
    press(qtbot, main, undo_action(main))
    assert whole(demo_db, person_id) == before
    assert InitiativeService(demo_db).get(initiative_id).name == "Buurtmoestuin Swifterbant"


def test_a_saved_field_edit_is_undone_and_redone(qtbot, main, demo_db, anna, answers):
    person_id, _initiative = anna
    tab = renamed(qtbot, main, person_id)
    assert undo_action(main).text() == "Ongedaan maken: opslaan van Annemarie de Vries"

    press(qtbot, main, undo_action(main))
    assert PersonService(demo_db).get(person_id).first_name == "Anna"
    assert tab.form.fields["first_name"].value() == "Anna"  # the open form read it again
    assert redo_action(main).text() == "Opnieuw: opslaan van Annemarie de Vries"

    press(qtbot, main, redo_action(main))
    assert PersonService(demo_db).get(person_id).first_name == "Annemarie"
    assert tab.form.fields["first_name"].value() == "Annemarie"
    assert answers.errors == []


def test_hours_booked_are_taken_back(qtbot, main, demo_db, anna):
    person_id, _initiative = anna
    tab = show(qtbot, main, "person", person_id)
    form = tab.form
    qtbot.keyClicks(form.log_time.hours, "3")
    qtbot.keyClick(form.log_time.minutes, Qt.Key.Key_Return)
    settle(qtbot, main.bg)
    assert len(PersonService(demo_db).get(person_id).hours) == 3
    assert undo_action(main).text() == ("Ongedaan maken: toevoegen van urenregel bij Anna de Vries")
    press(qtbot, main, undo_action(main))
    assert len(PersonService(demo_db).get(person_id).hours) == 2
    assert form.hours.rowCount() == 2


def test_an_undo_of_a_record_changed_since_is_refused_and_stays(
    qtbot, main, demo_db, anna, answers
):
    person_id, _initiative = anna
    renamed(qtbot, main, person_id)
    # A colleague (or another window) changes her since.
    service = PersonService(demo_db)
    service.update(person_id, service.get(person_id).version, {"last_name": "Jansen"})

    stack = main.main_actions.undo.stack.stack
    index = stack.index()
    press(qtbot, main, undo_action(main))
    assert answers.errors and "intussen gewijzigd" in answers.errors[-1]
    assert "vrijwilliger nummer" in answers.errors[-1]
    assert stack.index() == index  # the command stays where it is
    assert undo_action(main).isEnabled()
    current = service.get(person_id)
    assert (current.first_name, current.last_name) == ("Annemarie", "Jansen")


def test_erasure_clears_the_undo_stack(qtbot, main, demo_db, anna, monkeypatch):
    person_id, _initiative = anna
    tab = renamed(qtbot, main, person_id)
    stack = main.main_actions.undo.stack.stack
    assert stack.count() == 1
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda _parent, _name: True)
    monkeypatch.setattr(person_privacy, "tell_erasure", lambda _parent, _result: None)
    tab.form.privacy.erase()
    settle(qtbot, main.bg)
    assert stack.count() == 0
    assert not undo_action(main).isEnabled()
    assert undo_action(main).text() == "Ongedaan maken"


def test_another_database_starts_an_empty_stack(qtbot, main, demo_db, anna):
    person_id, _initiative = anna
    tab = show(qtbot, main, "person", person_id)
    tab.delete_current()
    settle(qtbot, main.bg)
    assert undo_action(main).isEnabled()
    main.attach(demo_db)
    settle(qtbot, main.bg)
    assert main.main_actions.undo.stack.stack.count() == 0
    assert not undo_action(main).isEnabled()


def test_the_delete_question_says_it_can_be_undone(qtbot, monkeypatch):
    told: list[str] = []

    def exec_(box):
        told.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dialogs.confirm_delete(None, "de vrijwilliger 'Anna de Vries'", ["2 urenregels"])
    dialogs.confirm_delete(None, "de vrijwilliger 'Anna de Vries'", [])
    assert all("Ctrl+Z" in text and "niet ongedaan" not in text for text in told), told


def test_undo_waits_for_unsaved_edits(qtbot, main, demo_db, anna, answers):
    person_id, _initiative = anna
    tab = show(qtbot, main, "person", person_id)
    tab.delete_current()
    settle(qtbot, main.bg)
    other = main.record_tabs["initiative"]
    main.tabs.setCurrentWidget(other)
    other.table.selectRow(0)
    settle(qtbot, main.bg)
    other.form.fields["name"].set_value("Nog niet opgeslagen")
    other.form.fields["name"].changed.emit()
    press(qtbot, main, undo_action(main))
    assert answers.errors == ["Sla eerst uw wijzigingen op (of maak ze ongedaan)."]
    with pytest.raises(NotFound):
        PersonService(demo_db).get(person_id)
    assert main.main_actions.undo.stack.stack.canUndo()


def test_anonymising_in_the_retention_review_clears_the_undo_stack(
    qtbot, main, demo_db, anna, monkeypatch
):
    from flevodesk.ui.privacy_dialogs import RetentionDialog

    from .test_privacy_dialogs import _make_quiet

    person_id, _initiative = anna
    renamed(qtbot, main, person_id)
    stack = main.main_actions.undo.stack.stack
    assert stack.count() == 1
    _make_quiet(demo_db, 1)
    dialog = RetentionDialog(demo_db, main.bg, main)
    qtbot.addWidget(dialog)
    settle(qtbot, main.bg)
    dialog.table.selectRow(0)
    monkeypatch.setattr(dialogs, "inform", lambda _p, _message: None)
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda _p, _name: True)
    dialog.erase()
    settle(qtbot, main.bg)
    assert stack.count() == 0


def test_a_funding_decision_is_undone_and_redone(qtbot, main, demo_db, anna):
    from decimal import Decimal

    from flevodesk.domain.enums import FundingStatus
    from flevodesk.services.funding import FundingService
    from flevodesk.ui.formatting import format_date

    _person, initiative_id = anna
    flever = next(p.id for p in Lookups(demo_db).partners() if p.label == "Flever")
    service = FundingService(demo_db)
    application = service.create(
        {
            "initiative_id": initiative_id,
            "funder_id": flever,
            "amount_requested": Decimal("150.00"),
            "status": FundingStatus.INGEDIEND,
            "submitted_on": date(2026, 2, 1),
        }
    )
    tab = show(qtbot, main, "funding", application.id)
    form = tab.form
    form.decision.outcome.set_value(FundingStatus.TOEGEKEND)
    form.decision.decided_on.edit.setText(format_date(date(2026, 3, 1)))
    form.decision.amount.edit.setText("150,00")
    form.record_decision()
    settle(qtbot, main.bg)
    granted = service.get(application.id)
    assert (granted.status, granted.amount_granted) == (FundingStatus.TOEGEKEND, Decimal("150"))
    assert undo_action(main).text().startswith("Ongedaan maken: ")

    press(qtbot, main, undo_action(main))
    back = service.get(application.id)
    assert (back.status, back.amount_granted, back.decided_on) == (
        FundingStatus.INGEDIEND,
        None,
        None,
    )
    press(qtbot, main, redo_action(main))
    again = service.get(application.id)
    assert (again.status, again.amount_granted) == (FundingStatus.TOEGEKEND, Decimal("150"))


def test_undoing_a_delete_shows_the_record_again_in_its_form(qtbot, main, demo_db, anna, answers):
    person_id, initiative_id = anna
    tab = show(qtbot, main, "person", person_id)
    tab.delete_current()
    settle(qtbot, main.bg)
    assert tab.form.record_id is None
    press(qtbot, main, undo_action(main))
    assert main.tabs.currentWidget() is tab
    assert tab.form.record_id == person_id
    assert tab.form.fields["first_name"].value() == "Anna"

    initiatives = show(qtbot, main, "initiative", initiative_id)
    initiatives.delete_current()
    settle(qtbot, main.bg)
    main.tabs.setCurrentWidget(main.record_tabs["partner"])
    press(qtbot, main, undo_action(main))
    assert main.tabs.currentWidget() is initiatives
    assert initiatives.form.record_id == initiative_id
    assert answers.errors == []


@pytest.mark.usefixtures("english")
def test_the_undo_label_of_booked_hours_reads_in_english(qtbot, demo_db, settings, answers, anna):
    person_id, _initiative = anna
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    tab = show(qtbot, window, "person", person_id)
    qtbot.keyClicks(tab.form.log_time.hours, "3")
    qtbot.keyClick(tab.form.log_time.minutes, Qt.Key.Key_Return)
    settle(qtbot, window.bg)
    assert undo_action(window).text() == "Undo: adding hours entry for Anna de Vries"
    window.bg.wait()
