"""An import read and stored in batches: progress per batch, a cancel that stores nothing,
rows of one person in different batches, and files read in chunks as if whole."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from flevodesk.domain.people import Person
from flevodesk.services.errors import ServiceError
from flevodesk.services.importing import reading
from flevodesk.services.importing.volunteers import (
    BATCH_ROWS,
    CANCELLED,
    ImportCancelled,
    ImportOptions,
    import_file,
)

ROWS = 2 * BATCH_ROWS + 100


def write_list(path, rows=ROWS, extra=()):
    lines = ["Naam;E-mail;Telefoon;Woonplaats"]
    lines += [f"Persoon{i} de Vries;p{i}@voorbeeld.nl;;Dronten" for i in range(rows)]
    path.write_text("\n".join([*lines, *extra]) + "\n", encoding="utf-8")
    return path


def count_persons(db):
    with db.read() as session:
        return session.scalar(select(func.count(Person.id)))


def test_progress_is_told_after_every_batch(db, tmp_path):
    told = []
    report = import_file(db, write_list(tmp_path / "lijst.csv"), progress=lambda *a: told.append(a))
    assert told == [(BATCH_ROWS, ROWS), (2 * BATCH_ROWS, ROWS), (ROWS, ROWS)]
    assert report.committed and report.added == ROWS
    assert count_persons(db) == ROWS


def test_a_cancel_between_batches_stores_nothing(db, tmp_path):
    import_file(db, write_list(tmp_path / "eerst.csv", rows=3))
    before = count_persons(db)
    told = []
    with pytest.raises(ImportCancelled) as raised:
        import_file(
            db,
            write_list(tmp_path / "lijst.csv", extra=["Nieuw Mens;nieuw@voorbeeld.nl;;Urk"]),
            progress=lambda *a: told.append(a),
            cancelled=lambda: len(told) >= 2,
        )
    assert raised.value.message == CANCELLED == "Import geannuleerd; er is niets opgeslagen."
    assert told == [(BATCH_ROWS, ROWS + 1), (2 * BATCH_ROWS, ROWS + 1)]
    assert count_persons(db) == before  # the two batches stored were rolled back


def test_rows_of_one_person_in_different_batches_become_one_person(db, tmp_path):
    # The last row names the first row's person again, with a phone number to add.
    late = "Persoon0 de Vries;p0@voorbeeld.nl;0612345678;Dronten"
    report = import_file(db, write_list(tmp_path / "lijst.csv", extra=[late]))
    assert report.committed
    assert (report.added, report.matched, report.updated) == (ROWS, 0, 0)
    assert report.outcomes[ROWS + 2] == report.outcomes[2] == "nieuw"
    assert len(report.person_ids) == ROWS
    with db.read() as session:
        first = session.scalars(select(Person).where(Person.email == "p0@voorbeeld.nl")).one()
    assert first.phone == "06-12345678"
    again = import_file(db, tmp_path / "lijst.csv")
    assert (again.added, again.matched, again.updated) == (0, ROWS, 0)


def test_a_dry_run_over_batches_counts_as_the_import_and_stores_nothing(db, tmp_path):
    late = "Persoon0 de Vries;p0@voorbeeld.nl;0612345678;Dronten"
    path = write_list(tmp_path / "lijst.csv", extra=[late])
    dry = import_file(db, path, ImportOptions(dry_run=True))
    assert not dry.committed and count_persons(db) == 0
    assert (dry.added, dry.matched) == (ROWS, 0)
    assert dry.person_ids == []


TRICKY = (
    'Naam;Opmerkingen;Woonplaats\r\n"Zoë ""Zo"" Çelik";"belt na\r\nzessen";Dronten\r\n'
    'Kees Jansen;"a;b";Urk\r\n;;\r\nJürgen Müller;"";\r\n"Inés, René";x;"Emmeloord"'
)


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 64])
@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TRICKY.encode("utf-8-sig"), "utf-8-sig"),
        (b"\xff\xfe" + TRICKY.encode("utf-16-le"), "utf-16-le"),
        (("sep=;\r\n" + TRICKY).encode("cp1252"), "cp1252"),
    ],
)
def test_a_file_read_in_small_chunks_reads_as_whole(tmp_path, monkeypatch, size, data, encoding):
    path = tmp_path / "lijst.csv"
    path.write_bytes(data)
    whole = reading.read_table(path)
    monkeypatch.setattr(reading, "CHUNK_BYTES", size)
    chunked = reading.read_table(path)
    assert chunked == whole
    assert whole.rows[0].cells == ['Zoë "Zo" Çelik', "belt na\nzessen", "Dronten"]
    assert whole.rows[-1].cells == ["Inés, René", "x", "Emmeloord"]
    assert len(whole.rows) == 4 and whole.encoding == encoding and whole.delimiter == ";"


@pytest.mark.parametrize("size", [1, 3, 64, 1 << 20])
def test_mixed_encodings_are_refused_naming_the_line_in_any_chunk_size(tmp_path, monkeypatch, size):
    path = tmp_path / "lijst.csv"
    lines = ["Naam;Woonplaats", *[f"Zoë {i};Dronten" for i in range(6)]]
    data = "\n".join(lines).encode() + "\nRené Smit;Urk\n".encode("cp1252")
    path.write_bytes(data)
    monkeypatch.setattr(reading, "CHUNK_BYTES", size)
    with pytest.raises(ServiceError, match="Regel 8 is geen UTF-8-tekst"):
        reading.open_table(path)


@pytest.mark.parametrize("size", [1, 5, 1 << 20])
def test_a_byte_invalid_in_the_bom_encoding_is_refused_naming_the_line(tmp_path, monkeypatch, size):
    path = tmp_path / "lijst.csv"
    path.write_bytes(b"\xef\xbb\xbfNaam\nKees\nZo\xeb Celik\nPiet\n")
    monkeypatch.setattr(reading, "CHUNK_BYTES", size)
    with pytest.raises(ServiceError, match=r"Regel 3 bevat tekens die in UTF-8 met BOM"):
        reading.open_table(path)
