"""Deciding about the "Te beoordelen" list on the command line: a deleted record restored
with ``exchange resolve ID --restore`` comes back on the computer that deleted it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from flevodesk.cli import main
from flevodesk.domain.people import Person
from flevodesk.services.persons import PersonService
from tests.services.exchange.test_cli_flow import _add, _db, _export


def _person(path: Path, first: str) -> Person | None:
    db = _db(path)
    try:
        with db.read() as session:
            return session.scalar(select(Person).where(Person.first_name == first))
    finally:
        db.dispose()


def _exchange(source: Path, target: Path, peer: str, out: Path) -> None:
    assert _export(source, out, "--peer", peer) == 0
    assert main(["--db", str(target), "exchange", "import", str(out), "--delete"]) == 0


def _two_computers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The makelaar's and the laptop's new database files, each named as a site."""
    monkeypatch.setenv("FLEVODESK_EXCHANGE_PASSPHRASE", "correct paard batterij")
    makelaar, laptop = tmp_path / "makelaar.sqlite3", tmp_path / "laptop.sqlite3"
    for path, name in ((makelaar, "Makelaar"), (laptop, "Laptop")):
        assert main(["init", "--db", str(path)]) == 0
        assert main(["--db", str(path), "exchange", "site", "--name", name]) == 0
    return makelaar, laptop


@pytest.mark.sqlite_only  # two database files, two "computers"
def test_a_record_deleted_elsewhere_is_restored_from_the_command_line(
    tmp_path, capsys, monkeypatch
):
    makelaar, laptop = _two_computers(tmp_path, monkeypatch)
    _add(makelaar, "Repair Café Dronten", ("Karin", "Kartrekker", "karin@example.nl"))
    _exchange(makelaar, laptop, "Laptop", tmp_path / "1.flevopakket")
    _exchange(laptop, makelaar, "Makelaar", tmp_path / "2.flevopakket")
    db = _db(laptop)
    try:
        with db.write() as session:
            found = session.scalar(select(Person).where(Person.first_name == "Karin"))
            assert found is not None
            found.place = "Lelystad"
    finally:
        db.dispose()
    karin = _person(makelaar, "Karin")
    assert karin is not None
    db = _db(makelaar)
    try:
        PersonService(db).delete(karin.id)
    finally:
        db.dispose()
    _exchange(makelaar, laptop, "Laptop", tmp_path / "3.flevopakket")
    assert _person(laptop, "Karin") is None
    capsys.readouterr()

    assert main(["--db", str(laptop), "exchange", "conflicts"]) == 0
    listed = capsys.readouterr().out
    assert "Lelystad" in listed and "--restore" in listed
    number = re.search(r"\[(\d+)\].*Woonplaats", listed)
    assert number is not None
    assert main(["--db", str(laptop), "exchange", "resolve", number[1], "--restore"]) == 0
    assert "teruggezet" in capsys.readouterr().out
    assert _person(laptop, "Karin").place == "Lelystad"

    _exchange(laptop, makelaar, "Makelaar", tmp_path / "4.flevopakket")
    back = _person(makelaar, "Karin")
    assert back is not None and back.place == "Lelystad" and back.uuid == karin.uuid
    capsys.readouterr()
    # Once decided, it is not there to decide again: one Dutch line, nothing changed.
    assert main(["--db", str(laptop), "exchange", "resolve", number[1], "--restore"]) == 1
    err = capsys.readouterr().err
    assert "niet (meer)" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.sqlite_only  # two database files, two "computers"
def test_a_newcomer_with_an_address_known_here_is_merged_or_kept_apart_on_the_command_line(
    tmp_path, capsys, monkeypatch
):
    from flevodesk.services.exchange import set_same_organisation

    makelaar, laptop = _two_computers(tmp_path, monkeypatch)
    _add(makelaar, "Repair Café Dronten")
    _exchange(makelaar, laptop, "Laptop", tmp_path / "1.flevopakket")
    _exchange(laptop, makelaar, "Makelaar", tmp_path / "2.flevopakket")
    for path, peer in ((makelaar, "Laptop"), (laptop, "Makelaar")):
        db = _db(path)
        try:
            set_same_organisation(db, peer, True)  # so the addresses travel
        finally:
            db.dispose()
    # The same two people typed in on both computers before they exchanged again.
    _add(makelaar, "Repair Café Dronten", ("Anne", "Jansen", "anna@example.nl"))
    _add(makelaar, "Repair Café Dronten", ("Piet", "Pietersen", "piet@example.nl"))
    _add(laptop, "Repair Café Dronten", ("Anna", "Jansen", "anna@example.nl"))
    _add(laptop, "Repair Café Dronten", ("Pieter", "Pietersen", "piet@example.nl"))
    _exchange(laptop, makelaar, "Makelaar", tmp_path / "3.flevopakket")
    capsys.readouterr()

    assert main(["--db", str(makelaar), "exchange", "conflicts"]) == 0
    listed = capsys.readouterr().out
    anna = re.search(r"\[(\d+)\][^\n]*Anna Jansen[^\n]*", listed)
    pieter = re.search(r"\[(\d+)\][^\n]*Pieter Pietersen[^\n]*", listed)
    assert anna is not None and pieter is not None, listed
    # The one here is named, not shown as an identifier, and the way out is said.
    assert "Anne Jansen" in anna[0] and "Piet Pietersen" in pieter[0]
    assert "--merge" in listed and "--keep-apart" in listed
    assert main(["--db", str(makelaar), "exchange", "resolve", anna[1], "--merge"]) == 0
    assert "samengevoegd" in capsys.readouterr().out
    assert main(["--db", str(makelaar), "exchange", "resolve", pieter[1], "--keep-apart"]) == 0
    assert "apart" in capsys.readouterr().out
    assert _person(makelaar, "Anna") is None
    assert _person(makelaar, "Anne").email == "anna@example.nl"
    assert _person(makelaar, "Pieter") is not None and _person(makelaar, "Piet") is not None
    assert main(["--db", str(makelaar), "exchange", "conflicts"]) == 0
    assert "niets te beoordelen" in capsys.readouterr().out
    # A settled proposal is not there to settle again: one Dutch line.
    assert main(["--db", str(makelaar), "exchange", "resolve", anna[1], "--merge"]) == 1
    err = capsys.readouterr().err
    assert "niet (meer)" in err and "Traceback" not in err

    # The merge travels: the laptop ends with one Anna, holding the address.
    _exchange(makelaar, laptop, "Laptop", tmp_path / "4.flevopakket")
    assert _person(laptop, "Anna") is None
    assert _person(laptop, "Anne").email == "anna@example.nl"
    assert _person(laptop, "Pieter") is not None and _person(laptop, "Piet") is not None
