"""Two colleagues on one database (two handles, as two laptops on the teamserver) edit the
same record: nobody's change is lost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from flevodesk.services.persons import PersonService
from flevodesk.store.database import Database
from flevodesk.ui.background import Background
from flevodesk.ui.conflict_dialog import ConflictDialog
from flevodesk.ui.record_tab import RecordTab
from flevodesk.ui.tabs import record_tab

from .conftest import settle


@dataclass
class Colleagues:
    """Bram's tab (``mine``) and Anna's (``theirs``) on the same record, each on a
    database handle and background of its own."""

    qtbot: object
    mine: RecordTab
    theirs: RecordTab
    backgrounds: tuple[Background, Background]
    messages: list[str] = dataclass_field(default_factory=list)

    def colleague_then_me(self, theirs: dict[str, str], mine: dict[str, str]) -> None:
        """Anna types and saves her values, then Bram types and saves his."""
        for tab, values, background in zip(
            (self.theirs, self.mine), (theirs, mine), self.backgrounds[::-1], strict=True
        ):
            for name, text in values.items():
                edit = tab.form.fields[name].edit
                edit.clear()
                self.qtbot.keyClicks(edit, text)  # typed, as the form measures edits
            tab.save()
            settle(self.qtbot, background)


@pytest.fixture
def colleagues(qtbot, demo_db, bg, answers) -> Iterator[object]:
    """Opens the first record of a kind in both tabs: ``colleagues("person")``."""
    demo_db.author_name = "Bram"
    handle = Database(demo_db.url)
    handle.author_name = "Anna"
    other = Background()

    def open_both(kind: str) -> Colleagues:
        tabs = []
        for db, background in ((demo_db, bg), (handle, other)):
            tab = record_tab(kind, db, background)
            qtbot.addWidget(tab)
            settle(qtbot, background)
            tab.table.selectRow(0)
            settle(qtbot, background)
            tabs.append(tab)
        pair = Colleagues(qtbot, tabs[0], tabs[1], (bg, other))
        pair.mine.message.connect(pair.messages.append)
        assert pair.mine.form.record_id == pair.theirs.form.record_id is not None
        return pair

    yield open_both
    other.wait()
    handle.dispose()


@pytest.mark.parametrize(
    ("kind", "theirs", "mine", "stored"),
    [
        (
            "person",
            {"phone": "0320-998877"},
            {"place": "Biddinghuizen"},
            {"phone": "0320-998877", "place": "Biddinghuizen"},
        ),
        # The amount box holds text ("1.250,00"), the record a Decimal: only the fields
        # the user really edited may count as the user's.
        (
            "funding",
            {"amount_requested": "777,00"},
            {"title": "Buurtfeest met muziek"},
            {"amount_requested": Decimal("777.00"), "title": "Buurtfeest met muziek"},
        ),
    ],
)
def test_a_colleagues_change_to_another_field_is_kept_and_mine_goes_on_top(
    colleagues, answers, monkeypatch, kind, theirs, mine, stored
):
    asked: list[object] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: asked.append(dialog))
    pair = colleagues(kind)
    pair.colleague_then_me(theirs, mine)
    form = pair.mine.form
    record = form.service.get(form.record_id)
    assert {name: getattr(record, name) for name in stored} == stored
    assert asked == [] and answers.errors == []
    assert form.record == record and not form.dirty  # the form shows both changes
    assert pair.messages[-1].startswith("Opgeslagen: ")
    assert ", samen met de wijziging van Anna (om " in pair.messages[-1]


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
    colleagues, demo_db, answers, monkeypatch
):
    shown = _answer(monkeypatch, keep_mine={"phone": True, "place": False})
    pair = colleagues("person")
    pair.colleague_then_me(
        {"phone": "0320-998877", "place": "Dronten"},
        {"phone": "06-12345678", "place": "Kraggenburg", "address": "Dorpsstraat 1"},
    )
    assert shown["choices"] == {
        "phone": ("06-12345678", "0320-998877"),
        "place": ("Kraggenburg", "Dronten"),
    }
    texts = shown["texts"]
    assert "<b>Veld</b>" in texts and "<b>Uw waarde</b>" in texts
    assert any(t.startswith("<b>Waarde van Anna (om ") for t in texts)
    assert any(t.startswith("Anna heeft de vrijwilliger om ") for t in texts)
    person = PersonService(demo_db).get(pair.mine.form.record_id)
    assert (person.phone, person.place, person.address) == (
        "06-12345678",
        "Dronten",
        "Dorpsstraat 1",
    )
    assert answers.errors == [] and not pair.mine.form.dirty
    assert ", samen met de wijziging van Anna (om " in pair.messages[-1]


def test_cancelling_the_choice_stores_nothing_and_keeps_my_edits(
    colleagues, demo_db, answers, monkeypatch
):
    _answer(monkeypatch, keep_mine={}, accept=False)
    pair = colleagues("person")
    pair.colleague_then_me({"place": "Dronten"}, {"place": "Kraggenburg"})
    assert PersonService(demo_db).get(pair.mine.form.record_id).place == "Dronten"
    form = pair.mine.form
    assert form.dirty and form.fields["place"].value() == "Kraggenburg"
    assert answers.errors == []
    assert pair.messages[-1].startswith("Niet opgeslagen: Anna heeft de vrijwilliger om ")
