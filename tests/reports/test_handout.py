import io
from dataclasses import replace
from datetime import date

import pytest

from flevodesk.reports.data import HandoutData
from flevodesk.reports.handout import render_handout, render_handouts
from flevodesk.services.errors import NotFound
from flevodesk.services.printouts.initiative import initiative_handout_data
from flevodesk.services.printouts.initiatives import all_handouts_data
from tests.reports.conftest import INITIATIVE, TODAY
from tests.reports.helpers import fonts, page_texts, pdf_text
from tests.reports.layout_check import problems, shrunk


def _render(data: HandoutData) -> bytes:
    out = io.BytesIO()
    render_handout(data, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def cafe(report_db, cafe_id):
    return initiative_handout_data(report_db, cafe_id, TODAY)


def test_handout_data_names_only_active_kartrekkers(cafe):
    assert cafe.contact_names == ("Ayşe Çelik",)
    assert cafe.partners == ("Flever", "Gemeente Noordoostpolder")
    assert cafe.area == "Emmeloord"
    assert cafe.themes == ("Duurzaamheid", "Ontmoeting")


def test_handout_is_one_page_with_everything_a_resident_needs(cafe):
    pdf = _render(cafe)
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        INITIATIVE,
        "Inwonersinitiatief in Emmeloord, Noordoostpolder",
        "Buurthuis De Deel, Emmeloord",
        "Tijdelijke locatie tot 30 juni 2027",
        # The time span the user typed, in the house style.
        "Elke eerste zaterdag, 10.00\u201313.00 uur",
        "info@repaircafe.example.nl",
        "0527-123456",
        "Ayşe Çelik",
        "Kom langs met je kapotte spullen",
        "Reparateurs met verstand van elektronica",
        "Gastvrouwen en -heren",
        "Flever",
        "Gemeente Noordoostpolder",
        "Het begon met een kapotte stofzuiger.",
        "ook uit Şükrü’s straat",  # the apostrophe typeset
        "Jong en oud",
    ):
        assert expected in text, expected
    # The portfolio's own words stay off a page for residents.
    assert "Status" not in text and "Actief" not in text
    # Stopped and inactive kartrekkers are not named; nobody's own number is printed.
    assert "Henk" not in text and "Ingeborg" not in text
    assert "06-11112222" not in text
    assert "pagina" not in text
    assert all(fonts(pdf).values())


def test_very_long_story_flows_onto_a_second_page_at_its_own_size(cafe):
    story = "\n\n".join(
        f"Alinea {n}. " + "Een lange zin over de buurt en de mensen. " * 30 for n in range(40)
    )
    pdf = _render(replace(cafe, story=story + "\n\nHET LAATSTE WOORD"))
    pages = page_texts(pdf)
    assert len(pages) > 1
    assert "HET LAATSTE WOORD" in pages[-1]
    assert f"{cafe.name} (vervolg)" in pages[1]
    # The practical part keeps its place above the story.
    assert "info@repaircafe.example.nl" in pages[0]
    assert not shrunk(pdf) and not problems(pdf)


def test_everything_long_flows_and_nothing_is_lost(cafe):
    long = "Heel veel tekst. " * 400
    crowded = replace(
        cafe,
        name="Een initiatief met een erg lange naam " * 3,
        description=long,
        goal=long,
        how_to_join=long,
        open_roles=long,
        story=long + "HET EINDE",
        partners=tuple(f"Partner {n}" for n in range(60)),
    )
    pdf = _render(crowded)
    text = " ".join(page_texts(pdf))
    assert "Partner 59" in text and "HET EINDE" in text
    assert not shrunk(pdf) and not problems(pdf)


def test_bare_initiative_still_reads_well():
    bare = HandoutData(name="Buurtmoestuin", municipality="Urk", printed_on=date(2026, 1, 2))
    text = pdf_text(_render(bare))
    assert "Buurtmoestuin is een inwonersinitiatief in Urk." in text
    assert "Vraag bij de gemeente naar de contactgegevens." in text


def test_unknown_initiative(report_db):
    with pytest.raises(NotFound):
        initiative_handout_data(report_db, 99999)


def test_batch_one_page_each_numbered(report_db):
    handouts = all_handouts_data(report_db, today=TODAY)
    # Stopped initiatives are left out; ordered by municipality, then name.
    assert [h.name for h in handouts] == [INITIATIVE, "Buurtmoestuin Urk"]
    out = io.BytesIO()
    render_handouts(handouts, out)
    pages = page_texts(out.getvalue())
    assert len(pages) == 2
    assert INITIATIVE in pages[0] and "pagina 1 van 2" in pages[0]
    assert "Buurtmoestuin Urk" in pages[1] and "pagina 2 van 2" in pages[1]


def test_batch_for_one_municipality(report_db):
    handouts = all_handouts_data(report_db, "Urk", today=TODAY)
    assert [h.name for h in handouts] == ["Buurtmoestuin Urk"]
    with pytest.raises(NotFound):
        all_handouts_data(report_db, "Nergenshuizen")


def test_empty_batch_says_so(tmp_path):
    target = tmp_path / "leeg.pdf"
    render_handouts((), target)
    assert "Er zijn geen initiatieven om af te drukken." in pdf_text(target)


def test_many_handouts_keep_one_page_each(cafe):
    many = [replace(cafe, name=f"Initiatief {n}") for n in range(25)]
    out = io.BytesIO()
    render_handouts(many, out)
    pages = page_texts(out.getvalue())
    assert len(pages) == 25
    assert "Initiatief 24" in pages[24] and "pagina 25 van 25" in pages[24]
