"""Erasure: the person becomes anonymous statistics, and the old values leave the file."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from flevodesk.cli import main
from flevodesk.domain.people import HoursEntry, Person
from flevodesk.domain.privacy import Consent, PersonChange, VogRecord
from flevodesk.services import scrubbing
from flevodesk.services.backups import backups_of
from flevodesk.services.erasure import ANONYMISED, erase_person
from flevodesk.services.errors import ServiceError
from flevodesk.services.merging import merge_persons
from flevodesk.services.persons import PersonService
from flevodesk.services.setup import open_database
from tests.privacy.conftest import add_person

SECRETS = (
    "ayse.yilmaz@voorbeeld.nl",
    "06-24681357",
    "0624681357",
    "Ayşe",
    "Yılmazvries",
    "dialysedagen",  # health, in the remark beside her availability
)


def _found_in_files(db_path, values):
    """Which values occur, in any case or folded form, in the database file or its WAL."""
    blobs = [p.read_bytes().lower() for p in db_path.parent.glob(db_path.name + "*")]
    needles = {v: {v.lower().encode(), v.casefold().encode()} for v in values}
    for plain, folded in (("Ayşe", b"ayse"), ("Yılmazvries", b"yilmazvries")):
        if plain in needles:
            needles[plain].add(folded)
    return {v for v, forms in needles.items() for blob in blobs for form in forms if form in blob}


def test_after_erasure_no_byte_of_the_person_is_left_in_the_file(db, db_path, ayse):
    # A merge whose undo snapshot holds the person's values, and a change in the log.
    twin = add_person(db, "ayse.oud@voorbeeld.nl", first_name="Ayşe", last_name="Yılmazvries")
    merge_persons(db, ayse, twin)
    service = PersonService(db)
    person = service.get(ayse)
    remark = "niet op haar dialysedagen"
    service.update(ayse, person.version, {"place": "Almere", "availability_note": remark})
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(PersonChange)) >= 1
    assert _found_in_files(db_path, SECRETS) == set(SECRETS)  # the search below can find them

    result = erase_person(db, ayse)
    db.dispose()  # the program closes the database

    assert _found_in_files(db_path, SECRETS) == set()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
    conn.close()
    assert result.person_id == ayse
    assert "geanonimiseerd" in result.message()


def test_hours_and_engagements_stay_as_anonymous_statistics(db, ayse):
    erase_person(db, ayse, today=date(2026, 11, 28))
    with db.read() as session:
        person = session.get(
            Person,
            ayse,
            options=[selectinload(Person.engagements), selectinload(Person.changes)],
        )
        assert (person.first_name, person.email, person.phone, person.notes) == (
            "Geanonimiseerd",
            None,
            None,
            None,
        )
        assert person.anonymised_on == date(2026, 11, 28)
        assert person.birth_year is None and person.address is None
        assert len(person.engagements) == 1
        assert session.scalar(select(func.sum(HoursEntry.minutes))) == 90
        for model in (Consent, VogRecord):
            assert session.scalar(select(func.count()).select_from(model)) == 0
        fields = [c.field for c in person.changes]
        assert fields[-1] == ANONYMISED
    with pytest.raises(ServiceError, match="al geanonimiseerd"):
        erase_person(db, ayse)


def test_erasure_names_the_backups_that_still_hold_the_data(db, db_path, ayse, monkeypatch):
    from flevodesk.services import backups

    backups.backup_database(db)
    result = erase_person(db, ayse)
    assert len(result.backups) == 1
    assert "1 oudere reservekopie" in result.message()


CONTACT = ("ayse.yilmaz@voorbeeld.nl", "06-24681357")


def _reader(db_path):
    """Another program with a read transaction open on the database."""
    reader = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM persons WHERE email = ?", CONTACT[:1]).fetchone()
    return reader


def test_erase_waits_for_a_reader_to_finish_and_then_scrubs(db, db_path, ayse, capsys):
    db.dispose()
    reader = _reader(db_path)
    # The other program ends its read a little later, while the erasure waits for it.
    threading.Timer(0.5, reader.close).start()

    code = main(["--db", str(db_path), "privacy", "erase", "--person", CONTACT[0], "--yes"])

    out = capsys.readouterr()
    assert code == 0, out.err
    assert "geanonimiseerd" in out.out
    assert _found_in_files(db_path, CONTACT) == set()


def test_erase_beside_a_reader_that_stays_says_so_and_the_next_opening_finishes(
    db, db_path, ayse, capsys, monkeypatch
):
    monkeypatch.setattr(scrubbing, "ERASE_WAIT_S", 0.3)
    db.dispose()
    reader = _reader(db_path)
    try:
        code = main(["--db", str(db_path), "privacy", "erase", "--person", CONTACT[0], "--yes"])
        out = capsys.readouterr()
        # What the message says is true: the reader kept the old values in the file.
        assert _found_in_files(db_path, CONTACT) == set(CONTACT)
    finally:
        reader.close()
    assert code == 1
    assert "Traceback" not in out.err
    assert "staan nog in het databasebestand" in out.err
    assert "wordt afgemaakt zodra FlevoDesk de database weer opent" in out.err
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT email FROM persons WHERE id = ?", (ayse,)).fetchone() == (None,)
        pending = "SELECT count(*) FROM settings WHERE key = ?"
        assert conn.execute(pending, (scrubbing.PENDING_KEY,)).fetchone() == (1,)
    conn.close()

    opened = open_database(str(db_path))
    assert not scrubbing.is_pending(opened.db)
    opened.db.dispose()
    assert _found_in_files(db_path, CONTACT) == set()


def test_erasure_names_the_exports_and_backups_made_before_it(db, db_path, ayse, tmp_path, capsys):
    db.dispose()
    target = str(db_path)
    listed = tmp_path / "vrijwilligers.csv"
    gone = tmp_path / "weg.xlsx"
    assert main(["--db", target, "export", "volunteers", "--out", str(listed)]) == 0
    assert main(["--db", target, "export", "volunteers", "--out", str(gone)]) == 0
    gone.unlink()  # what the user deleted already is not named again
    partners = tmp_path / "partners.csv"
    assert main(["--db", target, "export", "table", "partners", "--out", str(partners)]) == 0
    capsys.readouterr()

    assert main(["--db", target, "privacy", "erase", "--person", CONTACT[0], "--yes"]) == 0

    message = capsys.readouterr().out
    assert "1 eerder gemaakte export(s) met personen" in message
    assert str(listed) in message and str(gone) not in message and str(partners) not in message
    daily = backups_of(db_path)
    assert len(daily) == 1  # the day's first opening made it, before the erasure
    assert "1 oudere reservekopie" in message and str(daily[0].path) in message


def test_a_file_named_after_the_person_is_named_once_and_leaves_no_name_in_the_log(
    db, db_path, ayse, tmp_path, capsys
):
    # The window suggests "inzage-<achternaam>.pdf"; the export log noted that path.
    db.dispose()
    target = str(db_path)
    inzage = tmp_path / "inzage-Yılmazvries.pdf"
    hours = tmp_path / "urenverklaring-ayse-de-yilmazvries.pdf"
    listed = tmp_path / "vrijwilligers.csv"
    exported = ["privacy", "export", "--person", CONTACT[0], "--out", str(inzage)]
    assert main(["--db", target, *exported]) == 0
    assert main(["--db", target, "export", "hours", "--person", CONTACT[0], "--out", str(hours),
                 "--from", "2026-01-01", "--to", "2026-12-31"]) == 0  # fmt: skip
    assert main(["--db", target, "export", "volunteers", "--out", str(listed)]) == 0
    assert inzage.is_file() and hours.is_file()
    capsys.readouterr()

    assert main(["--db", target, "privacy", "erase", "--person", CONTACT[0], "--yes"]) == 0

    told = capsys.readouterr().out
    assert str(inzage) in told and str(hours) in told and str(listed) in told
    assert _found_in_files(db_path, ("Yılmazvries",)) == set()
    # A list of everyone stays noted: a later erasure must name it too.
    opened = open_database(target)
    try:
        with opened.db.read() as session:
            from flevodesk.services.export_log import exports_before

            noted = {n.path.name for n in exports_before(session, datetime.now(UTC))}
    finally:
        opened.db.dispose()
    assert noted == {"vrijwilligers.csv"}
