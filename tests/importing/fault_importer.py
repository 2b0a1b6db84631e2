"""An importer for the kill test, run in a child process that the test kills with SIGKILL."""

from __future__ import annotations

import time
from pathlib import Path

from flevodesk.services.importing.volunteers import import_file
from flevodesk.store.database import Database

ROWS = 2000


def write_list(path: Path, tag: str) -> None:
    """A volunteer list of :data:`ROWS` people whose e-mails carry ``tag``."""
    lines = ["Naam;E-mail;Beschikbaarheid;Opmerkingen;Woonplaats"]
    lines += [
        f"Persoon{i} van der Berg;{tag}.{i}@voorbeeld.nl;ma t/m vr ochtend;rij {i};Dronten"
        for i in range(ROWS)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def import_and_wait(url: str, path: str) -> None:
    """Import the list once, then wait to be killed (a kill after the commit is fine too)."""
    db = Database(url)
    report = import_file(db, Path(path))
    assert report.committed and report.added == ROWS
    while True:
        time.sleep(1)
