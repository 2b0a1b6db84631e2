"""Gegevens → Uitwisselen against the real exchange: one database's package read by another.

The makelaar's database is the demo set, the kartrekker's laptop a fresh database; each
has a window of its own, and the file and message dialogs answer as a user would.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from flevodesk.services import exchange
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.lookups import choice_lists
from flevodesk.store.identity import IDENTITY_KEY
from flevodesk.ui import exchange_menu, file_choice
from flevodesk.ui.main_window import MainWindow

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)

PASSPHRASE = "paard batterij nietje"
MAKER, LAPTOP = "Makelaar Almere", "Laptop Dronten"


@pytest.fixture
def told(monkeypatch):
    """What the message boxes said, and what the confirmations asked (answered by ``yes``)."""
    said: dict[str, list[str]] = {"inform": [], "confirm": [], "yes": ["ja"]}
    monkeypatch.setattr(file_choice, "inform", lambda _w, _t, text: said["inform"].append(text))

    def confirm(_w, _t, text):
        said["confirm"].append(text)
        return bool(said["yes"])

    monkeypatch.setattr(file_choice, "confirm", confirm)
    return said


def a_site_of_its_own(db, name: str) -> None:
    """Give ``db`` an identity of its own, and so a site: on a server the test databases
    are copies of one template and would otherwise be the same site."""
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE settings SET value = :v WHERE key = :k"),
            {"v": str(uuid.uuid4()), "k": IDENTITY_KEY},
        )
    exchange.set_site_name(db, name)


def open_window(qtbot, settings, db, name: str) -> MainWindow:
    a_site_of_its_own(db, name)
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    return window


def menu_of(window: MainWindow) -> exchange_menu.ExchangeMenu:
    return window.data_actions.exchange


def first_initiative(db) -> str:
    """An initiative of the user's own: demo records never travel in a package."""
    municipality = choice_lists(db).municipalities[0].id
    return (
        InitiativeService(db)
        .create({"name": "Buurtkeuken Haven", "municipality_id": municipality})
        .name
    )


def initiative_id(db, name: str) -> int:
    return next(c.id for c in choice_lists(db).initiatives if c.label == name)


def make_package(qtbot, window, monkeypatch, out: Path, peer: str, share: tuple[str, ...]):
    """Pakket maken voor… as a user fills it in."""
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a, **_k: out)
    menu_of(window).export.trigger()
    settle(qtbot, window.bg)
    dialog = menu_of(window).export_dialog
    dialog.peer.setCurrentText(peer)
    for name in share:
        dialog.check(name)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE)
    dialog.ok.click()
    settle(qtbot, window.bg)


