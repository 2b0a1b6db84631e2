"""Te beoordelen → "Samenvoegen" / "Apart houden": a new person from a package whose e-mail
address belongs to someone here is a proposal, merged (travelling on) or kept apart."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from flevodesk.domain.enums import Role
from flevodesk.domain.people import Engagement, Person
from flevodesk.services import exchange
from flevodesk.services.persons import EngagementService, PersonService

from .conftest import settle
from .test_exchange_menu import (
    LAPTOP,
    MAKER,
    PASSPHRASE,
    a_site_of_its_own,
    first_initiative,
    initiative_id,
    maker,  # noqa: F401 (a fixture)
    review_after_reading,
    told,  # noqa: F401 (a fixture: answers the offer to delete the package)
)

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)


def _volunteer(db, initiative: str, first: str, email: str) -> int:
    person = PersonService(db).create({"first_name": first, "last_name": "Jansen", "email": email})
    EngagementService(db).start(
        person.id, initiative_id(db, initiative), Role.VRIJWILLIGER, date(2026, 1, 5)
    )
    return person.id


def _people(db) -> dict[str, str | None]:
    """First name → e-mail address of everyone with the surname Jansen."""
    with db.read() as session:
        found = session.scalars(select(Person).where(Person.last_name == "Jansen"))
        return {p.first_name: p.email for p in found}


def _engaged(db) -> list[str]:
    with db.read() as session:
        query = select(Person.first_name).join(Engagement).where(Person.last_name == "Jansen")
        return sorted(session.scalars(query))


def _settle_the_proposal(qtbot, proposed, button: str, answers) -> None:
    """Select the proposal and press ``button`` ("merge" or "apart"): it leaves the list."""
    window, review = proposed
    [row] = [i for i, c in enumerate(review.conflicts) if c.kind == "duplicate"]
    review.table.selectRow(row)
    getattr(review, button).click()
    settle(qtbot, window.bg)
    assert answers.errors == []
    assert [c for c in review.conflicts if c.kind == "duplicate"] == []


@pytest.fixture
def proposed(qtbot, maker, demo_db, db, tmp_path, monkeypatch, told):  # noqa: F811
    """The makelaar's window with the review open on one proposal: Anna, typed in on the
    laptop with the address of Anne here."""
    a_site_of_its_own(db, LAPTOP)
    shared = first_initiative(demo_db)
    out = tmp_path / "heen.fdpakket"
    exchange.export_package(demo_db, out, PASSPHRASE, peer=LAPTOP, initiatives=(shared,))
    exchange.import_package(db, out, PASSPHRASE)
    exchange.set_same_organisation(demo_db, LAPTOP, True)
    exchange.set_same_organisation(db, MAKER, True)
    _volunteer(demo_db, shared, "Anne", "anna@example.nl")
    _volunteer(db, shared, "Anna", "anna@example.nl")
    back = tmp_path / "terug.fdpakket"
    exchange.export_package(db, back, PASSPHRASE, peer=MAKER)
    return maker, review_after_reading(qtbot, maker, monkeypatch, back)


def test_a_proposal_names_both_people_and_offers_only_its_own_choices(proposed):
    _window, review = proposed
    [row] = [i for i, c in enumerate(review.conflicts) if c.kind == "duplicate"]
    assert "Anna Jansen" in review.table.item(row, 0).text()
    assert review.table.item(row, 2).text() == "al bij Anne Jansen"  # who, not an id
    assert review.merge.isVisibleTo(review) and review.apart.isVisibleTo(review)
    review.table.selectRow(row)
    assert review.merge.isEnabled() and review.apart.isEnabled()
    for other in (review.keep_mine, review.take_theirs, review.restore, review.leave):
        assert not other.isEnabled()


def test_samenvoegen_merges_the_newcomer_and_the_merge_travels(
    qtbot, proposed, demo_db, db, tmp_path, answers
):
    assert _people(demo_db) == {"Anne": "anna@example.nl", "Anna": None}
    _settle_the_proposal(qtbot, proposed, "merge", answers)
    assert _people(demo_db) == {"Anne": "anna@example.nl"}
    assert _engaged(demo_db) == ["Anne", "Anne"]  # Anna's engagement came along
    again = tmp_path / "weer-heen.fdpakket"
    exchange.export_package(demo_db, again, PASSPHRASE, peer=LAPTOP)
    exchange.import_package(db, again, PASSPHRASE)
    assert _people(db) == {"Anne": "anna@example.nl"}
    assert _engaged(db) == ["Anne", "Anne"]


def test_apart_houden_keeps_both_and_settles_the_proposal(qtbot, proposed, demo_db, answers):
    _settle_the_proposal(qtbot, proposed, "apart", answers)
    assert _people(demo_db) == {"Anne": "anna@example.nl", "Anna": None}
    assert exchange.open_conflicts(demo_db) == []
