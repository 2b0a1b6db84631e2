"""The command-line flow makelaar -> kartrekker -> makelaar, with the real package files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from flevodesk.cli import main
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Engagement, Person
from flevodesk.store.database import Database

ERASED = ("Bertholdus", "Zwanenburgquist", "bertholdus@example.nl")


def _db(path: Path) -> Database:
    return Database(f"sqlite:///{path}")


def _add(path: Path, initiative: str, *people: tuple[str, str, str]) -> None:
    db = _db(path)
    try:
        with db.write() as session:
            found = session.scalar(select(Initiative).where(Initiative.name == initiative))
            if found is None:
                town = session.scalar(select(Municipality).where(Municipality.name == "Dronten"))
                found = Initiative(name=initiative, municipality=town)
                session.add(found)
            for first, last, email in people:
                person = Person(first_name=first, last_name=last, email=email)
                session.add(person)
                session.add(Engagement(person=person, initiative=found, since=date(2026, 2, 1)))
    finally:
        db.dispose()


def _count(path: Path, model, **where) -> int:
    db = _db(path)
    try:
        with db.read() as session:
            query = select(func.count()).select_from(model).filter_by(**where)
            return int(session.scalar(query) or 0)
    finally:
        db.dispose()


def _export(path: Path, out: Path, *options: str) -> int:
    return main(["--db", str(path), "exchange", "export", "--out", str(out), *options])


def _file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.sqlite_only  # the flow moves database files between two "computers"
def test_makelaar_to_kartrekker_and_back(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FLEVODESK_EXCHANGE_PASSPHRASE", "correct paard batterij")
    makelaar, laptop = tmp_path / "makelaar.sqlite3", tmp_path / "laptop.sqlite3"
    for path, name in ((makelaar, "Ideeënmakelaar Dronten"), (laptop, "Laptop Repair Café")):
        assert main(["init", "--db", str(path)]) == 0
        assert main(["--db", str(path), "exchange", "site", "--name", name]) == 0
    _add(makelaar, "Repair Café Dronten", ("Karin", "Kartrekker", "karin@example.nl"))
    _add(makelaar, "Buurttuin Swifterbant", ("Geheim", "Anderinitiatief", "geheim@example.nl"))
    out = tmp_path / "naar-laptop.flevopakket"
    assert (
        main(
            [
                "--db",
                str(makelaar),
                "exchange",
                "export",
                "--out",
                str(out),
                "--initiative",
                "Repair Café Dronten",
                "--peer",
                "Laptop Repair Café",
            ]
        )
        == 0
    )
    assert "Uitwisselpakket 1 voor Laptop Repair Café" in capsys.readouterr().out
    assert b"Kartrekker" not in out.read_bytes()  # encrypted

    assert main(["--db", str(laptop), "exchange", "import", str(out)]) == 0
    assert "van Ideeënmakelaar Dronten ingelezen" in capsys.readouterr().out
    assert _count(laptop, Initiative) == 1 and _count(laptop, Person, first_name="Karin") == 1
    assert _count(laptop, Person, first_name="Geheim") == 0

    _add(
        laptop,
        "Repair Café Dronten",
        ("Anna", "Vrijwilliger", "anna@example.nl"),
        (ERASED[0], ERASED[1], ERASED[2]),
    )
    back = tmp_path / "terug-1.flevopakket"
    assert _export(laptop, back, "--peer", "Ideeënmakelaar Dronten") == 0
    assert main(["--db", str(makelaar), "exchange", "import", str(back), "--delete"]) == 0
    assert not back.exists()
    assert _count(makelaar, Person, first_name=ERASED[0]) == 1

    # Erased on the laptop after it travelled: the erasure follows and wins.
    assert main(["--db", str(laptop), "privacy", "erase", "--person", ERASED[2], "--yes"]) == 0
    again = tmp_path / "terug-2.flevopakket"
    assert _export(laptop, again, "--peer", "Ideeënmakelaar Dronten") == 0
    capsys.readouterr()
    assert main(["--db", str(makelaar), "exchange", "import", str(again)]) == 0
    assert main(["--db", str(makelaar), "exchange", "import", str(again)]) == 0
    assert "al eerder ingelezen" in capsys.readouterr().out

    assert _count(makelaar, Initiative, name="Repair Café Dronten") == 1
    assert _count(makelaar, Person, first_name="Karin") == 1
    assert _count(makelaar, Person, first_name="Anna") == 1
    assert _count(makelaar, Person, first_name=ERASED[0]) == 0
    for path in (makelaar, laptop):
        data = _file_bytes(path)
        for value in ERASED:
            assert value.encode() not in data, (path.name, value)
    assert main(["--db", str(makelaar), "exchange", "conflicts"]) == 0
    assert "niets te beoordelen" in capsys.readouterr().out


def test_a_wrong_passphrase_is_one_dutch_line_and_changes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FLEVODESK_EXCHANGE_PASSPHRASE", "correct paard batterij")
    one, two = tmp_path / "een.sqlite3", tmp_path / "twee.sqlite3"
    for path in (one, two):
        assert main(["init", "--db", str(path)]) == 0
    _add(one, "Repair Café Dronten", ("Karin", "Kartrekker", "karin@example.nl"))
    out = tmp_path / "pakket.flevopakket"
    assert main(["--db", str(one), "exchange", "export", "--out", str(out)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("FLEVODESK_EXCHANGE_PASSPHRASE", "verkeerde wachtzin")
    assert main(["--db", str(two), "exchange", "import", str(out)]) == 1
    err = capsys.readouterr().err
    assert (
        "wachtzin is onjuist" in err
        and "Traceback" not in err
        and len(err.strip().splitlines()) == 1
    )
    assert _count(two, Initiative) == 0


def test_the_register_names_which_packages_went_to_whom(tmp_path, monkeypatch):
    from flevodesk.services.printouts.register import register_data

    monkeypatch.setenv("FLEVODESK_EXCHANGE_PASSPHRASE", "correct paard batterij")
    path = tmp_path / "makelaar.sqlite3"
    assert main(["init", "--db", str(path)]) == 0
    _add(path, "Repair Café Dronten", ("Karin", "Kartrekker", "karin@example.nl"))
    for n in (1, 2):
        assert _export(path, tmp_path / f"p{n}.flevopakket", "--peer", "Laptop Dronten") == 0
    db = _db(path)
    try:
        measures = " ".join(register_data(db).measures)
    finally:
        db.dispose()
    assert "Laptop Dronten: 2 pakket(ten), nummer 1 t/m 2" in measures


def test_sharing_an_initiative_of_the_demo_set_is_refused_and_writes_nothing(
    tmp_path, capsys, monkeypatch
):
    # What a new user tries first; demo records never travel, so the package would be empty.
    monkeypatch.setenv("FLEVODESK_EXCHANGE_PASSPHRASE", "correct paard batterij")
    path = tmp_path / "makelaar.sqlite3"
    assert main(["init", "--demo", "--db", str(path)]) == 0
    capsys.readouterr()
    out = tmp_path / "demo.flevopakket"
    chosen = ("--initiative", "Repair Café Dronten", "--peer", "Laptop Dronten")
    assert _export(path, out, *chosen) == 1
    err = capsys.readouterr().err
    assert "voorbeeldgegevens" in err and "Repair Café Dronten" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    # An initiative of the user's own beside the demo set goes as before.
    _add(path, "Buurtkeuken Haven", ("Karin", "Kartrekker", "karin@example.nl"))
    assert _export(path, out, "--initiative", "Buurtkeuken Haven", "--peer", "Laptop Dronten") == 0
    assert out.is_file()
