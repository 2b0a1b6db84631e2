"""Two colleagues on one database (two handles, as two laptops on the teamserver) edit the
same volunteer: nobody's change is lost."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from flevodesk.services.persons import PersonService
from flevodesk.store.database import Database
from flevodesk.ui.background import Background
from flevodesk.ui.conflict_dialog import ConflictDialog
from flevodesk.ui.tabs import record_tab

from .conftest import settle


@pytest.fixture
def colleague_db(demo_db: Database) -> Iterator[Database]:
    """Anna's handle on the database Bram's window (``demo_db``) shows."""
    demo_db.author_name = "Bram"
    handle = Database(demo_db.url)
    handle.author_name = "Anna"
    yield handle
    handle.dispose()


@pytest.fixture
def colleague_bg(qapp: object) -> Iterator[Background]:
    background = Background()
    yield background
    background.wait()


def _person_tab(qtbot, db, background, messages=None):
    tab = record_tab("person", db, background)
    qtbot.addWidget(tab)
    settle(qtbot, background)
    tab.table.selectRow(0)
    settle(qtbot, background)
    if messages is not None:
        tab.message.connect(messages.append)
    return tab


def _both_open(qtbot, demo_db, bg, colleague_db, colleague_bg):
    messages: list[str] = []
    mine = _person_tab(qtbot, demo_db, bg, messages)
    theirs = _person_tab(qtbot, colleague_db, colleague_bg)
    assert mine.form.record_id == theirs.form.record_id is not None
    return mine, theirs, messages


def _type(qtbot, form, field, text):
    edit = form.fields[field].edit
    edit.clear()
    qtbot.keyClicks(edit, text)  # typed, as the form measures edits


def test_a_colleagues_change_to_another_field_is_kept_and_mine_goes_on_top(
    qtbot, demo_db, bg, colleague_db, colleague_bg, answers, monkeypatch
):
    mine, theirs, messages = _both_open(qtbot, demo_db, bg, colleague_db, colleague_bg)
    asked: list[object] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: asked.append(dialog))
    _type(qtbot, theirs.form, "phone", "0320-998877")
    theirs.save()
    settle(qtbot, colleague_bg)
    _type(qtbot, mine.form, "place", "Biddinghuizen")
    mine.save()
    settle(qtbot, bg)
    person = PersonService(demo_db).get(mine.form.record_id)
    assert (person.phone, person.place) == ("0320-998877", "Biddinghuizen")
    assert asked == [] and answers.errors == []
    assert (mine.form.fields["phone"].value(), mine.form.dirty) == ("0320-998877", False)
    assert mine.form.version == person.version
    assert messages[-1].startswith("Opgeslagen: ")
    assert ", bovenop de wijziging van Anna (om " in messages[-1]


def _answer(monkeypatch, *, keep_mine, accept=True):
    """Let the side-by-side dialog answer at once; what it showed is returned."""
    shown: dict[str, object] = {}

    def exec_(dialog: ConflictDialog) -> int:
        shown["texts"] = [label.text() for label in dialog.findChildren(QLabel)]
        shown["choices"] = {
            field: (mine.text(), theirs.text()) for field, (mine, theirs) in dialog.choices.items()
        }
        for field, mine in keep_mine.items():
            dialog.choose(field, mine=mine)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return shown


def test_a_field_both_changed_is_chosen_side_by_side_and_stored(
    qtbot, demo_db, bg, colleague_db, colleague_bg, answers, monkeypatch
):
    mine, theirs, messages = _both_open(qtbot, demo_db, bg, colleague_db, colleague_bg)
    shown = _answer(monkeypatch, keep_mine={"phone": True, "place": False})
    _type(qtbot, theirs.form, "phone", "0320-998877")
    _type(qtbot, theirs.form, "place", "Dronten")
    theirs.save()
    settle(qtbot, colleague_bg)
    _type(qtbot, mine.form, "phone", "06-12345678")
    _type(qtbot, mine.form, "place", "Kraggenburg")
    _type(qtbot, mine.form, "address", "Dorpsstraat 1")
    mine.save()
    settle(qtbot, bg)
    assert shown["choices"] == {
        "phone": ("06-12345678", "0320-998877"),
        "place": ("Kraggenburg", "Dronten"),
    }
    texts = shown["texts"]
    assert "<b>Veld</b>" in texts and "<b>Uw waarde</b>" in texts
    assert any(t.startswith("<b>Waarde van Anna (om ") for t in texts)
    assert any(t.startswith("Anna heeft de vrijwilliger om ") for t in texts)
    person = PersonService(demo_db).get(mine.form.record_id)
    assert (person.phone, person.place, person.address) == (
        "06-12345678",
        "Dronten",
        "Dorpsstraat 1",
    )
    assert answers.errors == [] and not mine.form.dirty
    assert ", bovenop de wijziging van Anna (om " in messages[-1]


def test_cancelling_the_choice_stores_nothing_and_keeps_my_edits(
    qtbot, demo_db, bg, colleague_db, colleague_bg, answers, monkeypatch
):
    mine, theirs, messages = _both_open(qtbot, demo_db, bg, colleague_db, colleague_bg)
    _answer(monkeypatch, keep_mine={}, accept=False)
    _type(qtbot, theirs.form, "place", "Dronten")
    theirs.save()
    settle(qtbot, colleague_bg)
    _type(qtbot, mine.form, "place", "Kraggenburg")
    mine.save()
    settle(qtbot, bg)
    person = PersonService(demo_db).get(mine.form.record_id)
    assert person.place == "Dronten"
    assert mine.form.dirty and mine.form.fields["place"].value() == "Kraggenburg"
    assert answers.errors == []
    assert messages[-1].startswith("Niet opgeslagen: Anna heeft de vrijwilliger om ")


def test_an_amount_a_colleague_changed_survives_my_change_of_another_field(
    qtbot, demo_db, bg, colleague_db, colleague_bg, answers, monkeypatch
):
    # The amount box holds text ("1.250,00"), the record a Decimal: only the fields the
    # user really edited may count as the user's.
    from flevodesk.services.funding import FundingService

    asked: list[object] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: asked.append(dialog))
    mine = record_tab("funding", demo_db, bg)
    theirs = record_tab("funding", colleague_db, colleague_bg)
    for tab, background in ((mine, bg), (theirs, colleague_bg)):
        qtbot.addWidget(tab)
        settle(qtbot, background)
        tab.table.selectRow(0)
        settle(qtbot, background)
    assert mine.form.record_id == theirs.form.record_id is not None
    _type(qtbot, theirs.form, "amount_requested", "777,00")
    theirs.save()
    settle(qtbot, colleague_bg)
    assert answers.errors == []
    _type(qtbot, mine.form, "title", "Buurtfeest met muziek")
    mine.save()
    settle(qtbot, bg)
    application = FundingService(demo_db).get(mine.form.record_id)
    assert (application.amount_requested, application.title) == (
        Decimal("777.00"),
        "Buurtfeest met muziek",
    )
    assert asked == [] and answers.errors == []
