"""Presentielijst, phone list and urenverklaring."""

import dataclasses
import io
from datetime import date

import pytest

from flevodesk.reports.data import PhoneListRow
from flevodesk.reports.formatting import printed_date
from flevodesk.reports.hours import render_hours_statement
from flevodesk.reports.phonelist import render_phonelist
from flevodesk.reports.signin import render_signin
from flevodesk.services.errors import NotFound, ServiceError
from flevodesk.services.printouts.hours import hours_statement_data
from flevodesk.services.printouts.signin import signin_data
from flevodesk.services.printouts.volunteers import phonelist_data
from tests.reports.conftest import INITIATIVE, TODAY
from tests.reports.helpers import fonts, page_texts


def _pdf(render, data) -> bytes:
    out = io.BytesIO()
    render(data, out)
    return out.getvalue()


def test_signin_sheet(report_db):
    data = signin_data(report_db, "repair café de schroevendraaier", date(2026, 12, 5))
    assert data.initiative == INITIATIVE
    pdf = _pdf(render_signin, data)
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = pages[0]
    assert "zaterdag 5 december 2026" in text
    assert "Buurthuis De Deel, Emmeloord, Noordoostpolder" in text
    assert "Naam Telefoon of e-mail (optioneel) Handtekening" in text
    assert " 20 " in f" {text} " and " 21 " not in f" {text} "
    # Residents are addressed as "u" on every printout.
    assert "uw gegevens gebruiken we alleen voor deze bijeenkomst" in text
    assert " je " not in f" {text} "
    assert all(fonts(pdf).values())


def test_signin_with_many_rows_runs_over_numbered(report_db):
    data = signin_data(report_db, INITIATIVE, date(2026, 12, 5), rows=45)
    pages = page_texts(_pdf(render_signin, data))
    assert len(pages) == 2
    assert "Naam" in pages[1] and "(vervolg)" in pages[1] and "pagina 2 van 2" in pages[1]


def test_signin_unknown_initiative(report_db):
    with pytest.raises(NotFound, match="Schaakclub"):
        signin_data(report_db, "Schaakclub", date(2026, 12, 5))


def test_phonelist_only_active_and_no_personal_details(report_db):
    data = phonelist_data(report_db, INITIATIVE, TODAY)
    assert [(r.name, r.role) for r in data.rows] == [
        ("Ayşe Çelik", "Kartrekker"),
        ("Şükrü Yılmaz", "Vrijwilliger"),
    ]
    text = page_texts(_pdf(render_phonelist, data))[0]
    assert "Şükrü Yılmaz Vrijwilliger 06-33334444 ma ochtend, middag · za middag" in text
    assert "06-11112222" in text
    for absent in ("Henk", "Ingeborg", "Kampwal", "8301", "1958", "@", "Emmeloord"):
        assert absent not in text, absent


def test_phonelist_rows_cannot_carry_personal_fields():
    names = {field.name for field in dataclasses.fields(PhoneListRow)}
    assert names == {"name", "role", "phone", "availability", "availability_note"}


def test_phonelist_shows_the_remark_beside_the_dagdelen(report_db):
    data = phonelist_data(report_db, INITIATIVE, TODAY)
    first = dataclasses.replace(data.rows[1], availability_note="om de week")
    bare = PhoneListRow(name="Kees Jansen", role="Vrijwilliger", availability_note="in overleg")
    rows = (data.rows[0], first, bare)
    text = page_texts(_pdf(render_phonelist, dataclasses.replace(data, rows=rows)))[0]
    assert "ma ochtend, middag · za middag · om de week" in text
    assert "Kees Jansen Vrijwilliger – in overleg" in text


def test_hours_statement(report_db):
    data = hours_statement_data(
        report_db, "SUKRU@example.nl", date(2026, 1, 1), date(2026, 3, 31), TODAY
    )
    assert [row.minutes for row in data.rows] == [180, 185]
    assert data.total_minutes == 365
    pdf = _pdf(render_hours_statement, data)
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "Urenverklaring",
        "Şükrü Yılmaz",
        "1 januari 2026 tot en met 31 maart 2026",
        # One initiative: named once above the table, not on every row.
        "Initiatief: Repair Café De Schroevendraaier",
        "7 februari 2026 Fietsen repareren 3:00",
        "7 maart 2026",
        "3:05",
        "Totaal 6:05",
        "Voor akkoord, kartrekker",
        "Handtekening",
    ):
        assert expected in text, expected
    assert "4 april 2026" not in text and "6 december 2025" not in text
    assert text.count("Repair Café De Schroevendraaier") == 1


def test_hours_statement_long_period_runs_over(report_db):
    data = hours_statement_data(report_db, "sukru@example.nl", date(2025, 1, 1), TODAY, TODAY)
    rows = tuple(dataclasses.replace(data.rows[0], minutes=60) for _ in range(80))
    pages = page_texts(_pdf(render_hours_statement, dataclasses.replace(data, rows=rows)))
    assert len(pages) >= 2
    assert "Totaal 80:00" in pages[-1]
    assert "Voor akkoord, kartrekker" in pages[-1]


def test_the_total_never_stands_alone_on_a_page_of_its_own(report_db):
    """Whatever the number of entries, the page with the total also shows the last entry
    (a header and "Totaal" alone on the last page looked like an empty statement)."""
    data = hours_statement_data(report_db, "sukru@example.nl", date(2025, 1, 1), TODAY, TODAY)
    day = printed_date(data.rows[0].day)
    for count in range(30, 50):
        rows = tuple(dataclasses.replace(data.rows[0], minutes=60) for _ in range(count))
        pages = page_texts(_pdf(render_hours_statement, dataclasses.replace(data, rows=rows)))
        last = next(page for page in pages if f"Totaal {count}:00" in page)
        assert day in last.split(f"Totaal {count}:00")[0].split("Uren", 1)[-1], count


def test_hours_for_several_initiatives_have_a_subtotal_each(report_db):
    data = hours_statement_data(
        report_db, "SUKRU@example.nl", date(2026, 1, 1), date(2026, 3, 31), TODAY
    )
    second = dataclasses.replace(data.rows[0], initiative="Buurtmoestuin Oost", minutes=45)
    text = page_texts(
        _pdf(render_hours_statement, dataclasses.replace(data, rows=(*data.rows, second)))
    )[0]
    assert "Subtotaal Buurtmoestuin Oost 0:45" in text
    assert "Subtotaal Repair Café De Schroevendraaier 6:05" in text
    assert "Totaal 6:50" in text
    # One initiative: the total says it all.
    assert "Subtotaal" not in page_texts(_pdf(render_hours_statement, data))[0]


def test_an_empty_period_says_so_and_asks_no_signature(report_db):
    data = hours_statement_data(report_db, "sukru@example.nl", date(2020, 1, 1), date(2020, 2, 1))
    assert data.rows == ()
    text = page_texts(_pdf(render_hours_statement, data))[0]
    assert "Geen uren vastgelegd in deze periode." in text
    assert "er is niets te ondertekenen" in text
    assert "Handtekening" not in text and "Ondergetekende" not in text


def test_hours_statement_errors(report_db):
    with pytest.raises(NotFound):
        hours_statement_data(report_db, "niemand@example.nl", date(2026, 1, 1), date(2026, 2, 1))
    with pytest.raises(ServiceError, match="einddatum"):
        hours_statement_data(report_db, "sukru@example.nl", date(2026, 2, 1), date(2026, 1, 1))
