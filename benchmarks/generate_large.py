"""Build (or reuse) the large benchmark data set of DESIGN.md.

2,000 initiatives, 100,000 persons, 250,000 hour entries, 10,000 funding applications and
500 partners, written with raw ``executemany`` into a database that
``flevodesk.services.setup.open_database`` created (schema, FTS triggers, reference data).
The file is cached under ``benchmarks/.data/``; delete it (or pass ``--force``) to rebuild.

    .venv/bin/python benchmarks/generate_large.py [--force]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from flevodesk.services.setup import open_database

DATA_DIR = Path(__file__).resolve().parent / ".data"
LARGE_DB = DATA_DIR / "large.sqlite3"

N_INITIATIVES = 2_000
N_PERSONS = 100_000
N_HOURS = 250_000
N_FUNDING = 10_000
N_PARTNERS = 500
N_ENGAGEMENTS = 120_000

FIRST = [
    "Anja", "Kees", "Zoë", "Mehmet", "Şükrü", "Ingrid", "Johan", "Fatima", "Pieter", "Sanne",
    "Hüseyin", "Marloes", "Jan", "Aylin", "Gerrit", "Noor", "Bram", "Lotte", "Youssef", "Wilma",
    "Daan", "Emine", "Hendrik", "Iris", "Klaas", "Mirjam", "Ruud", "Tineke", "Willem", "Yara",
]  # fmt: skip
LAST = [
    (None, "Jong-Bakker"), ("van 't", "Hof"), (None, "Çelik"), ("de", "Vries"), (None, "Yılmaz"),
    ("van", "Dijk"), (None, "Bakker"), (None, "El Amrani"), ("van der", "Veen"), (None, "Post"),
    (None, "Kramer"), ("de", "Boer"), (None, "Smit"), (None, "Kaya"), ("van den", "Berg"),
    (None, "Hoekstra"), (None, "Visser"), ("ter", "Horst"), (None, "Mulder"), (None, "Koster"),
    (None, "Jansen"), (None, "Meijer"), ("de", "Graaf"), (None, "Dekker"), (None, "Brouwer"),
]  # fmt: skip
WORDS = [
    "Buurt", "Moestuin", "Taalcafé", "Repair", "Dorpshuis", "Speeltuin", "Koor", "Burenhulp",
    "Natuur", "Wijk", "Jong", "Oud", "Samen", "Groen", "Kracht", "Huiskamer", "Bus", "Markt",
]  # fmt: skip
INIT_STATUS = ["idee", "opstart", "actief", "actief", "actief", "gepauzeerd", "gestopt"]
FUND_STATUS = [
    "in_voorbereiding", "ingediend", "toegekend", "deels_toegekend", "afgewezen",
    "ingetrokken", "verantwoording_ingediend", "afgerond",
]  # fmt: skip
DECIDED = {"toegekend", "deels_toegekend", "afgewezen", "verantwoording_ingediend", "afgerond"}
GRANTED = {"toegekend", "deels_toegekend", "verantwoording_ingediend", "afgerond"}


def build(path: Path) -> None:
    """Create the database at ``path`` and fill it; prints how long each part took."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    opened = open_database(str(path))
    opened.db.dispose()

    rng = random.Random(42)
    today = date.today()
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA foreign_keys=OFF")
    cur = con.cursor()
    areas = cur.execute("SELECT id, municipality_id, name FROM areas").fetchall()
    themes = [r[0] for r in cur.execute("SELECT id FROM themes")]
    existing_partners = cur.execute("SELECT count(*) FROM partners").fetchone()[0]

    def d(days_ago: int) -> str:
        return (today - timedelta(days=days_ago)).isoformat()

    cur.execute("BEGIN")
    partners = []
    for i in range(N_PARTNERS - existing_partners):
        kind = rng.choice(["fonds", "gemeente", "welzijn", "netwerk", "advies", "overig"])
        scope = rng.choice(["gemeente", "flevoland", "landelijk"])
        partners.append(
            (f"Partner {i:03d} {rng.choice(WORDS)}", scope, kind, f"Ondersteuning {i}", 0, 1)
        )
    cur.executemany(
        "INSERT INTO partners (name, scope, kind, offers, is_demo, version, created_at,"
        f" updated_at) VALUES (?, ?, ?, ?, ?, ?, '{now}', '{now}')",
        partners,
    )
    partner_ids = [r[0] for r in cur.execute("SELECT id FROM partners")]
    cur.executemany(
        "INSERT INTO partner_contacts (partner_id, name, role, version, created_at, updated_at)"
        f" VALUES (?, ?, 'Contactpersoon', 1, '{now}', '{now}')",
        [(p, f"Contact {p}-{k}") for p in partner_ids for k in range(2)],
    )

    initiatives = []
    for i in range(N_INITIATIVES):
        area_id, municipality_id, area_name = rng.choice(areas)
        temporary = i % 17 == 0
        initiatives.append(
            (
                f"{rng.choice(WORDS)} {rng.choice(WORDS)} {area_name} {i}",
                municipality_id,
                area_id,
                rng.choice(INIT_STATUS),
                f"Initiatief nummer {i} in {area_name}.",
                d(rng.randint(30, 2000)),
                f"{area_name}, buurthuis",
                int(temporary),
                (today + timedelta(days=rng.randint(5, 200))).isoformat() if temporary else None,
            )
        )
    cur.executemany(
        "INSERT INTO initiatives (name, municipality_id, area_id, status, description,"
        " start_date, location, location_temporary, location_until, is_demo, version,"
        f" created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, '{now}', '{now}')",
        initiatives,
    )
    initiative_ids = [r[0] for r in cur.execute("SELECT id FROM initiatives")]
    cur.executemany(
        "INSERT OR IGNORE INTO initiative_themes (initiative_id, theme_id) VALUES (?, ?)",
        [(i, t) for i in initiative_ids for t in rng.sample(themes, 2)],
    )
    cur.executemany(
        "INSERT OR IGNORE INTO partner_initiatives (partner_id, initiative_id) VALUES (?, ?)",
        [(rng.choice(partner_ids), i) for i in initiative_ids for _ in range(2)],
    )

    # Newer schemas index a folded search line the domain computes; fill it the same way.
    person_columns = {r[1] for r in cur.execute("PRAGMA table_info(persons)")}
    with_search = "search_text" in person_columns
    persons = []
    for n in range(N_PERSONS):
        first = FIRST[n % len(FIRST)]
        tussen, last = LAST[rng.randrange(len(LAST))]
        persons.append(
            (
                first,
                tussen,
                last,
                f"p{n}@voorbeeld.invalid",
                f"06-{rng.randint(10000000, 99999999)}",
                f"{rng.randint(1000, 9999)} AB",
                rng.choice(["Almere", "Lelystad", "Dronten", "Emmeloord", "Urk", "Zeewolde"]),
                rng.randint(1940, 2008),
                d(rng.randint(30, 1500)) if n % 3 == 0 else None,
                d(rng.randint(30, 1000)),
                "Contact over vrijwilligerswerk",
                "actief" if n % 9 else "inactief",
            )
        )
    # Schemas from 0005 on keep VOGs and consents in registers of their own.
    legacy_privacy = "vog_date" in person_columns
    privacy = [(p[8], p[9]) for p in persons]
    if legacy_privacy:
        columns = (
            "first_name, tussenvoegsel, last_name, email, phone, postcode, place, birth_year,"
            " vog_date, consent_date, consent_purpose, status"
        )
    else:
        persons = [(*p[:8], p[11]) for p in persons]
        columns = (
            "first_name, tussenvoegsel, last_name, email, phone, postcode, place, birth_year,"
            " status"
        )
    if with_search:
        from flevodesk.domain.text import search_text

        columns += ", search_text"
        persons = [(*p, search_text(p[0], p[1], p[2], p[3], p[4], p[6], p[5])) for p in persons]
    if "sort_key" in person_columns:
        from flevodesk.domain.text import person_sort_key

        columns += ", sort_key"
        persons = [(*p, person_sort_key(p[2], p[0], p[1])) for p in persons]
    marks = ", ".join("?" * len(persons[0]))
    cur.executemany(
        f"INSERT INTO persons ({columns}, is_demo, version, created_at, updated_at)"
        f" VALUES ({marks}, 0, 1, '{now}', '{now}')",
        persons,
    )
    first_person = cur.execute("SELECT min(id) FROM persons").fetchone()[0]
    person_ids = range(first_person, first_person + N_PERSONS)
    if not legacy_privacy:
        cur.executemany(
            "INSERT INTO vog_records (person_id, seen_on, outcome, valid_until, version,"
            f" created_at, updated_at) VALUES (?, ?, 'afgegeven', ?, 1, '{now}', '{now}')",
            [
                (pid, vog, f"{int(vog[:4]) + 3}{vog[4:]}".replace("-02-29", "-02-28"))
                for pid, (vog, _) in zip(person_ids, privacy, strict=True)
                if vog
            ],
        )
        cur.executemany(
            "INSERT INTO consents (person_id, purpose, given_on, method, version, created_at,"
            f" updated_at) VALUES (?, 'contact', ?, 'formulier', 1, '{now}', '{now}')",
            [(pid, given) for pid, (_, given) in zip(person_ids, privacy, strict=True)],
        )

    engagements = []
    for k in range(N_ENGAGEMENTS):
        since = rng.randint(30, 1500)
        until = d(rng.randint(0, since)) if k % 6 == 0 else None
        engagements.append(
            (
                person_ids[k % N_PERSONS],
                rng.choice(initiative_ids),
                rng.choice(["vrijwilliger", "vrijwilliger", "kartrekker", "bestuur"]),
                d(since),
                until,
            )
        )
    cur.executemany(
        "INSERT INTO engagements (person_id, initiative_id, role, since, until, version,"
        f" created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, '{now}', '{now}')",
        engagements,
    )
    cur.executemany(
        "INSERT INTO hours_entries (person_id, initiative_id, worked_on, minutes, activity,"
        f" version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, '{now}', '{now}')",
        [
            (
                e[0],
                e[1],
                d(rng.randint(0, 700)),
                rng.choice([60, 90, 120, 180]),
                rng.choice(["Opbouwen", "Koken", "Vergadering"]),
            )
            for e in (engagements[rng.randrange(N_ENGAGEMENTS)] for _ in range(N_HOURS))
        ],
    )

    funding = []
    for _ in range(N_FUNDING):
        status = rng.choice(FUND_STATUS)
        requested = rng.choice([250, 500, 1500, 2500, 5000]) * 100
        submitted = d(rng.randint(20, 400)) if status != "in_voorbereiding" else None
        decided = d(rng.randint(0, 19)) if status in DECIDED else None
        funding.append(
            (
                rng.choice(initiative_ids),
                rng.choice(partner_ids),
                rng.choice(["Wijkbudget", "Buurtbudget", "Fonds Leefbaarheid"]),
                rng.choice(["sociaal", "fysiek", "beide"]),
                requested,
                requested if status in GRANTED else None,
                status,
                (today + timedelta(days=rng.randint(-60, 120))).isoformat(),
                submitted,
                decided,
                "Past niet binnen de regeling." if status == "afgewezen" else None,
                (today + timedelta(days=rng.randint(-30, 120))).isoformat()
                if status in GRANTED
                else None,
            )
        )
    cur.executemany(
        "INSERT INTO funding_applications (initiative_id, funder_id, scheme, domain,"
        " amount_requested, amount_granted, status, deadline, submitted_on, decided_on,"
        " rejection_reason, accountability_due, is_demo, version, created_at, updated_at)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, '{now}', '{now}')",
        funding,
    )
    con.commit()
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(f"built {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def large_database(force: bool = False) -> Path:
    """The cached large database, built first when it is missing."""
    if force or not LARGE_DB.exists():
        build(LARGE_DB)
    return LARGE_DB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args()
    print(large_database(args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
