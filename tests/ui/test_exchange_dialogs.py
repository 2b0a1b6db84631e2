"""The questions of Gegevens → Uitwisselen, before any package is made or read."""

from __future__ import annotations

from pathlib import Path

import pytest

from flevodesk.services.exchange import ExportResult, ImportResult
from flevodesk.ui.exchange_dialogs import ExportChoice, ExportDialog
from flevodesk.ui.exchange_menu import export_summary, import_summary, passphrase_question

INITIATIVES = ["Repair Café Dronten", "Buurtmoestuin Lelystad", "Taalmaatjes Urk"]


@pytest.fixture
def dialog(qtbot):
    made = ExportDialog(["Laptop Dronten", "Teamserver"], INITIATIVES, "Makelaar Almere")
    qtbot.addWidget(made)
    return made


def test_ok_waits_for_a_computer_and_a_usable_passphrase_typed_twice(qtbot, dialog):
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    steps = [
        ("", "lang genoeg", "lang genoeg", "Vul in voor welke computer het pakket is."),
        ("Laptop Dronten", "kort", "kort", "De wachtzin moet minstens 8 tekens hebben."),
        ("Laptop Dronten", "lang genoeg", "lang genoek", "De twee wachtzinnen verschillen."),
    ]
    for peer, first, second, problem in steps:
        dialog.peer.setCurrentText(peer)
        dialog.passphrase.setText(first)
        dialog.again.setText(second)
        dialog.ok.click()
        assert (dialog.problem.text(), accepted) == (problem, [])
        assert not dialog.problem.isHidden()
    dialog.again.setText("lang genoeg")
    dialog.ok.click()
    assert accepted == [True]


def test_the_choice_holds_the_typed_computer_and_the_ticked_initiatives(qtbot, dialog):
    assert [dialog.peer.itemText(i) for i in range(dialog.peer.count())] == [
        "Laptop Dronten",
        "Teamserver",
    ]
    dialog.peer.setCurrentText("  Laptop Emmeloord ")  # a new computer: typed in
    dialog.check("Taalmaatjes Urk")
    dialog.check("Repair Café Dronten")
    dialog.check("Repair Café Dronten", checked=False)
    dialog.check("Buurtmoestuin Lelystad")
    dialog.passphrase.setText("paard batterij")
    assert dialog.choice() == ExportChoice(
        peer="Laptop Emmeloord",
        initiatives=("Buurtmoestuin Lelystad", "Taalmaatjes Urk"),
        passphrase="paard batterij",
    )


def test_the_initiatives_the_chosen_computer_has_are_marked_and_still_chosen_by_name(qtbot):
    dialog = ExportDialog(
        ["Laptop Dronten", "Teamserver"],
        INITIATIVES,
        "Makelaar Almere",
        has={"Laptop Dronten": {"Taalmaatjes Urk"}, "Teamserver": set(INITIATIVES)},
    )
    qtbot.addWidget(dialog)

    def texts() -> list[str]:
        return [dialog.initiatives.item(r).text() for r in range(dialog.initiatives.count())]

    assert texts() == INITIATIVES  # no computer chosen yet
    dialog.peer.setCurrentText("Laptop Dronten")
    assert texts() == [*INITIATIVES[:2], "Taalmaatjes Urk \N{EM DASH} heeft al"]
    assert dialog.already_there() == ["Taalmaatjes Urk"]
    assert dialog.initiatives.item(2).font().italic()
    dialog.check("Taalmaatjes Urk")
    dialog.search.setText("urk")
    assert not dialog.initiatives.item(2).isHidden()
    assert dialog.choice().initiatives == ("Taalmaatjes Urk",)
    dialog.peer.setCurrentText("Laptop Emmeloord")  # a new computer has nothing yet
    assert dialog.already_there() == [] and texts() == INITIATIVES


def test_searching_hides_the_initiatives_that_do_not_match_but_keeps_their_ticks(dialog):
    dialog.check("Taalmaatjes Urk")
    dialog.search.setText("lelystad")
    shown = [
        dialog.initiatives.item(row).text()
        for row in range(dialog.initiatives.count())
        if not dialog.initiatives.item(row).isHidden()
    ]
    assert shown == ["Buurtmoestuin Lelystad"]
    assert dialog.choice().initiatives == ("Taalmaatjes Urk",)
    dialog.search.clear()
    assert not any(dialog.initiatives.item(r).isHidden() for r in range(3))


def test_the_summaries_say_what_was_done_and_what_waits(qapp):
    made = ExportResult(Path("/tmp/p.fdpakket"), "Laptop Dronten", 3, 41, 12_345)
    assert export_summary(made) == (
        "Pakket 3 voor Laptop Dronten gemaakt: 41 records, 12 kB, in /tmp/p.fdpakket."
    )
    empty = ExportResult(Path("/tmp/p.fdpakket"), "Laptop Dronten", 4, 0, 630)
    assert export_summary(empty) == (
        "Pakket 4 voor Laptop Dronten gemaakt, in /tmp/p.fdpakket: er was niets nieuws voor "
        "deze computer (1 kB)."
    )
    read = ImportResult("Makelaar Almere", 3, 17, 2, 1, already_seen=False)
    assert import_summary(read) == (
        "Pakket 3 van Makelaar Almere is ingelezen: 17 wijzigingen overgenomen. 2 velden "
        "waren aan beide kanten gewijzigd; kies onder Te beoordelen welke waarde blijft. "
        "1 nieuw record lijkt op een dat hier al staat (hetzelfde e-mailadres of dezelfde "
        "naam); kies onder Te beoordelen of u ze samenvoegt of apart houdt."
    )
    one = ImportResult("Makelaar Almere", 4, 1, 1, 3, already_seen=False)
    assert import_summary(one).startswith(
        "Pakket 4 van Makelaar Almere is ingelezen: 1 wijziging overgenomen. 1 veld was aan "
        "beide kanten gewijzigd; kies onder Te beoordelen welke waarde blijft. 3 nieuwe "
        "records lijken op records die hier al staan"
    )
    from flevodesk.services.scrubbing import PENDING_MESSAGE

    held = ImportResult("Makelaar Almere", 5, 2, 0, 0, False, PENDING_MESSAGE)
    assert import_summary(held).endswith(
        "overgenomen. Let op: de oude gegevens staan nog in het databasebestand, meestal "
        "omdat een ander programma de database nog leest; sluit dat programma. Het "
        "opruimen wordt afgemaakt zodra FlevoDesk de database weer opent."
    )
    again = ImportResult("Makelaar Almere", 3, 0, 0, 0, already_seen=True)
    assert import_summary(again) == (
        "Pakket 3 van Makelaar Almere was al eerder ingelezen; er is niets veranderd."
    )


def test_the_passphrase_question_names_the_package_by_its_readable_header(qapp):
    header: dict[str, object] = {
        "sender": {"site": "0197", "name": "Makelaar Almere"},
        "package_number": 3,
    }
    assert passphrase_question(header) == "Pakket 3 van Makelaar Almere.\n\nWachtzin van het team:"
    assert passphrase_question({}) == "Wachtzin van het team:"
