"""Opening the large data set encrypted (SQLCipher) against opening it unencrypted.

    .venv/bin/python benchmarks/bench_encryption.py [--runs 5]

Each run opens the database as the GUI does (``open_database`` with the whole-file check
on its own thread: finishing interrupted writes, schema version, identity, leftovers) and
reads the first page of the volunteers table, in a fresh process so no connection or page
cache of the process is reused; then it waits for the check (not timed: the user works
meanwhile). The floor is the same for the unencrypted file, runs taken in turn. The
encrypted copy is made once with ``sqlcipher_export`` and cached beside the plain one.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_database
from results import alternate, report

PASSPHRASE = "benchmark passphrase"

_OPEN = """
import sys, time
start = time.perf_counter()
from flevodesk.services.listing import ListQuery, fetch_page
from flevodesk.services.persons import PersonListing
from flevodesk.services.setup import open_database
opened = open_database(
    sys.argv[1], passphrase=sys.argv[2] or None, daily_backups=False, check_later=True
)
rows = fetch_page(opened.db, PersonListing(), ListQuery(limit=200)).rows
assert len(rows) == 200
print(time.perf_counter() - start, flush=True)
opened.finish()  # the check must pass: a benchmark on a damaged copy means nothing
opened.db.dispose()
"""


def encrypted_copy(plain: Path) -> Path:
    from flevodesk.store.crypto import encrypt_file

    target = plain.with_name("large-encrypted.sqlite3")
    if not target.exists() or target.stat().st_mtime < plain.stat().st_mtime:
        target.unlink(missing_ok=True)
        copy = plain.with_name("large-encrypting.sqlite3")
        import sqlite3

        source = sqlite3.connect(plain)
        destination = sqlite3.connect(copy)
        source.backup(destination)
        source.close()
        destination.close()
        started = time.perf_counter()
        encrypt_file(copy, PASSPHRASE)
        copy.replace(target)
        print(f"encrypted a copy in {time.perf_counter() - started:.1f} s")
    return target


def time_open(path: Path, passphrase: str) -> float:
    """Milliseconds to open and show the first page, in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-c", _OPEN, str(path), passphrase],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1]) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    plain = large_database()
    encrypted = encrypted_copy(plain)
    size = plain.stat().st_size / 1e6
    time_open(plain, "")  # warm the file cache for both
    time_open(encrypted, PASSPHRASE)
    encrypted_ms, plain_ms = alternate(
        lambda: time_open(encrypted, PASSPHRASE), lambda: time_open(plain, ""), max(args.runs, 5)
    )
    print(
        f"open + first page of 100,000 persons ({size:.0f} MB), median of {max(args.runs, 5)}, "
        "fresh process (floor: the same unencrypted):"
    )
    report("encrypted_open", "encrypted open + first page", encrypted_ms, plain_ms, 1.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
