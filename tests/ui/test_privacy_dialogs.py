"""The Privacy menu: settings with VOG rules per role, the retention review, the register."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import update

from flevodesk.domain.enums import Role
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent, PersonChange, VogRecord
from flevodesk.services.privacy import read_settings, role_rules
from flevodesk.ui import dialogs, file_choice
from flevodesk.ui.forms import person_privacy
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.privacy_dialogs import PrivacySettingsDialog, RetentionDialog

from .conftest import settle


def test_the_privacy_menu_is_in_the_main_window(
    qtbot, demo_db, settings, answers, tmp_path, monkeypatch
):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Privacy" in titles and titles[-1] == "&Help"
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: tmp_path / "register.pdf")
    register = next(a for a in window.privacy_menu.actions() if "Verwerkingsregister" in a.text())
    register.trigger()
    settle(qtbot, window.bg)  # the register is read and drawn off the UI thread
    assert answers.errors == []
    assert (tmp_path / "register.pdf").read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == (
        f"Verwerkingsregister opgeslagen in {tmp_path / 'register.pdf'}"
    )


def test_settings_dialog_saves_the_settings_and_vog_rules(qtbot, demo_db, bg):
    dialog = PrivacySettingsDialog(demo_db, bg)
    qtbot.addWidget(dialog)
    settle(qtbot, bg)
    qtbot.keyClicks(dialog.user_name, "Marleen")
    dialog.organisation.setText("Stichting Buurtkracht Urk")
    dialog.retention.setValue(18)
    dialog.requires[Role.KARTREKKER].setChecked(True)
    dialog.years[Role.KARTREKKER].setValue(2)
    dialog.save()
    settle(qtbot, bg)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = read_settings(demo_db)
    assert (saved.user_name, saved.retention_months) == ("Marleen", 18)
    assert saved.organisation_name == "Stichting Buurtkracht Urk"
    rule = role_rules(demo_db)[Role.KARTREKKER]
    assert rule.requires_vog and rule.vog_valid_years == 2


def _make_quiet(db, count):
    """Push the history of the first ``count`` demo persons three years back."""
    old, when = date(2022, 1, 1), datetime(2022, 1, 1, tzinfo=UTC)
    with db.write() as session:
        ids = list(session.scalars(Person.__table__.select().with_only_columns(Person.id)
                                   .order_by(Person.id).limit(count)))  # fmt: skip
        pick = Person.id.in_(ids)
        session.execute(update(Person).where(pick).values(created_at=when))
        for model, values in (
            (Engagement, {"since": old, "until": old}),
            (HoursEntry, {"worked_on": old}),
            (Consent, {"given_on": old}),
            (VogRecord, {"seen_on": old, "valid_until": date(2025, 1, 1)}),
            (PersonChange, {"changed_at": when}),
        ):
            session.execute(update(model).where(model.person_id.in_(ids)).values(**values))
    return ids


def test_retention_review_keeps_with_a_reason_or_anonymises(qtbot, demo_db, bg, monkeypatch):
    first, second = _make_quiet(demo_db, 2)
    dialog = RetentionDialog(demo_db, bg)
    qtbot.addWidget(dialog)
    settle(qtbot, bg)
    assert dialog.table.rowCount() == 2
    assert "2 personen" in dialog.intro.text()

    dialog.table.selectRow(0)
    kept = dialog.table.current_id()
    dialog.keep()  # no reason yet
    settle(qtbot, bg)
    assert "verplicht" in dialog.errors.message("keep_reason")
    review_on = dialog.review_on.edit.text()
    dialog.review_on.edit.setText("31-02-2026")  # no such day: said beside the field
    dialog.keep()
    settle(qtbot, bg)
    assert dialog.errors.message("review_on")
    dialog.review_on.edit.setText(review_on)
    qtbot.keyClicks(dialog.reason.edit, "Bestuurslid, jaarverslag")
    dialog.keep()
    settle(qtbot, bg)
    assert dialog.table.rowCount() == 1
    with demo_db.read() as session:
        assert session.get(Person, kept).keep_reason == "Bestuurslid, jaarverslag"

    informed = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, message: informed.append(message))
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda _p, _name: True)
    dialog.erase()
    settle(qtbot, bg)
    assert dialog.table.rowCount() == 0
    assert "geanonimiseerd" in informed[-1]
    assert "niemand" in dialog.intro.text()
    anonymised = ({first, second} - {kept}).pop()
    with demo_db.read() as session:
        assert session.get(Person, anonymised).anonymised_on is not None
