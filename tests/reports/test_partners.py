import io
from dataclasses import replace

from flevodesk.reports.data import PartnerItem
from flevodesk.reports.partners import render_partner_sheet
from flevodesk.services.printouts.partners import partner_sheet_data
from tests.reports.conftest import TODAY
from tests.reports.helpers import fonts, page_texts


def _render(data) -> bytes:
    out = io.BytesIO()
    render_partner_sheet(data, out)
    return out.getvalue()


def test_one_page_per_scope_with_contacts(report_db):
    data = partner_sheet_data(report_db, TODAY)
    assert [g.title for g in data.groups] == [
        "Partners in de gemeente",
        "Partners in Flevoland",
        "Landelijke partners",
    ]
    pdf = _render(data)
    gemeente, flevoland, landelijk = page_texts(pdf)
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
    assert "pagina 3 van 3" in landelijk
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
    assert "Partners in de gemeente (vervolg)" in pages[1]
    text = " ".join(pages)
    assert all(f"Organisatie {n:03d}" in text for n in range(120))
    # Each scope still starts on a page of its own.
    assert "PARTNERS IN FLEVOLAND" in pages[-2]
    assert f"pagina {len(pages)} van {len(pages)}" in pages[-1]
