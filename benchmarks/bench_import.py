"""Time the import of 10,000 volunteer rows against a raw sqlite3 insert of the same rows.

Run: .venv/bin/python benchmarks/bench_import.py [--rows 10000] [--existing 0]

Target (DESIGN.md): 10,000 CSV rows under 3 s, in one transaction. The file is what Dutch
Excel writes: Windows-1252, ``;``, d-m-yyyy dates, phone numbers in mixed forms (some
without their leading 0), a single "Naam" column with tussenvoegsels, and an initiative
with a role on every row. ``--existing N`` first fills the database with N persons, so
duplicate matching has something to look through. The raw baseline inserts the already
parsed rows with ``executemany``: the ratio says what reading, validation, matching and
the ORM cost on top of SQLite itself.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path

FIRST = ["Anja", "Kees", "Ingrid", "Zoë", "Şükrü", "Fatima", "Jan", "Marie-José", "Youssef", "Eva"]
TUSSEN = ["", "", "", "de", "van", "van der", "van 't", "ter"]
LAST = ["Jong", "Hof", "Bakker", "Çelik", "Visser", "Smit", "Meijer", "Jong-Bakker", "Yılmaz"]
PLACES = ["Dronten", "Lelystad", "Almere", "Emmeloord", "Urk", "Zeewolde"]


def phone(rng: random.Random) -> str:
    digits = f"{rng.randrange(10_000_000, 99_999_999)}"
    return rng.choice(
        [f"06-{digits}", f"6{digits}", f"+31 6 {digits}", f"06 {digits[:4]} {digits[4:]}"]
    )


def make_csv(path: Path, rows: int, seed: int = 5, prefix: str = "vrijwilliger") -> None:
    rng = random.Random(seed)
    lines = ["Naam;E-mailadres;Mobiel;Postcode;Woonplaats;Geboortedatum;Initiatief;Rol;Startdatum"]
    for n in range(rows):
        name = " ".join(
            p for p in (rng.choice(FIRST), rng.choice(TUSSEN), rng.choice(LAST) + str(n)) if p
        )
        born = f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-{rng.randint(1940, 2005)}"
        postcode = f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'CD', 'EF', 'GH'])}"
        lines.append(
            ";".join(
                [
                    name,
                    f"{prefix}{n}@voorbeeld.nl",
                    phone(rng),
                    postcode,
                    rng.choice(PLACES),
                    born,
                    "Repair Café Dronten",
                    rng.choice(["vrijwilliger", "Coördinator", "kartrekker"]),
                    f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-2024",
                ]
            )
        )
    # Windows-1252 lacks "Ş" and "ı"; Dutch Excel writes "?" for them.
    text = "\r\n".join(lines) + "\r\n"
    path.write_bytes(text.encode("cp1252", errors="replace"))


def raw_baseline(path: Path, rows: int) -> float:
    """Plain executemany of rows shaped like the import's, into an empty persons table."""
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE persons (id INTEGER PRIMARY KEY, first_name, last_name, email, "
        "phone, postcode, place, birth_year)"
    )
    data = [
        (f"Naam{n}", f"Achter{n}", f"v{n}@voorbeeld.nl", "06-12345678", "8251 AB", "Dronten", 1961)
        for n in range(rows)
    ]
    start = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO persons (first_name, last_name, email, phone, postcode, place, "
            "birth_year) VALUES (?, ?, ?, ?, ?, ?, ?)",
            data,
        )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--existing", type=int, default=0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="flevodesk-bench-"))
    # Keep automatic backups out of the user's real data folder.
    os.environ["XDG_DATA_HOME"] = str(folder / "data")

    from sqlalchemy import select

    from flevodesk.domain.geography import Municipality
    from flevodesk.domain.initiatives import Initiative
    from flevodesk.services.importing.volunteers import ImportOptions, import_file
    from flevodesk.services.setup import open_database

    db = open_database(str(folder / "bench.sqlite3")).db
    with db.write() as session:
        dronten = session.scalars(select(Municipality).where(Municipality.name == "Dronten")).one()
        session.add(Initiative(name="Repair Café Dronten", municipality=dronten))
    if args.existing:
        seed = folder / "existing.csv"
        make_csv(seed, args.existing, seed=99, prefix="bestaand")
        import_file(db, seed)
    source = folder / "vrijwilligers.csv"
    make_csv(source, args.rows)

    start = time.perf_counter()
    dry = import_file(db, source, ImportOptions(dry_run=True))
    assert dry.added == args.rows, dry.problems[:3]
    dry_seconds = time.perf_counter() - start
    start, cpu_start = time.perf_counter(), time.process_time()
    report = import_file(db, source)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    assert report.committed and report.added == args.rows, report.problems[:3]
    start = time.perf_counter()
    again = import_file(db, source)
    again_seconds = time.perf_counter() - start
    assert again.added == 0 and again.matched == args.rows
    raw = raw_baseline(folder / "raw.sqlite3", args.rows)
    db.dispose()

    print(
        f"import {args.rows} rows:   {seconds:6.2f} s   {args.rows / seconds:7.0f} rows/s   "
        f"raw insert {raw * 1000:6.1f} ms   ratio {seconds / raw:5.0f}x   "
        f"target < 3 s: {'OK' if seconds < 3 else 'MISSED'}"
    )
    # Wall time suffers when other work shares the machine; CPU time shows the import's own.
    print(f"  of which CPU time:  {cpu:6.2f} s   ({seconds / 3:4.2f} of the 3 s budget as wall)")
    print(f"dry run:              {dry_seconds:6.2f} s")
    print(f"re-import (all match): {again_seconds:5.2f} s   added {again.added}")


if __name__ == "__main__":
    main()
