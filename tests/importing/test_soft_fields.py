"""Soft fields never keep a row out: availability as people write it is read, what cannot be
read is kept in the notes with a warning, and odd dates are warnings, not refusals."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from flevodesk.domain.people import Person
from flevodesk.services.importing.columns import recognise_columns
from flevodesk.services.importing.reading import read_csv_bytes
from flevodesk.services.importing.volunteers import ImportOptions, import_volunteers

TODAY = date(2026, 11, 28)
WEEKDAYS = ("ma", "di", "wo", "do", "vr")

# A kartrekker's list as it arrived: availability the way people write it.
KARTREKKER = (
    "Naam;E-mail;Beschikbaarheid;Opmerkingen\n"
    "Anja de Jong;anja@voorbeeld.nl;za;\n"
    "Ingrid van 't Hof;ingrid@voorbeeld.nl;wo, do;\n"
    "Kees Jansen;kees@voorbeeld.nl;ma t/m vr ochtend;\n"
    "Zoë Çelik;zoe@voorbeeld.nl;flexibel;\n"
    "Piet Bakker;piet@voorbeeld.nl;doordeweeks 's avonds;heeft een auto\n"
    "Jan Smit;jan@voorbeeld.nl;zaterdagmiddag;\n"
    "Fatima el Amrani;fatima@voorbeeld.nl;Liefst na de zomer;\n"
)


def run(db, text, **options):
    table = read_csv_bytes(text.encode())
    return import_volunteers(
        db, table, recognise_columns(table.headers), ImportOptions(**options), TODAY
    )


def people(db):
    with db.read() as session:
        return {p.email: p for p in session.scalars(select(Person))}


def whole(*days):
    return ",".join(f"{d}-{p}" for d in days for p in ("ochtend", "middag", "avond"))


def test_a_kartrekkers_list_is_imported_whole(db):
    report = run(db, KARTREKKER)
    assert report.committed and report.problems == []
    assert report.added == 7
    stored = people(db)
    assert stored["anja@voorbeeld.nl"].availability == whole("za")
    assert stored["ingrid@voorbeeld.nl"].availability == whole("wo", "do")
    assert stored["kees@voorbeeld.nl"].availability == ",".join(f"{d}-ochtend" for d in WEEKDAYS)
    assert stored["zoe@voorbeeld.nl"].availability == "flexibel"
    assert stored["piet@voorbeeld.nl"].availability == ",".join(f"{d}-avond" for d in WEEKDAYS)
    assert stored["piet@voorbeeld.nl"].notes == "heeft een auto"
    assert stored["jan@voorbeeld.nl"].availability == "za-middag"


def test_unreadable_availability_is_kept_beside_the_grid_as_typed_with_a_warning(db):
    report = run(db, KARTREKKER, skip_invalid=True)
    assert report.skipped_lines == []
    fatima = people(db)["fatima@voorbeeld.nl"]
    assert fatima.availability is None
    assert fatima.availability_note == "Liefst na de zomer"
    assert fatima.notes is None
    assert [str(w) for w in report.warnings] == [
        "regel 8: Beschikbaarheid: 'Liefst na de zomer' is niet als dagdeel te lezen; "
        "de tekst staat bij de toelichting"
    ]
    assert any(line.startswith("Waarschuwingen: 1") for line in report.summary())


def test_a_partly_readable_availability_keeps_what_it_read_and_the_whole_text(db):
    run(db, "Naam;Beschikbaarheid;Opmerkingen\nKees Jansen;za ochtend / niet in juli;belt\n")
    [kees] = people(db).values()
    assert kees.availability == "za-ochtend"
    assert kees.availability_note == "za ochtend / niet in juli"
    assert kees.notes == "belt"


def test_kept_text_is_added_to_a_matched_persons_notes_once(db):
    run(db, "Naam;E-mail;Opmerkingen\nKees Jansen;kees@voorbeeld.nl;sleutelhouder\n")
    again = "Naam;E-mail;Beschikbaarheid\nKees Jansen;kees@voorbeeld.nl;als het uitkomt\n"
    assert run(db, again).updated == 1
    assert run(db, again).updated == 0  # the same file twice adds nothing twice
    kees = people(db)["kees@voorbeeld.nl"]
    assert kees.availability_note == "als het uitkomt"
    assert kees.notes == "sleutelhouder"


def test_availability_longer_than_its_remark_holds_goes_to_the_notes(db):
    typed = "als het uitkomt, " * 15
    run(db, f"Naam;Beschikbaarheid\nKees Jansen;{typed}\n")
    [kees] = people(db).values()
    assert kees.availability_note is None
    assert kees.notes == f"Beschikbaarheid (uit import): {typed.strip()}"


def test_addresses_over_two_lines_join_and_an_overlong_place_goes_to_the_notes(db):
    place = "Dronten, maar in de zomer op de camping bij Biddinghuizen " + "x" * 40
    text = f'Naam;Adres;Woonplaats\nKees Jansen;"Kerkstraat 1\nachterom";"{place}"\n'
    report = run(db, text)
    assert report.committed
    [kees] = people(db).values()
    assert kees.address == "Kerkstraat 1, achterom"
    assert kees.place is None
    assert kees.notes == f"Woonplaats (uit import): {place}"
    assert [w.field for w in report.warnings] == ["Woonplaats"]


def test_a_line_break_inside_a_name_is_refused_naming_line_and_column(db):
    report = run(db, 'Voornaam;Achternaam\nKees;Jansen\nPiet;"Bakker\nJan Smit"\n')
    assert [str(p) for p in report.problems] == [
        "regel 3: Achternaam: 'Bakker ⏎ Jan Smit' bevat een regeleinde; zet de naam op één regel"
    ]
    assert not report.committed
    assert people(db) == {}


def test_control_characters_are_not_stored_and_are_mentioned(db):
    report = run(db, "Naam;E-mail\nKees\x00 Jan\x07sen;kees@voorbeeld.nl\n")
    assert report.committed
    [kees] = people(db).values()
    assert (kees.first_name, kees.last_name) == ("Kees", "Jansen")
    assert [str(w) for w in report.warnings] == [
        "regel 2: Naam: onzichtbare stuurtekens (zoals NUL) zijn weggelaten"
    ]


def test_unlikely_dates_are_warnings_and_the_rows_are_imported(db):
    text = (
        "Naam;E-mail;VOG-datum;Geboortejaar\n"
        "Kees Jansen;kees@voorbeeld.nl;1-1-1900;1961\n"
        "Lotte Jansen;lotte@voorbeeld.nl;;2026\n"
    )
    report = run(db, text)
    assert report.committed and report.added == 2
    assert [str(w) for w in report.warnings] == [
        "regel 2: VOG-datum: '1-1-1900' ligt meer dan 20 jaar terug; klopt de datum?",
        "regel 3: Geboortejaar: '2026': dan is deze persoon 0 jaar; klopt dat?",
    ]
    assert people(db)["lotte@voorbeeld.nl"].birth_year == 2026


def test_a_dry_run_shows_the_same_warnings(db):
    report = run(db, KARTREKKER, dry_run=True)
    assert [w.line for w in report.warnings] == [8]
    assert people(db) == {}
