"""`flevodesk import volunteers` says how it read the file, warns per line, and refuses with
one Dutch line naming the row, exit 1 and never a traceback."""

from __future__ import annotations

from sqlalchemy import delete, text

from flevodesk.cli import main
from flevodesk.domain.people import Person
from flevodesk.services.importing.volunteers import import_file, stored_as_reported
from flevodesk.store.database import Database
from flevodesk.store.location import resolve_target
from tests.importing.test_real_files import _bomb

KARTREKKER = (
    "Naam\tE-mail\tBeschikbaarheid\r\n"
    "Anja de Jong\tanja@voorbeeld.nl\tza\r\n"
    "Zoë Çelik\tzoe@voorbeeld.nl\tflexibel\r\n"
    "Piet Bakker\tpiet@voorbeeld.nl\tdoordeweeks 's avonds\r\n"
    "Fatima el Amrani\tfatima@voorbeeld.nl\tLiefst na de zomer\r\n"
)


def count(db_target):
    db = Database(resolve_target(db_target))
    try:
        with db.read() as session:
            return session.scalar(text("SELECT count(*) FROM persons"))
    finally:
        db.dispose()


def run(db_target, capsys, *args):
    code = main(["--db", str(db_target), "import", "volunteers", *map(str, args)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_excel_unicode_text_is_imported_and_the_reading_told(db, db_target, tmp_path, capsys):
    db.dispose()
    path = tmp_path / "lijst.txt"
    path.write_bytes(b"\xff\xfe" + KARTREKKER.encode("utf-16-le"))
    code, out, _err = run(db_target, capsys, path)
    assert code == 0
    assert "Gelezen als UTF-16 LE (Unicode-tekst), kolommen gescheiden door tab." in out
    assert (
        "regel 5: Beschikbaarheid: let op: 'Liefst na de zomer' is niet als dagdeel te lezen" in out
    )
    assert "Nieuwe personen: 4." in out
    assert count(db_target) == 4


def test_a_stray_quote_is_refused_with_exit_1_and_nothing_stored(db, db_target, tmp_path, capsys):
    db.dispose()
    rows = [f"Persoon{i} Jansen;p{i}@voorbeeld.nl;Urk" for i in range(100)]
    rows[10] = '"' + rows[10]  # the cell that swallowed 89 people behind "Import voltooid"
    rows[99] = 'Laatste Jansen;"laatste@voorbeeld.nl";Urk'
    path = tmp_path / "lijst.csv"
    path.write_text("Naam;E-mail;Woonplaats\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run(db_target, capsys, path)
    assert code == 1
    assert err.startswith("flevodesk: lijst.csv: Regel 12, kolom 1 (Naam): het aanhalingsteken")
    assert "Import voltooid" not in out
    assert count(db_target) == 0


def test_unreadable_files_are_refused_naming_the_row(db, db_target, tmp_path, capsys):
    db.dispose()
    mixed = tmp_path / "gemengd.csv"
    mixed.write_bytes("Naam\nZoë Çelik\nRené Smit\n".encode() + "Chloë Bakker\n".encode("cp1252"))
    huge = tmp_path / "groot.csv"
    huge.write_text("Naam;Opmerkingen\nKees Jansen;" + "x" * 300_000 + "\n", encoding="utf-8")
    bomb = tmp_path / "bom.xlsx"
    _bomb(bomb, tmp_path, megabytes=110)
    expected = {
        mixed: "flevodesk: gemengd.csv: Regel 4 is geen UTF-8-tekst",
        huge: "flevodesk: groot.csv: Regel 2, kolom 2 (Opmerkingen): de cel is 300.000 tekens",
        bomb: "flevodesk: bom.xlsx is uitgepakt 110 MB groot",
    }
    for path, message in expected.items():
        code, _out, err = run(db_target, capsys, path)
        assert code == 1
        assert err.startswith(message), err
    assert count(db_target) == 0


def test_the_report_is_checked_against_what_is_stored(db, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_text(KARTREKKER, encoding="utf-8")
    report = import_file(db, path)
    assert report.committed and report.added == 4
    assert stored_as_reported(db, report)
    with db.write() as session:
        session.execute(delete(Person).where(Person.id == report.person_ids[0]))
    assert not stored_as_reported(db, report)


def test_exit_1_when_the_stored_persons_do_not_match_the_report(
    db, db_target, tmp_path, capsys, monkeypatch
):
    import flevodesk.commands.data as data

    db.dispose()
    path = tmp_path / "lijst.csv"
    path.write_text(KARTREKKER, encoding="utf-8")
    monkeypatch.setattr(data, "stored_as_reported", lambda _db, _report: False)
    code, _out, err = run(db_target, capsys, path)
    assert code == 1
    assert "niet alle gemelde personen in de database" in err


def test_a_missing_file_is_refused_in_dutch(db, db_target, tmp_path, capsys):
    db.dispose()
    for name in ("weg.csv", "weg.xlsx"):
        code, _out, err = run(db_target, capsys, tmp_path / name)
        assert code == 1
        assert err == f"flevodesk: Kan {name} niet lezen: het bestand of de map bestaat niet.\n"
