import io
from decimal import Decimal

import pytest

from flevodesk.cli import main
from flevodesk.reports.financing import render_financing_plan
from flevodesk.services.errors import NotFound
from flevodesk.services.printouts.financing import financing_plan_data
from tests.reports.conftest import INITIATIVE, TODAY
from tests.reports.helpers import page_texts, pdf_text


@pytest.fixture(scope="module")
def plan(report_db, cafe_id):
    return financing_plan_data(report_db, cafe_id, TODAY)


def test_plan_sums_every_request_to_the_cent(plan):
    assert plan.granted == Decimal("3734.56")
    assert plan.covered == Decimal("4234.56")
    assert plan.rejected == Decimal("10000.00")
    assert plan.gap == Decimal("1765.44")
    assert [line.counts_as for line in plan.lines] == ["toegekend", "toegekend", "afgewezen"]
    assert plan.double_financed == ("Koffie en thee (Gemeente Noordoostpolder, Oranje Fonds)",)
    assert [(t.year, t.funder) for t in plan.track_record] == [
        (2026, "Gemeente Noordoostpolder"),
        (2026, "Oranje Fonds"),
    ]


def test_printout_shows_plan_warning_and_track_record(plan):
    out = io.BytesIO()
    render_financing_plan(plan, out)
    pages = page_texts(out.getvalue())
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        f"Financieringsplan {INITIATIVE}",
        "Begroting € 6.000,00",
        "Gedekt € 4.234,56",
        "waarvan eigen bijdrage € 500,00",
        # 2.500 of the 3.000 asked for: granted in part.
        "Oranje Fonds Oranje Fonds Deels toegekend € 3.000,00 € 2.500,00",
        "Provincie Flevoland Fonds Leefbaarheid Afgewezen € 10.000,00",
        "Nog niet gedekt als alles in behandeling wordt toegekend € 1.765,44",
        "Dubbel gevraagd",
        "Koffie en thee (Gemeente Noordoostpolder, Oranje Fonds)",
        "TRACKRECORD: EERDER GEFINANCIERD DOOR",
        "2026 Gemeente Noordoostpolder Initiatievenbudget € 1.234,56",
    ):
        assert expected in text, expected


def test_an_initiative_without_requests_prints_an_empty_plan(report_db):
    data = financing_plan_data(report_db, _initiative_id(report_db, "Buurtmoestuin Urk"), TODAY)
    out = io.BytesIO()
    render_financing_plan(data, out)
    text = page_texts(out.getvalue())[0]
    assert "Nog geen aanvragen." in text
    assert "Nog geen eerdere financiering vastgelegd." in text
    with pytest.raises(NotFound):
        financing_plan_data(report_db, 4242)


def test_command_line_exports_the_plan_by_initiative_name(report_db, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    code = main(
        ["--db", str(report_db.path), "export", "financing", "--initiative",
         "repair cafe de schroevendraaier", "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    assert "Financieringsplan en trackrecord geschreven" in capsys.readouterr().out
    assert "€ 1.765,44" in pdf_text(out)


def _initiative_id(db, name):
    from flevodesk.services.initiatives import InitiativeService

    return InitiativeService(db).find_by_name(name).id
