"""An erasure killed with SIGKILL at random moments never leaves half an anonymised person,
and a scrub it did not finish is finished the next time the database opens.

The eraser runs in a child forked from a server that has the program imported already, so
each kill costs milliseconds rather than a fresh interpreter start.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import random
import sqlite3
import time
from datetime import date

from flevodesk.domain.enums import ConsentMethod, ConsentPurpose, VogOutcome
from flevodesk.domain.people import ANONYMOUS_NAME, Person
from flevodesk.domain.privacy import Consent, VogRecord
from flevodesk.services import scrubbing
from flevodesk.services.setup import open_database
from tests.privacy.erasure_worker import PREFIX, erase_everyone, warm_up

KILLS = 30
PERSONS = 1000  # more than 30 kills can erase, also on a fast, idle machine


def _add_persons(db):
    with db.write() as session:
        for n in range(PERSONS):
            session.add(
                Person(
                    first_name=f"Voornaam{n:03d}",
                    last_name=f"Achternaam{n:03d}",
                    email=f"{PREFIX}{n:03d}@voorbeeld.nl",
                    phone=f"06-77{n:06d}",
                    place=f"Plaats{n:03d}",
                    consents=[
                        Consent(
                            purpose=ConsentPurpose.CONTACT,
                            given_on=date(2025, 1, 1),
                            method=ConsentMethod.FORMULIER,
                        )
                    ],
                    vog_records=[VogRecord(seen_on=date(2025, 2, 1), outcome=VogOutcome.AFGEGEVEN)],
                )
            )


def _states(conn):
    """Per test person: 'present' (every value as added) or 'erased' (none of them left)."""
    states = {}
    with conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = conn.execute(
            "SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.place, "
            "p.anonymised_on, (SELECT count(*) FROM consents c WHERE c.person_id = p.id), "
            "(SELECT count(*) FROM vog_records v WHERE v.person_id = p.id) "
            "FROM persons p WHERE p.email LIKE ? OR p.last_name LIKE '#%' ORDER BY p.id",
            (f"{PREFIX}%",),
        ).fetchall()
        pending = conn.execute(
            "SELECT count(*) FROM settings WHERE key = ?", (scrubbing.PENDING_KEY,)
        ).fetchone()[0]
    for pid, first, last, email, phone, place, anonymised, consents, vogs in rows:
        n = int(email[len(PREFIX) : len(PREFIX) + 3]) if email else None
        if n is not None and (first, last, phone, place, consents, vogs) == (
            f"Voornaam{n:03d}",
            f"Achternaam{n:03d}",
            f"06-77{n:06d}",
            f"Plaats{n:03d}",
            1,
            1,
        ):
            assert anonymised is None
            states[pid] = "present"
        else:
            assert (first, last, email, phone, place, consents, vogs) == (
                ANONYMOUS_NAME,
                f"#{pid}",
                None,
                None,
                None,
                0,
                0,
            ), "a half-anonymised person"
            assert anonymised is not None
            states[pid] = "erased"
    return states, pending == 1


def _bytes_of(db_path):
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))


def test_sigkill_during_erasure_leaves_whole_persons_and_the_next_opening_scrubs(db, db_path):
    _add_persons(db)
    db.dispose()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        first_id = min(_states(conn)[0])
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.privacy.erasure_worker"])
    url = f"sqlite:///{db_path}"
    server = context.Process(target=warm_up)
    server.start()
    server.join(30)
    rng = random.Random(13)
    kills = pending_found = 0
    erased: set[int] = set()

    def enough() -> bool:
        # The erasures got work done between the kills, and some kill fell between an
        # anonymisation and its scrub; a machine busy with other work gets a few more kills.
        return len(erased) > KILLS // 2 and pending_found >= 1

    while kills < KILLS or (not enough() and kills < KILLS + 20):
        child = context.Process(target=erase_everyone, args=(url,), daemon=True)
        child.start()
        time.sleep(rng.uniform(0.02, 0.5) if kills < KILLS else rng.uniform(0.2, 0.5))
        child.kill()  # SIGKILL: no cleanup, like a power cut for the process
        child.join(10)
        assert child.exitcode == -9, "the child finished before the kill: add persons"
        kills += 1

        # Until the bytes are read, some connection stays open: the last one to close
        # checkpoints the log by itself, which would hide a scrub that was not finished.
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            states, pending = _states(conn)
            now_erased = {pid for pid, state in states.items() if state == "erased"}
            assert erased <= now_erased  # nothing erased comes back
            erased = now_erased
            pending_found += pending
            opened = open_database(url, daily_backups=False)
            assert not scrubbing.is_pending(opened.db)
            content = _bytes_of(db_path).lower()
            opened.db.dispose()
        for pid in erased:
            n = pid - first_id
            assert f"{PREFIX}{n:03d}@".encode() not in content, f"person {pid} left in the file"
            assert f"06-77{n:06d}".encode() not in content
    print(f"{kills} kills, {len(erased)} erased, {pending_found} found a pending scrub")
    assert len(erased) > KILLS // 2  # the erasures got work done between the kills
    assert pending_found >= 1  # some kill fell between the anonymisation and its scrub
