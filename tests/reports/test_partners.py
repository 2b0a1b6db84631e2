import io
from dataclasses import replace

from flevodesk.domain.enums import Audience
from flevodesk.reports.data import PartnerItem
from flevodesk.reports.partners import render_partner_sheet
from flevodesk.services.printouts.partners import partner_sheet_data
from tests.reports.conftest import TODAY
from tests.reports.helpers import fonts, page_texts


def _render(data) -> bytes:
    out = io.BytesIO()
    render_partner_sheet(data, out)
    return out.getvalue()


def test_the_scopes_share_one_page_while_they_fit(report_db):
    data = partner_sheet_data(report_db, TODAY)
    assert [g.title for g in data.groups] == [
        "Partners in de gemeente",
        "Partners in Flevoland",
        "Landelijke partners",
    ]
    pdf = _render(data)
    pages = page_texts(pdf)
    # Three scopes of a few partners each no longer take a page each.
    assert len(pages) < len(data.groups)
    page = " ".join(pages)
    gemeente, rest = page.split("PARTNERS IN FLEVOLAND", 1)
    flevoland, landelijk = rest.split("LANDELIJKE PARTNERS", 1)
    assert "PARTNERS IN DE GEMEENTE" in gemeente
    assert "Gemeente Noordoostpolder" in gemeente
    assert "Ingrid Bakker – Gebiedsregisseur, 06-12345678, i.bakker@noordoostpolder.nl" in gemeente
    assert "https://www.noordoostpolder.nl · 0527-633911" in gemeente
    assert "interessant voor inwoners, initiatieven, gemeenten" in gemeente
    # The kind is a kind, not the "gemeentelijk perspectief" of the challenges.
    assert "Gemeente · Noordoostpolder" in gemeente
    assert "perspectief" not in gemeente.lower()
    assert "Flever" in flevoland and "info@flever.nl" in flevoland
    assert "Regiegroep CPO Flevoland" in flevoland
    assert "Movisie" in landelijk and "ZorgSaamWonen" in landelijk
    assert "LANDELIJKE PARTNERS" in pages[0]
    assert all(fonts(pdf).values())


def test_many_partners_flow_over_pages_with_running_header(report_db):
    data = partner_sheet_data(report_db, TODAY)
    crowd = tuple(
        PartnerItem(
            name=f"Organisatie {n:03d}",
            offers="Advies en netwerk. " * 6,
            website=f"https://org{n}.example.nl",
        )
        for n in range(120)
    )
    groups = (replace(data.groups[0], partners=crowd), *data.groups[1:])
    pages = page_texts(_render(replace(data, groups=groups)))
    assert len(pages) > 4
    assert all("Netwerk partners (vervolg)" in page for page in pages[1:])
    text = " ".join(pages)
    assert all(f"Organisatie {n:03d}" in text for n in range(120))
    # Two cards side by side: 120 partners of this size take half the pages one column would.
    assert len(pages) <= 8
    assert "PARTNERS IN FLEVOLAND" in text
    assert f"pagina {len(pages)} van {len(pages)}" in pages[-1]


def test_the_legend_explains_only_the_symbols_the_cards_carry(report_db):
    data = partner_sheet_data(report_db, TODAY)
    plain = tuple(
        replace(g, partners=tuple(replace(p, audiences=()) for p in g.partners))
        for g in data.groups
    )
    assert "Interessant voor" not in page_texts(_render(replace(data, groups=plain)))[0]
    one = (
        replace(
            plain[0],
            partners=(
                replace(plain[0].partners[0], audiences=(Audience.INWONERS,)),
                *plain[0].partners[1:],
            ),
        ),
        *plain[1:],
    )
    first = page_texts(_render(replace(data, groups=one)))[0]
    assert "Interessant voor" in first and "Inwoners" in first
    assert "Professionals" not in first
