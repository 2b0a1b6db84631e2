"""Opening the large data set encrypted (SQLCipher) against opening it unencrypted.

    .venv/bin/python benchmarks/bench_encryption.py [--runs 5]

Each run opens the database as the program does (``open_database``: checks, schema
version, daily-backup check) and reads the first page of the volunteers table, in a fresh
process so no connection or page cache of the process is reused. The encrypted copy is
made once with ``sqlcipher_export`` and cached beside the plain one.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_database

PASSPHRASE = "benchmark passphrase"

_OPEN = """
import sys, time
start = time.perf_counter()
from flevodesk.services.listing import ListQuery, fetch_page
from flevodesk.services.persons import PersonListing
from flevodesk.services.setup import open_database
opened = open_database(sys.argv[1], passphrase=sys.argv[2] or None, daily_backups=False)
rows = fetch_page(opened.db, PersonListing(), ListQuery(limit=200)).rows
assert len(rows) == 200
print(time.perf_counter() - start)
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


def time_open(path: Path, passphrase: str, runs: int) -> float:
    timings = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", _OPEN, str(path), passphrase],
            capture_output=True,
            text=True,
            check=True,
        )
        timings.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    plain = large_database()
    encrypted = encrypted_copy(plain)
    size = plain.stat().st_size / 1e6
    plain_s = time_open(plain, "", args.runs)
    encrypted_s = time_open(encrypted, PASSPHRASE, args.runs)
    print(
        f"open + first page of 100,000 persons ({size:.0f} MB), median of {args.runs}, "
        "fresh process:"
    )
    print(f"  unencrypted   {plain_s * 1000:7.0f} ms")
    print(f"  encrypted     {encrypted_s * 1000:7.0f} ms   ratio {encrypted_s / plain_s:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
