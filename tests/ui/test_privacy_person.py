"""The privacy part of the volunteer form: consents, VOG register, log, inzage, wissen."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from flevodesk.domain.enums import ConsentPurpose, VogOutcome
from flevodesk.domain.people import Person
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.forms import person_privacy
from flevodesk.ui.tabs import record_tab

from .conftest import settle


def _open_person(qtbot, demo_db, bg, email):
    tab = record_tab("person", demo_db, bg)
    qtbot.addWidget(tab)
    settle(qtbot, bg)
    with demo_db.read() as session:
        person_id = session.scalar(select(Person.id).where(Person.email == email))
    tab.open_record(person_id)
    settle(qtbot, bg)
    assert tab.form.record_id == person_id
    return tab, person_id


def _first_email(demo_db):
    with demo_db.read() as session:
        return session.scalar(select(Person.email).order_by(Person.id))


def test_consent_and_vog_are_recorded_and_logged_on_the_form(qtbot, demo_db, bg, answers):
    tab, _ = _open_person(qtbot, demo_db, bg, _first_email(demo_db))
    panel = tab.form.privacy
    before = panel.consents.rowCount()
    panel.purpose.set_value(ConsentPurpose.DELEN_MET_PARTNERS)
    qtbot.mouseClick(panel.give_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bg)
    assert panel.consents.rowCount() == before + 1
    assert "Delen met partners" in [panel.consents.item(r, 0).text() for r in range(before + 1)]

    # A VOG seen in the future is refused at the field; a valid one is listed.
    panel.seen_on.edit.setText("1-1-2999")
    qtbot.mouseClick(panel.vog_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bg)
    assert "toekomst" in panel.vog_errors.message("seen_on")
    panel.seen_on.edit.setText("1-3-2026")
    qtbot.keyClicks(panel.seen_by.edit, "Coordinator Marleen")
    panel.outcome.set_value(VogOutcome.AFGEGEVEN)
    vogs = panel.vogs.rowCount()
    qtbot.mouseClick(panel.vog_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bg)
    assert panel.vogs.rowCount() == vogs + 1
    assert "VOG geldig tot en met 01-03-2029" in panel.vog_state.text()

    # Editing a personal field leaves a line in the change log on the form.
    tab.form.fields["phone"].edit.setText("06-55443322")
    tab.save()
    settle(qtbot, bg)
    fields = [panel.changes.item(r, 2).text() for r in range(panel.changes.rowCount())]
    assert "Telefoon" in fields


def test_inzage_export_and_anonymise_from_the_form(
    qtbot, demo_db, bg, answers, tmp_path, monkeypatch
):
    email = _first_email(demo_db)
    tab, person_id = _open_person(qtbot, demo_db, bg, email)
    panel = tab.form.privacy
    informed = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, message: informed.append(message))
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: tmp_path / "inzage.pdf")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bg)
    data = json.loads((tmp_path / "inzage.json").read_text(encoding="utf-8"))
    assert data["person"]["email"] == email
    assert (tmp_path / "inzage.pdf").read_bytes().startswith(b"%PDF")

    asked = []
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda _p, name: asked.append(name))
    qtbot.mouseClick(panel.erase_button, Qt.MouseButton.LeftButton)
    with demo_db.read() as session:
        assert session.get(Person, person_id).email == email  # declined: nothing changed
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda _p, name: True)
    qtbot.mouseClick(panel.erase_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bg)
    assert asked and "geanonimiseerd" in informed[-1]
    assert tab.form.fields["first_name"].value() == "Geanonimiseerd"
    assert tab.form.fields["email"].value() is None
    assert not panel.erase_button.isEnabled()
    assert "Geanonimiseerd op" in panel.vog_state.text()


@pytest.mark.sqlite_only
def test_anonymise_beside_a_reader_warns_what_remains(
    qtbot, demo_db, bg, answers, tmp_path, monkeypatch
):
    import sqlite3

    from flevodesk.services import scrubbing

    email = _first_email(demo_db)
    tab, _ = _open_person(qtbot, demo_db, bg, email)
    panel = tab.form.privacy
    monkeypatch.setattr(dialogs, "inform", lambda _p, message: None)
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: tmp_path / "inzage.pdf")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, bg)
    monkeypatch.setattr(scrubbing, "ERASE_WAIT_S", 0.2)
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda _p, name: True)
    reader = sqlite3.connect(demo_db.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM persons").fetchone()
    try:
        qtbot.mouseClick(panel.erase_button, Qt.MouseButton.LeftButton)
        settle(qtbot, bg)
    finally:
        reader.close()
    warning = answers.errors[-1]
    assert "staan nog in het databasebestand" in warning
    assert str(tmp_path / "inzage.pdf") in warning and str(tmp_path / "inzage.json") in warning
