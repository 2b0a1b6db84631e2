"""The overview is made from the user's own data: the municipality edition lists that
municipality's initiatives and nobody else's with the contact they publish, and a fresh
database prints other figures than the demo set."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import InitiativeStatus
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Engagement
from flevodesk.reports.overview import render_overview
from flevodesk.services.demo import load_demo_data
from flevodesk.services.printouts.overview import overview_data
from flevodesk.services.setup import open_database
from flevodesk.store.database import Database
from tests.reports.helpers import page_texts
from tests.reports.layout_check import problems, shrunk

DAY = date(2026, 11, 1)


def _database(folder, demo: bool) -> Database:
    opened = open_database(str(folder / "overview.sqlite3"))
    if demo:
        with opened.db.write() as session:
            load_demo_data(session, today=DAY)
    return opened.db


@pytest.fixture
def demo(tmp_path) -> Iterator[Database]:
    db = _database(tmp_path, demo=True)
    yield db
    db.dispose()


def _text(db: Database, municipality: str | None = None) -> tuple[bytes, str]:
    out = io.BytesIO()
    render_overview(overview_data(db, municipality, today=DAY), out)
    pdf = out.getvalue()
    return pdf, " ".join(page_texts(pdf))


def _initiatives(db: Database) -> list[Initiative]:
    with db.read() as s:
        return list(
            s.scalars(select(Initiative).options(selectinload(Initiative.municipality))).all()
        )


def test_the_urk_edition_names_urks_initiatives_and_no_other(demo):
    pdf, text = _text(demo, "Urk")
    everyone = _initiatives(demo)
    own = [i for i in everyone if i.municipality.name == "Urk"]
    assert own
    assert "INITIATIEVEN IN URK" in text
    for initiative in everyone:
        printed = initiative.name in text
        wanted = initiative.municipality.name == "Urk"
        wanted = wanted and initiative.status is not InitiativeStatus.GESTOPT
        assert printed == wanted, initiative.name
    assert not problems(pdf) and not shrunk(pdf)


def test_contact_is_what_the_initiative_publishes_and_no_person_is_named(demo):
    """The handout names a kartrekker who consented to publication and notes its file in
    the export log; the overview, which is noted nowhere, names nobody."""
    with demo.read() as s:
        initiative = s.scalars(
            select(Initiative)
            .where(Initiative.name == "Burenhulp Urk")
            .options(selectinload(Initiative.engagements).selectinload(Engagement.person))
        ).one()
        email = initiative.contact_email
        names = [e.person.printed_name.replace("\xa0", " ") for e in initiative.engagements]
    assert email and names
    _, text = _text(demo, "Urk")
    assert email in text
    assert not [name for name in names if name in text.replace("\xa0", " ")]


def test_a_fresh_database_prints_its_own_figures_not_the_demo_sets(demo, tmp_path):
    fresh = _database(tmp_path / "fresh", demo=False)
    try:
        _, fresh_text = _text(fresh)
    finally:
        fresh.dispose()
    _, demo_text = _text(demo)
    assert "stand op 1 november 2026" in fresh_text and "stand op 1 november 2026" in demo_text
    # Demo partners and figures appear on the demo set's overview only.
    assert "Welzijn Flevoland (demo)" in demo_text
    assert "Welzijn Flevoland (demo)" not in fresh_text
    assert "Nog geen initiatieven vastgelegd" in fresh_text
    assert "Nog geen initiatieven vastgelegd" not in demo_text
