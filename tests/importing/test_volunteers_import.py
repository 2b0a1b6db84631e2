"""Importing volunteers: every error with its line, all or nothing, no duplicates."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from flevodesk.cli import main
from flevodesk.domain.enums import ConsentPurpose, Role, VogOutcome
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Engagement, Person
from flevodesk.services.errors import ServiceError
from flevodesk.services.importing.columns import ColumnMapping, recognise_columns
from flevodesk.services.importing.reading import read_csv_bytes
from flevodesk.services.importing.volunteers import (
    ImportOptions,
    import_file,
    import_volunteers,
)

TODAY = date(2026, 11, 28)
GOOD = (
    "Naam;E-mailadres;Mobiel;Postcode;Woonplaats;Geboortedatum;Initiatief;Rol;Startdatum\n"
    "Anja de Jong-Bakker;anja@voorbeeld.nl;612345678;8251 AB;Dronten;3-4-1961;"
    "Repair Café Dronten;vrijwilliger;1-2-2024\n"
    "Ingrid van 't Hof;;06 1111 2222;;Dronten;1970-01-01;Repair Café Dronten;Coördinator;\n"
    "Jansen, Kees;kees@voorbeeld.nl;;;Urk;03-04-1961;;;\n"
)


def run(db, text, encoding="utf-8", **options):
    table = read_csv_bytes(text.encode(encoding))
    return import_volunteers(
        db, table, recognise_columns(table.headers), ImportOptions(**options), TODAY
    )


def persons(db):
    with db.read() as session:
        query = select(Person).options(
            selectinload(Person.consents), selectinload(Person.vog_records)
        )
        return {p.full_name: p for p in session.scalars(query)}


def engagements(db):
    with db.read() as session:
        return session.execute(
            select(Person.first_name, Initiative.name, Engagement.role, Engagement.since)
            .join(Person)
            .join(Initiative)
            .order_by(Person.first_name)
        ).all()


def test_a_good_file_is_imported(db):
    report = run(db, GOOD)
    assert report.committed and not report.problems
    assert (report.added, report.matched, report.engagements_added) == (3, 0, 2)
    people = persons(db)
    anja = people["Anja de Jong-Bakker"]
    assert (anja.first_name, anja.tussenvoegsel, anja.last_name) == ("Anja", "de", "Jong-Bakker")
    assert anja.phone == "06-12345678"
    assert anja.postcode == "8251 AB"
    assert anja.birth_year == 1961
    assert people["Ingrid van 't Hof"].tussenvoegsel == "van 't"
    assert people["Kees Jansen"].email == "kees@voorbeeld.nl"
    assert engagements(db) == [
        ("Anja", "Repair Café Dronten", Role.VRIJWILLIGER, date(2024, 2, 1)),
        ("Ingrid", "Repair Café Dronten", Role.COORDINATOR, TODAY),
    ]


def test_importing_the_same_file_twice_adds_no_one(db):
    run(db, GOOD)
    again = run(db, GOOD)
    assert again.committed
    assert (again.added, again.matched, again.engagements_added) == (0, 3, 0)
    assert len(persons(db)) == 3
    assert len(engagements(db)) == 2


def test_match_by_email_else_name_with_phone_or_postcode(db):
    run(db, GOOD)
    changed = (
        "Voornaam;Tussenvoegsel;Achternaam;E-mail;Telefoon;Postcode;Vaardigheden\n"
        "Anja;;Anders;ANJA@voorbeeld.nl;;;koken\n"  # same e-mail, other name
        "Ingrid;van 't;Hof;ingrid@voorbeeld.nl;0611112222;;\n"  # same name and phone
        "Anja;de;Jong-Bakker;;;8251AB;\n"  # same name and postcode
        "Kees;;Jansen;kees2@voorbeeld.nl;;;\n"  # same name, other e-mail: possible duplicate
    )
    report = run(db, changed)
    assert (report.matched, report.added) == (2, 1)
    assert report.outcomes[2] == "bestaand: Anja de Jong-Bakker"
    assert report.outcomes[3] == "bestaand: Ingrid van 't Hof"
    # Row 4 is Anja again, recognised within the file through row 2's person.
    assert report.outcomes[4] == report.outcomes[2]
    assert [(d.line, d.row_name) for d in report.duplicates] == [(5, "Kees Jansen")]
    people = persons(db)
    assert people["Anja de Jong-Bakker"].skills == "koken"  # empty fields are completed
    assert people["Ingrid van 't Hof"].email == "ingrid@voorbeeld.nl"
    assert report.updated == 2
    assert len(people) == 3  # Kees Jansen twice shows as one name in the dict
    with db.read() as session:
        assert session.scalar(select(func.count(Person.id))) == 4


def test_a_row_with_only_a_name_matches_the_one_person_of_that_name(db):
    run(db, GOOD)
    report = run(db, "Naam;Woonplaats\nKees Jansen;Urk\nZoë Çelik;Urk\n")
    assert (report.matched, report.added) == (1, 1)
    run(db, "Naam;E-mail\nKees Jansen;kees2@voorbeeld.nl\n")
    report = run(db, "Naam\nKees Jansen\n")
    assert (report.matched, report.added) == (0, 1)
    assert len(report.duplicates) == 2


def test_rows_of_one_person_in_one_file_become_one_person(db):
    text = (
        "Naam;E-mail;Initiatief;Rol\n"
        "Zoë Çelik;zoe@voorbeeld.nl;Repair Café Dronten;vrijwilliger\n"
        "Zoë Çelik;zoe@voorbeeld.nl;Repair Café Dronten;bestuur\n"
    )
    report = run(db, text)
    assert (report.added, report.engagements_added) == (1, 2)
    assert len(persons(db)) == 1


ERRORS = [
    ("Naam;E-mail\n;a@b.nl\n", "regel 2: Naam: is verplicht"),
    ("Naam;E-mail\nKees;a@b.nl\n", "regel 2: Naam: 'Kees': geef voor- én achternaam"),
    ("Naam;E-mail\nKees Jansen;kees@\n", "regel 2: E-mail: 'kees@' is geen geldig e-mailadres"),
    ("Naam;Mobiel\nKees Jansen;12345\n", "regel 2: Mobiel: '12345' is geen Nederlands"),
    ("Naam;Postcode\nKees Jansen;0123 AB\n", "regel 2: Postcode: '0123 AB' is geen geldige"),
    ("Naam;Geboortedatum\nKees Jansen;31-2-1961\n", "regel 2: Geboortedatum: '31-2-1961' bestaat"),
    ("Naam;Geboortedatum\nKees Jansen;1-1-1850\n", "regel 2: Geboortedatum: moet tussen 1900"),
    ("Naam;VOG-datum\nKees Jansen;gisteren\n", "regel 2: VOG-datum: 'gisteren' is geen datum"),
    ("Naam;VOG-datum\nKees Jansen;1-1-2999\n", "regel 2: VOG-datum: ligt in de toekomst"),
    ("Naam;Status\nKees Jansen;weg\n", "regel 2: Status: 'weg' is geen status"),
    ("Naam;Toestemming\nKees Jansen;misschien\n", "regel 2: Toestemming: 'misschien' is geen"),
    ("Naam;Rol;Initiatief\nKees Jansen;baas;Repair Café Dronten\n", "regel 2: Rol: 'baas' is geen"),
    ("Naam;Rol\nKees Jansen;vrijwilliger\n", "regel 2: Initiatief: noem het initiatief"),
    ("Naam;Initiatief\nKees Jansen;Nergens\n", "regel 2: Initiatief: initiatief 'Nergens' bestaat"),
    (
        "Naam;Initiatief;Startdatum;Einddatum\nKees Jansen;Repair Café Dronten;1-1-2024;1-1-2023\n",
        "regel 2: Einddatum: ligt vóór de startdatum",
    ),
    ("Voornaam;Achternaam\nKees;" + "x" * 121 + "\n", "regel 2: Achternaam: is te lang"),
]


@pytest.mark.parametrize(("text", "message"), ERRORS)
def test_every_error_kind_names_its_line_and_column(db, text, message):
    report = run(db, "\n\n" + text.replace("\n", "\n\n", 1))
    # Two empty lines above the header and one below it: the data row is Excel's row 5.
    message = message.replace("regel 2", "regel 5")
    assert str(report.problems[0]).startswith(message)
    assert not report.committed
    assert persons(db) == {}


def test_all_problems_of_a_row_are_reported_left_to_right(db):
    report = run(db, "Naam;E-mail;Telefoon;Postcode\nKees Jansen;x;y;z\nJan Smit;j@s.nl;;\n")
    assert [(p.line, p.field) for p in report.problems] == [
        (2, "E-mail"),
        (2, "Telefoon"),
        (2, "Postcode"),
    ]


def test_an_import_with_errors_imports_nothing(db):
    report = run(db, GOOD + "Piet Bakker;piet@;;;;;;;\n")
    assert not report.committed
    assert [str(p) for p in report.problems] == [
        "regel 5: E-mailadres: 'piet@' is geen geldig e-mailadres"
    ]
    assert persons(db) == {}
    assert engagements(db) == []


def test_skip_invalid_imports_the_valid_rows_and_lists_the_rest(db):
    report = run(db, GOOD + "Piet Bakker;piet@;;;;;;;\n", skip_invalid=True)
    assert report.committed
    assert report.added == 3
    assert report.skipped_lines == [5]
    assert "Overgeslagen regels: 5." in report.summary()


def test_dry_run_reports_and_changes_nothing(db):
    report = run(db, GOOD, dry_run=True)
    assert (report.added, report.engagements_added) == (3, 2)
    assert not report.committed
    assert persons(db) == {}


def test_the_import_is_one_transaction(db, monkeypatch):
    import flevodesk.services.importing.storing as storing

    def fail(*args, **kwargs):
        raise RuntimeError("schijf vol")

    # Fail after the persons are inserted, while linking engagements.
    monkeypatch.setattr(storing, "existing_engagements", fail)
    with pytest.raises(RuntimeError):
        run(db, GOOD)
    assert persons(db) == {}


def test_unknown_initiatives_are_created_only_when_asked(db):
    text = (
        "Naam;Woonplaats;Gemeente;Initiatief\n"
        "Kees Jansen;Emmeloord;;Buurtmoestuin\n"
        "Jan Smit;Ergens;Urk;Visclub\n"
        "Piet Bakker;Ergens;;Nergensclub\n"
    )
    refused = run(db, text)
    assert refused.missing_initiatives == ["Buurtmoestuin", "Visclub", "Nergensclub"]
    assert not refused.committed
    created = run(db, text, create_initiatives=True, skip_invalid=True)
    assert created.committed
    assert created.initiatives_created == ["Buurtmoestuin", "Visclub"]
    assert [str(p) for p in created.problems] == [
        "regel 4: Initiatief: initiatief 'Nergensclub' bestaat niet en de gemeente is onbekend "
        "(voeg een kolom Gemeente toe)"
    ]
    with db.read() as session:
        made = dict(
            session.execute(
                select(Initiative.name, Initiative.municipality_id).where(
                    Initiative.name.in_(["Buurtmoestuin", "Visclub"])
                )
            ).all()
        )
    assert set(made) == {"Buurtmoestuin", "Visclub"}
    assert created.engagements_added == 2


def test_consent_yes_gets_a_date_and_the_default_purpose(db):
    run(db, "Naam;Toestemming;Beschikbaarheid\nKees Jansen;ja;Maandagavond, za ochtend\n")
    kees = persons(db)["Kees Jansen"]
    [consent] = kees.consents
    assert (consent.purpose, consent.given_on) == (ConsentPurpose.CONTACT, TODAY)
    assert consent.notes == "vrijwilligersadministratie"
    assert kees.availability == "ma-avond,za-ochtend"


def test_a_mapping_without_a_name_column_is_refused(db):
    table = read_csv_bytes(b"E-mail\na@b.nl\n")
    with pytest.raises(ServiceError, match="naam"):
        import_volunteers(db, table, ColumnMapping(tuple(table.headers), (None,)))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_files_in_every_encoding_and_delimiter(db, tmp_path, encoding, delimiter):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(csv.reader(io.StringIO(GOOD), delimiter=";"))
    text = buffer.getvalue()
    assert '"Jansen, Kees"' in text or delimiter == ";"
    path = tmp_path / "vrijwilligers.csv"
    path.write_bytes(text.encode(encoding))
    report = import_file(db, path)
    assert report.committed, report.problems
    assert "Repair Café Dronten" in {e[1] for e in engagements(db)}
    assert set(persons(db)) == {"Anja de Jong-Bakker", "Ingrid van 't Hof", "Kees Jansen"}


def test_xlsx_with_date_cells_and_numeric_phones(db, tmp_path):
    path = tmp_path / "vrijwilligers.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "Telefoon", "VOG-datum", "Geboortejaar"])
    sheet.append(["Şükrü", "Yılmaz", 612345678, date(2024, 5, 6), 1988])
    sheet.append([])
    sheet.append(["Zoë", "Çelik", "0320-123456", "6-5-2024", "1990"])
    book.save(path)
    report = import_file(db, path)
    assert report.committed, report.problems
    people = persons(db)
    assert people["Şükrü Yılmaz"].phone == "06-12345678"
    for name in ("Şükrü Yılmaz", "Zoë Çelik"):
        [vog] = people[name].vog_records
        assert (vog.seen_on, vog.valid_until) == (date(2024, 5, 6), date(2027, 5, 6))
        assert vog.outcome is VogOutcome.AFGEGEVEN
    # A second import of the same file adds no second VOG.
    assert import_file(db, path).committed
    assert len(persons(db)["Zoë Çelik"].vog_records) == 1
    assert people["Zoë Çelik"].birth_year == 1990


def test_xlsx_errors_use_sheet_row_numbers(db, tmp_path):
    path = tmp_path / "vrijwilligers.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["Naam", "E-mail"])
    sheet.append([])
    sheet.append(["Kees Jansen", "fout"])
    book.save(path)
    report = import_file(db, path)
    assert [str(p) for p in report.problems] == [
        "regel 3: E-mail: 'fout' is geen geldig e-mailadres"
    ]


def test_command_line_exit_codes(db, tmp_path, capsys):
    db.dispose()
    target = str(db.path or db.url)
    good = tmp_path / "goed.csv"
    good.write_bytes(GOOD.encode("cp1252"))
    bad = tmp_path / "fout.csv"
    bad.write_bytes((GOOD + "Piet Bakker;piet@;;;;;;;\n").encode("utf-8-sig"))

    assert main(["--db", target, "import", "volunteers", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "regel 5: E-mailadres: 'piet@' is geen geldig e-mailadres" in err
    assert main(["--db", target, "import", "volunteers", str(good), "--dry-run"]) == 0
    assert "Proefimport" in capsys.readouterr().out
    assert persons(db) == {}
    assert main(["--db", target, "import", "volunteers", str(bad), "--skip-invalid"]) == 0
    assert "Overgeslagen regels: 5." in capsys.readouterr().out
    assert main(["--db", target, "import", "volunteers", str(good)]) == 0
    assert "Nieuwe personen: 0." in capsys.readouterr().out
    assert len(persons(db)) == 3
    unknown = tmp_path / "nieuw.csv"
    unknown.write_bytes(b"Naam;Initiatief;Gemeente\nJan Smit;Visclub;Urk\n")
    assert main(["--db", target, "import", "volunteers", str(unknown)]) == 1
    assert "--create-initiatives" in capsys.readouterr().err
    assert main(["--db", target, "import", "volunteers", str(unknown), "--create-initiatives"]) == 0
    assert "Nieuwe initiatieven: Visclub." in capsys.readouterr().out


def test_imported_rows_say_who_imported_them(db):
    # The bulk INSERTs bypass the unit of work; they must still say who saved (a stale
    # save later names that person).
    db.author_name = "Bram de Vries"
    assert run(db, GOOD).committed
    with db.read() as session:
        people = set(session.scalars(select(Person.updated_by)))
        engagements = set(session.scalars(select(Engagement.updated_by)))
    assert people == {"Bram de Vries"}
    assert engagements == {"Bram de Vries"}
