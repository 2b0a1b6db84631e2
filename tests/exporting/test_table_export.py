"""Table exports to CSV and XLSX, and the round trip back through the importer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from flevodesk.cli import main
from flevodesk.domain.enums import FundingStatus, PersonStatus, VogOutcome
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Person
from flevodesk.domain.privacy import VogRecord
from flevodesk.services.exporting import export_table
from flevodesk.services.funding import FundingListing
from flevodesk.services.importing.volunteers import import_file
from flevodesk.services.listing import ListQuery
from flevodesk.services.persons import PersonListing

PEOPLE = [
    ("Zoë", None, "Çelik", "zoe@voorbeeld.nl", "0612345678", "Urk", date(2024, 5, 6)),
    ("Şükrü", None, "Yılmaz", None, "0320123456", "Dronten", None),
    ("Anja", "de", "Jong-Bakker", "anja@voorbeeld.nl", None, "Almere", None),
    ("Ingrid", "van 't", "Hof", None, None, "Lelystad", None),
    ("=HYPERLINK(1)", None, "+Formule", "x@voorbeeld.nl", None, "@Plaats", None),
]


@pytest.fixture
def people(db):
    with db.write() as session:
        for first, tussen, last, email, phone, place, vog in PEOPLE:
            session.add(
                Person(
                    first_name=first,
                    tussenvoegsel=tussen,
                    last_name=last,
                    email=email,
                    phone=phone,
                    place=place,
                    vog_records=[VogRecord(seen_on=vog, outcome=VogOutcome.AFGEGEVEN)]
                    if vog
                    else [],
                )
            )
        session.add(Person(first_name="Stop", last_name="Gezet", status=PersonStatus.GESTOPT))
    return db


def snapshot(db):
    with db.read() as session:
        return sorted(
            (p.first_name, p.tussenvoegsel, p.last_name, p.email, p.phone, p.place, p.vog_date)
            for p in session.scalars(select(Person))
        )


def test_csv_is_what_dutch_excel_opens(people, tmp_path):
    path = tmp_path / "vrijwilligers.csv"
    count = export_table(people, PersonListing(), ListQuery(limit=2), path, "csv")
    assert count == 6  # the whole filtered set, not the table's first page
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfAchternaam;Tussenv.;Voornaam;")
    assert b"sep=" not in data
    text = data.decode("utf-8-sig")
    assert "Çelik;;Zoë;Urk;06-12345678;zoe@voorbeeld.nl;Actief;06-05-2024\r\n" in text
    assert "'+Formule;;'=HYPERLINK(1);'@Plaats;" in text


def test_the_filter_of_the_table_is_applied(people, tmp_path):
    path = tmp_path / "gestopt.csv"
    query = ListQuery(filters={"status": PersonStatus.GESTOPT})
    assert export_table(people, PersonListing(), query, path, "csv") == 1
    assert export_table(people, PersonListing(), ListQuery(search="zoe"), path, "csv") == 1
    assert "Zoë" in path.read_text(encoding="utf-8-sig")


def test_xlsx_has_typed_cells_and_formulas_stay_text(people, tmp_path):
    path = tmp_path / "vrijwilligers.xlsx"
    export_table(people, PersonListing(), ListQuery(), path, "xlsx")
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Achternaam", "Tussenv.", "Voornaam")
    zoe = next(r for r in rows if r[2] == "Zoë")
    assert zoe[7].date() == date(2024, 5, 6)
    assert zoe[6] == "Actief"
    formula = next(r for r in rows if r[0] == "+Formule")
    assert formula[2] == "=HYPERLINK(1)"
    cell = next(c for c in sheet["C"] if c.value == "=HYPERLINK(1)")
    assert cell.data_type == "s"


def test_money_and_dates_of_the_funding_table(db, tmp_path):
    with db.write() as session:
        session.add(
            FundingApplication(
                initiative=session.scalars(select(Initiative)).first(),
                funder=session.scalars(select(Partner)).first(),
                amount_requested=Decimal("1234.50"),
                status=FundingStatus.IN_VOORBEREIDING,
                deadline=date(2027, 3, 1),
            )
        )
    csv_path, xlsx_path = tmp_path / "f.csv", tmp_path / "f.xlsx"
    export_table(db, FundingListing(), ListQuery(), csv_path, "csv")
    assert ";1234,50;;01-03-2027;" in csv_path.read_text(encoding="utf-8-sig")
    export_table(db, FundingListing(), ListQuery(), xlsx_path, "xlsx")
    row = next(load_workbook(xlsx_path).active.iter_rows(min_row=2, values_only=True))
    assert row[5] == 1234.5
    assert row[7].date() == date(2027, 3, 1)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_gives_the_same_people(people, tmp_path, fmt):
    before = snapshot(people)
    path = tmp_path / f"vrijwilligers.{fmt}"
    export_table(people, PersonListing(), ListQuery(), path, fmt)
    again = import_file(people, path)
    assert again.committed, again.problems
    assert (again.added, again.matched) == (0, 6)
    assert snapshot(people) == before
    # Into an empty database the same file gives the same people.
    with people.write() as session:
        for person in session.scalars(select(Person)):
            session.delete(person)
    fresh = import_file(people, path)
    assert fresh.added == 6, fresh.problems
    assert snapshot(people) == before


def test_command_line_exports(people, tmp_path, capsys):
    people.dispose()
    target = str(people.path or people.url)
    out = tmp_path / "v.xlsx"
    command = ["--db", target, "export", "volunteers", "--format", "xlsx", "--out", str(out)]
    assert main(command) == 0
    assert load_workbook(out).active.max_row == 7
    out = tmp_path / "i.csv"
    assert main(["--db", target, "export", "table", "initiatives", "--out", str(out)]) == 0
    assert "Repair Café Dronten" in out.read_text(encoding="utf-8-sig")
    assert main(["--db", target, "export", "table", "nergens", "--out", str(out)]) == 2
    capsys.readouterr()
