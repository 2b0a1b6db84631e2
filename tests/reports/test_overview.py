import io
import json
from dataclasses import replace

import pytest
from reportlab.lib.rl_accel import fp_str

from flevodesk.domain.enums import Audience
from flevodesk.reports.audience import audience_label, symbol_letters
from flevodesk.reports.data import (
    ImpressionItem,
    OverviewData,
    PartnerItem,
    SuccessFactorItem,
)
from flevodesk.reports.formatting import plain_link_text, typographic
from flevodesk.reports.metadata import repeatable
from flevodesk.reports.overview import closing_words, render_overview
from flevodesk.reports.styles import AUDIENCE_COLOURS
from flevodesk.services.errors import NotFound
from flevodesk.services.printouts.overview import overview_data
from flevodesk.services.reference import reference_file
from tests.reports.helpers import fonts, page_texts, reader, squash
from tests.reports.layout_check import problems, shrunk


def _render(data: OverviewData) -> bytes:
    out = io.BytesIO()
    render_overview(data, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def seed():
    return json.loads(reference_file().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def full(report_db):
    return overview_data(report_db)


@pytest.fixture(scope="module")
def full_pdf(full):
    return _render(full)


def _strip(text):
    """The seed's words as printed: without its bold marks, its quotes typeset."""
    return squash(typographic(text.replace("**", "")))


def test_three_pages_fonts_embedded_no_standard_font(full_pdf):
    pages = page_texts(full_pdf)
    assert len(pages) == 3
    used = fonts(full_pdf)
    assert used and all(used.values()), used
    assert all("DejaVuSans" in name for name in used)


def test_every_seed_phrase_is_printed(full, full_pdf, seed):
    page_one, page_two, _figures = page_texts(full_pdf)
    everything = page_one + " " + page_two
    for municipality, impression in seed["impressions"]:
        assert municipality in page_one
        assert _strip(impression) in page_one
    for name, explanation in seed["success_factors"]:
        assert name in page_one and _strip(explanation) in page_one
    for texts in seed["challenges"].values():
        for challenge in texts:
            assert _strip(challenge) in page_one
    for link in seed["links"]:
        # On the network page, where the links have room for their address and QR code.
        assert _strip(plain_link_text(link)) in page_two
    for partner in seed["partners"]:
        assert partner["name"] in page_two
        assert _strip(partner["offers"]) in page_two
    for heading in (
        "IMPRESSIES UIT DE GESPREKKEN OP STRAAT",
        "SUCCESFACTOREN",
        "INSPIRATIE VINDEN BIJ ELKAAR",
        "INWONERS PERSPECTIEF",
        "GEMEENTELIJK PERSPECTIEF",
    ):
        assert heading in page_one
    assert "VERDER INTERESSANT" in page_two
    for word, _ in closing_words():
        assert word in page_one
    assert "LEGENDA" in page_two and "Interessant voor:" in page_two
    used = {a for p in full.partners_flevoland + full.partners_landelijk for a in p.audiences}
    for audience in Audience:
        label = f"{symbol_letters(audience)} {audience_label(audience)}"
        assert (label in page_two) == (audience in used)
    assert "Werkplaats Sociaal Domein Flevoland / Hogeschool Windesheim" in everything


def test_practices_grouped_by_category_with_display_names(full, full_pdf):
    page_one = page_texts(full_pdf)[0]
    headings = [group.heading for group in full.practice_groups]
    assert headings[:3] == [
        "Weten wat mensen willen",
        "Laagdrempelig aanspreekpunt",
        "Expliciet maken participatiekaders",
    ]
    assert "MeerSamen-agenda, Dronten" in headings
    first = full.practice_groups[0]
    assert [i.name for i in first.items] == [
        "Ideeënmarkt (NOP, Zeewolde)",
        "Het beste idee van Dronten",
    ]
    for group in full.practice_groups:
        assert group.heading in page_one
        for item in group.items:
            assert item.name in page_one
    standalone = [g for g in full.practice_groups if not g.items]
    assert len(standalone) == 2


def test_bold_markers_become_bold_runs(full_pdf):
    # The marker itself must never reach paper; the bold face must be in use on page 1.
    assert "**" not in page_texts(full_pdf)[0]
    assert b"DejaVuSans-Bold" in full_pdf


def test_partner_audiences_drawn_as_symbols(full, full_pdf):
    flever = next(p for p in full.partners_flevoland if p.name == "Flever")
    assert flever.audiences == (Audience.INITIATIEVEN, Audience.PROFESSIONALS)
    content = reader(full_pdf).pages[1].get_contents().get_data().decode("latin-1")

    def discs(audience):
        red, green, blue = AUDIENCE_COLOURS[audience].rgb()
        return content.count(f"{fp_str(red, green, blue)} rg")

    # The legend shows the symbols some card carries, once each; Flever adds its two.
    used = {a for p in full.partners_flevoland + full.partners_landelijk for a in p.audiences}
    carrying = {
        a: sum(a in p.audiences for p in full.partners_flevoland + full.partners_landelijk)
        for a in Audience
    }
    for audience in Audience:
        legend = 1 if audience in used else 0
        assert discs(audience) == legend + carrying[audience], audience


def test_municipality_filter_narrows_impressions_and_practices(report_db, seed):
    data = overview_data(report_db, "nop")
    assert data.municipality == "Noordoostpolder"
    assert [i.municipality for i in data.impressions] == ["Noordoostpolder"]
    page_one = page_texts(_render(data))[0]
    assert "gemeente Noordoostpolder" in page_one
    assert "Ideeënmarkt (NOP, Zeewolde)" in page_one
    assert "Ideeënmakelaar (Lelystad)" not in page_one
    assert "Verdeeld beeld" not in page_one
    # Success factors and challenges stay whole.
    assert all(name in page_one for name, _ in seed["success_factors"])
    assert "Schotten" in page_one


def test_unknown_municipality(report_db):
    with pytest.raises(NotFound, match="Atlantis"):
        overview_data(report_db, "Atlantis")


def test_overflow_flows_onto_more_pages_at_its_own_size(full):
    crowded = replace(
        full,
        success_factors=full.success_factors * 8,
        impressions=full.impressions * 3,
        partners_landelijk=full.partners_landelijk * 10,
        municipality="Noordoostpolder",
    )
    pdf = _render(crowded)
    pages = page_texts(pdf)
    assert len(pages) > 3
    # The success factors begin on page one and go on under the repeated header.
    assert "SUCCESFACTOREN" in pages[0]
    assert "(vervolg)" in pages[1] and "Vrijwilligers dragen de initiatieven" in pages[1]
    assert "IN CIJFERS" in " ".join(pages[3:])
    assert not shrunk(pdf) and not problems(pdf)


def test_unicode_and_empty_data_render():
    data = OverviewData(
        impressions=(ImpressionItem("Urk", "Ayşe Çelik en Şükrü: ideeën, ı"),),
        success_factors=(SuccessFactorItem("Één", "ëïöü"),),
        practice_groups=(),
        challenges_inwoners=(),
        challenges_gemeente=(),
        links=(),
        partners_flevoland=(PartnerItem("Flever"),),
        partners_landelijk=(),
    )
    pdf = _render(data)
    text = " ".join(page_texts(pdf))
    assert "Ayşe Çelik en Şükrü: ideeën, ı" in text
    # Nothing to show is left out, no placeholder printed in its place.
    assert "Nog geen" not in text and "INSPIRATIE" not in text and "LEGENDA" not in text
    assert all(fonts(pdf).values())
    bare = _render(replace(data, partners_flevoland=()))
    assert "Nog geen partners vastgelegd." in " ".join(page_texts(bare))


def test_output_is_reproducible(full):
    # Printouts carry their real creation date; asked for, the same data gives the same bytes.
    with repeatable():
        assert _render(full) == _render(full)