def read_package(qtbot, window, monkeypatch, path: Path, passphrase: str = PASSPHRASE):
    """Pakket inlezen…; returns the passphrase questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(file_choice, "ask_open_path", lambda *_a, **_k: path)
    monkeypatch.setattr(
        exchange_menu,
        "ask_text",
        lambda _w, _t, label, _e, *_r: (asked.append(label), (passphrase, True))[1],
    )
    menu_of(window).import_.trigger()
    settle(qtbot, window.bg)
    return asked


def review_after_reading(qtbot, window, monkeypatch, path: Path):
    """Read ``path`` in ``window``: the review opens by itself, shown here once read."""
    read_package(qtbot, window, monkeypatch, path)
    review = menu_of(window).review_dialog
    assert review is not None and review.isVisible()
    settle(qtbot, window.bg)
    return review


@pytest.fixture
def maker(qtbot, settings, demo_db, answers):
    window = open_window(qtbot, settings, demo_db, MAKER)
    yield window
    window.bg.wait()


@pytest.fixture
def laptop(qtbot, tmp_path, db, answers):
    from PySide6.QtCore import QSettings

    own = QSettings(str(tmp_path / "laptop.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, own, db, LAPTOP)
    yield window
    window.bg.wait()


def test_a_package_made_in_one_window_is_read_in_the_other_and_deleted_on_request(
    qtbot, maker, laptop, demo_db, db, tmp_path, monkeypatch, told, answers
):
    shared = first_initiative(demo_db)
    out = tmp_path / "voor-laptop.fdpakket"
    make_package(qtbot, maker, monkeypatch, out, LAPTOP, (shared,))
    assert answers.errors == []
    [made] = told["inform"]
    assert made.startswith(f"Pakket 1 voor {LAPTOP} gemaakt: ") and str(out) in made
    assert out.is_file()
    assert shared not in [c.label for c in choice_lists(db).initiatives]

    asked = read_package(qtbot, laptop, monkeypatch, out)
    assert answers.errors == []
    assert asked == [f"Pakket 1 van {MAKER}.\n\nWachtzin van het team:"]
    [question] = told["confirm"]
    assert question.startswith(f"Pakket 1 van {MAKER} is ingelezen: ")
    assert question.endswith(
        "Het bestand voor-laptop.fdpakket is nu niet meer nodig. Wie het "
        "vindt en de wachtzin kent, kan het lezen. Nu verwijderen?"
    )
    assert not out.exists()
    assert shared in [c.label for c in choice_lists(db).initiatives]
    assert laptop.statusBar().currentMessage() == "Het pakket voor-laptop.fdpakket is verwijderd."


def test_the_export_dialog_marks_what_the_computer_has_received_from_us_or_sent_us(
    qtbot, maker, laptop, demo_db, tmp_path, monkeypatch, told, answers
):
    shared = first_initiative(demo_db)
    out = tmp_path / "voor-laptop.fdpakket"
    make_package(qtbot, maker, monkeypatch, out, LAPTOP, (shared,))
    read_package(qtbot, laptop, monkeypatch, out)
    for window, peer in ((maker, LAPTOP), (laptop, MAKER)):
        menu_of(window).export.trigger()
        settle(qtbot, window.bg)
        dialog = menu_of(window).export_dialog
        dialog.peer.setCurrentText(peer)
        assert dialog.already_there() == [shared], peer
        dialog.peer.setCurrentText("Een nieuwe computer")
        assert dialog.already_there() == []
        dialog.reject()
    assert answers.errors == []


def test_a_package_read_again_changes_nothing_and_is_kept_when_the_user_says_no(
    qtbot, maker, laptop, demo_db, tmp_path, monkeypatch, told, answers
):
    out = tmp_path / "voor-laptop.fdpakket"
    make_package(qtbot, maker, monkeypatch, out, LAPTOP, (first_initiative(demo_db),))
    told["yes"].clear()
    read_package(qtbot, laptop, monkeypatch, out)
    read_package(qtbot, laptop, monkeypatch, out)
    assert answers.errors == []
    assert told["confirm"][1].startswith(
        f"Pakket 1 van {MAKER} was al eerder ingelezen; er is niets veranderd."
    )
    assert out.is_file()


def test_a_wrong_passphrase_or_another_file_is_one_dutch_line_and_nothing_changes(
    qtbot, maker, laptop, demo_db, db, tmp_path, monkeypatch, told, answers
):
    shared = first_initiative(demo_db)
    out = tmp_path / "voor-laptop.fdpakket"
    make_package(qtbot, maker, monkeypatch, out, LAPTOP, (shared,))
    read_package(qtbot, laptop, monkeypatch, out, passphrase="een andere wachtzin")
    assert answers.errors == [
        "Het pakket voor-laptop.fdpakket kan niet worden geopend: de wachtzin is onjuist of "
        "het bestand is na het maken veranderd (die twee zijn niet van elkaar te "
        "onderscheiden); er is niets ingelezen."
    ]
    assert told["confirm"] == [] and out.is_file()
    assert shared not in [c.label for c in choice_lists(db).initiatives]
    answers.errors.clear()
    other = tmp_path / "lijst.csv"
    other.write_text("naam;e-mail\n", encoding="utf-8")
    asked = read_package(qtbot, laptop, monkeypatch, other)
    assert asked == []  # told before a passphrase is asked
    assert answers.errors == ["Het pakket lijst.csv is geen FlevoDesk-uitwisselpakket."]


def test_a_field_both_changed_is_shown_for_review_and_the_choice_is_stored(
    qtbot, maker, demo_db, db, tmp_path, monkeypatch, told, answers
):
    a_site_of_its_own(db, LAPTOP)
    shared = first_initiative(demo_db)
    first = tmp_path / "heen.fdpakket"
    exchange.export_package(demo_db, first, PASSPHRASE, peer=LAPTOP, initiatives=(shared,))
    exchange.import_package(db, first, PASSPHRASE)
    here, there = InitiativeService(demo_db), InitiativeService(db)
    mine = here.get(initiative_id(demo_db, shared))
    here.update(mine.id, mine.version, {"goal": "Doel volgens de makelaar"})
    theirs = there.get(initiative_id(db, shared))
    there.update(theirs.id, theirs.version, {"goal": "Doel volgens de laptop"})
    back = tmp_path / "terug.fdpakket"
    exchange.export_package(db, back, PASSPHRASE, peer=MAKER)

    review = review_after_reading(qtbot, maker, monkeypatch, back)
    assert answers.errors == []
    [conflict] = review.conflicts
    assert {conflict.ours, conflict.theirs} == {
        "Doel volgens de makelaar",
        "Doel volgens de laptop",
    }
    assert conflict.theirs_site == LAPTOP
    cells = [review.table.item(0, column).text() for column in range(5)]
    assert cells[1:4] == [conflict.field_label, conflict.ours, conflict.theirs]
    assert cells[4].startswith(LAPTOP)
    assert not review.take_theirs.isEnabled()  # nothing selected yet
    assert review.hint.text() == "Kies eerst een of meer regels." and not review.hint.isHidden()
    review.table.selectRow(0)
    assert review.take_theirs.isEnabled() and review.hint.isHidden()
    review.take_theirs.click()
    settle(qtbot, maker.bg)
    assert answers.errors == []
    assert review.conflicts == [] and not review.empty.isHidden()
    assert here.get(mine.id).goal == conflict.theirs
    assert exchange.open_conflicts(demo_db) == []


def test_a_volunteer_deleted_there_and_moved_here_is_restored_from_the_review(
    qtbot, maker, demo_db, db, tmp_path, monkeypatch, told, answers
):
    from datetime import date

    from sqlalchemy import select

    from flevodesk.domain.enums import Role
    from flevodesk.domain.people import Person
    from flevodesk.services.persons import EngagementService, PersonService

    a_site_of_its_own(db, LAPTOP)
    shared = first_initiative(demo_db)
    here = PersonService(demo_db)
    anna = here.create({"first_name": "Anna", "last_name": "Terugkeer"})
    EngagementService(demo_db).start(
        anna.id, initiative_id(demo_db, shared), Role.VRIJWILLIGER, date(2026, 1, 5)
    )
    first = tmp_path / "heen.fdpakket"
    exchange.export_package(demo_db, first, PASSPHRASE, peer=LAPTOP, initiatives=(shared,))
    exchange.import_package(db, first, PASSPHRASE)

    def anna_in(database):
        with database.read() as session:
            return session.scalar(select(Person).where(Person.last_name == "Terugkeer"))

    PersonService(db).delete(anna_in(db).id)  # the laptop deletes her
    here.update(anna.id, here.get(anna.id).version, {"place": "Almere"})  # and here she moved
    back = tmp_path / "terug.fdpakket"
    exchange.export_package(db, back, PASSPHRASE, peer=MAKER)

    review = review_after_reading(qtbot, maker, monkeypatch, back)
    assert anna_in(demo_db) is None
    rows = [i for i, c in enumerate(review.conflicts) if c.kind == "delete"]
    assert rows and "Anna" in review.table.item(rows[0], 0).text()
    review.table.selectRow(rows[0])
    assert review.restore.isEnabled() and review.leave.isEnabled()
    assert not review.keep_mine.isEnabled() and not review.take_theirs.isEnabled()
    review.restore.click()
    settle(qtbot, maker.bg)
    assert answers.errors == []
    assert anna_in(demo_db).place == "Almere"
    assert [c for c in review.conflicts if c.kind == "delete"] == []
    # The restore travels: the laptop has her back too.
    again = tmp_path / "weer-heen.fdpakket"
    exchange.export_package(demo_db, again, PASSPHRASE, peer=LAPTOP)
    exchange.import_package(db, again, PASSPHRASE)
    assert anna_in(db).place == "Almere"


def test_the_name_of_this_computer_is_shown_and_changed(qtbot, laptop, db, monkeypatch, answers):
    shown: list[str] = []

    def answer(_w, _t, _label, _echo, text=""):
        shown.append(text)
        return "  Laptop Repair Café Dronten ", True

    monkeypatch.setattr(exchange_menu, "ask_text", answer)
    menu_of(laptop).name.trigger()
    settle(qtbot, laptop.bg)
    assert shown == [LAPTOP]
    assert exchange.site_name(db) == "Laptop Repair Café Dronten"
    assert (
        laptop.statusBar().currentMessage() == "Deze computer heet nu Laptop Repair Café Dronten."
    )
    monkeypatch.setattr(exchange_menu, "ask_text", lambda *_a: ("  ", True))
    menu_of(laptop).name.trigger()
    settle(qtbot, laptop.bg)
    assert answers.errors == ["De naam van deze computer mag niet leeg zijn."]
    assert exchange.site_name(db) == "Laptop Repair Café Dronten"


def test_the_submenu_sits_in_gegevens(maker):
    titles = {a.text().replace("&", ""): a for a in maker.data_menu.actions()}
    submenu = titles["Uitwisselen"].menu()
    assert [a.text().replace("&", "") for a in submenu.actions() if a.text()] == [
        "Pakket maken voor…",
        "Pakket inlezen…",
        "Te beoordelen…",
        "Naam van deze computer…",
    ]


def test_a_package_waits_until_the_edits_in_a_form_are_saved(qtbot, maker, monkeypatch, answers):
    tab = next(iter(maker.record_tabs.values()))
    maker.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    settle(qtbot, maker.bg)
    field = next(
        tab.form.fields[n] for n in ("notes", "offers", "location") if n in tab.form.fields
    )
    field.set_value("Nog niet opgeslagen")
    field.changed.emit()  # as typing does
    assert tab.form.dirty
    monkeypatch.setattr(file_choice, "ask_open_path", lambda *_a, **_k: pytest.fail("asked"))
    for action in (menu_of(maker).export, menu_of(maker).import_):
        action.trigger()
        settle(qtbot, maker.bg)
    assert menu_of(maker).export_dialog is None
    assert answers.errors == ["Sla eerst uw wijzigingen op (of maak ze ongedaan)."] * 2
