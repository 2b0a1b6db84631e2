"""Time the import of 10,000 volunteer rows as a whole process against a raw floor.

Run: .venv/bin/python benchmarks/bench_import.py [--rows 10000] [--runs 5]
     [--memory-rows 200000] [--source DIR]

Both sides are fresh processes into a copy of the large data set (benchmarks/generate_large.py,
100,000 persons), so start-up, reading, validation and duplicate matching all count:

- ``python -m flevodesk import volunteers FILE --db COPY``, the command a user runs;
- the floor: a script doing ``csv.reader`` and ``sqlite3`` ``executemany`` of the same rows
  into a copy of the same database, in one transaction.

The file is what Dutch Excel writes: Windows-1252, ``;``, d-m-yyyy dates, phone numbers in
mixed forms, a single "Naam" column with tussenvoegsels, an initiative with a role on every
row. Targets: the median import at most 8x the median floor of the same run; a file of
``--memory-rows`` rows in at most 250 MB peak RSS of the whole process. ``--source`` runs the
program from another checkout (its figures are the "before" of a change).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_large import large_database  # noqa: E402

RATIO_TARGET = 8.0
MEMORY_TARGET_MB = 250

FIRST = ["Anja", "Kees", "Ingrid", "Zoë", "Şükrü", "Fatima", "Jan", "Marie-José", "Youssef", "Eva"]
TUSSEN = ["", "", "", "de", "van", "van der", "van 't", "ter"]
LAST = ["Jong", "Hof", "Bakker", "Çelik", "Visser", "Smit", "Meijer", "Jong-Bakker", "Yılmaz"]
PLACES = ["Dronten", "Lelystad", "Almere", "Emmeloord", "Urk", "Zeewolde"]

# The floor: what Python and SQLite need at least to put the file's rows in the database.
RAW_SCRIPT = """
import csv, sqlite3, sys
with open(sys.argv[1], encoding="cp1252", newline="") as f:
    rows = csv.reader(f, delimiter=";")
    next(rows)
    data = [(r[0], r[0], r[1], r[2], r[3], r[4]) for r in rows]
conn = sqlite3.connect(sys.argv[2])
with conn:
    conn.executemany(
        "INSERT INTO persons (first_name, last_name, email, phone, postcode, place, status, "
        "is_demo, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'actief', 0, 1, "
        "datetime('now'), datetime('now'))",
        data,
    )
conn.close()
"""


def phone(rng: random.Random) -> str:
    digits = f"{rng.randrange(10_000_000, 99_999_999)}"
    return rng.choice(
        [f"06-{digits}", f"6{digits}", f"+31 6 {digits}", f"06 {digits[:4]} {digits[4:]}"]
    )


def make_csv(path: Path, rows: int, initiative: str, seed: int = 5) -> None:
    """A Dutch Excel list of ``rows`` new volunteers, all engaged at ``initiative``."""
    rng = random.Random(seed)
    lines = ["Naam;E-mailadres;Mobiel;Postcode;Woonplaats;Geboortedatum;Initiatief;Rol;Startdatum"]
    for n in range(rows):
        name = " ".join(
            p for p in (rng.choice(FIRST), rng.choice(TUSSEN), rng.choice(LAST) + str(n)) if p
        )
        born = f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-{rng.randint(1940, 2005)}"
        postcode = f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'CD', 'EF', 'GH'])}"
        role = rng.choice(["vrijwilliger", "Coördinator", "kartrekker"])
        since = f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-2024"
        cells = [name, f"vrijwilliger{n}@voorbeeld.nl", phone(rng), postcode]
        lines.append(";".join([*cells, rng.choice(PLACES), born, initiative, role, since]))
    # Windows-1252 lacks "Ş" and "ı"; Dutch Excel writes "?" for them.
    text = "\r\n".join(lines) + "\r\n"
    path.write_bytes(text.encode("cp1252", errors="replace"))


# Starts the measured process from a small one: a child's peak RSS counts what its parent
# held when it forked, and this benchmark's own process holds the generated files' text.
LAUNCHER = """
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one child process, which must succeed."""
    # Not from the checkout: "python -m" would import the package of the working folder.
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *command],
        env=env,
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
    )
    seconds, peak_kb, code = done.stdout.split()
    if done.returncode or int(code):
        raise SystemExit(f"{command[:5]} failed ({code}): {done.stderr[-2000:]}")
    return float(seconds), int(peak_kb) // 1024  # kilobytes on Linux


class Bench:
    def __init__(self, folder: Path, source: Path) -> None:
        self.folder = folder
        self.template = folder / "template.sqlite3"
        shutil.copyfile(large_database(), self.template)
        with sqlite3.connect(self.template) as conn:
            self.initiative = conn.execute("SELECT name FROM initiatives ORDER BY id").fetchone()[0]
        conn.close()
        self.env = {
            **os.environ,
            "PYTHONPATH": str(source),
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_STATE_HOME": str(folder / "state"),
            "XDG_CACHE_HOME": str(folder / "cache"),
        }

    def fresh_copy(self) -> Path:
        copy = self.folder / "run.sqlite3"
        for leftover in self.folder.glob("run.sqlite3*"):
            leftover.unlink()
        shutil.copyfile(self.template, copy)
        return copy

    def flevodesk(self, source: Path) -> tuple[float, int]:
        command = [sys.executable, "-m", "flevodesk", "import", "volunteers", str(source)]
        return run_child([*command, "--db", str(self.fresh_copy())], self.env)

    def raw(self, source: Path) -> tuple[float, int]:
        command = [sys.executable, "-c", RAW_SCRIPT, str(source), str(self.fresh_copy())]
        return run_child(command, self.env)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--memory-rows", type=int, default=200_000)
    parser.add_argument("--source", type=Path, default=HERE.parent)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="flevodesk-bench-"))
    try:
        bench = Bench(folder, args.source.resolve())
        source = folder / "vrijwilligers.csv"
        make_csv(source, args.rows, bench.initiative)
        imports, floors = [], []
        for _ in range(args.runs):  # interleaved: load from others hits both sides alike
            imports.append(bench.flevodesk(source)[0])
            floors.append(bench.raw(source)[0])
        ours, floor = statistics.median(imports), statistics.median(floors)
        ratio = ours / floor
        print(f"program from {args.source.resolve()}; medians of {args.runs} fresh processes")
        print(
            f"import {args.rows} rows: {ours:6.2f} s   raw floor {floor:6.2f} s   "
            f"ratio {ratio:5.1f}x   target <= {RATIO_TARGET:.0f}x: "
            f"{'OK' if ratio <= RATIO_TARGET else 'MISSED'}"
        )
        # For run_all's summary: name, figure and floor in ms, ratio, target ratio.
        print(
            f"RESULT import_{args.rows} {ours * 1000:.0f} {floor * 1000:.0f} "
            f"{ratio:.2f} {RATIO_TARGET:g}"
        )
        print(f"  all runs: import {[round(s, 2) for s in imports]}")
        print(f"            floor  {[round(s, 2) for s in floors]}")
        if args.memory_rows:
            large = folder / "groot.csv"
            make_csv(large, args.memory_rows, bench.initiative, seed=7)
            seconds, peak = bench.flevodesk(large)
            raw_seconds, raw_peak = bench.raw(large)
            print(
                f"import {args.memory_rows} rows: {seconds:6.2f} s, peak RSS {peak} MB   "
                f"(raw floor {raw_seconds:.2f} s, {raw_peak} MB)   target <= "
                f"{MEMORY_TARGET_MB} MB: {'OK' if peak <= MEMORY_TARGET_MB else 'MISSED'}"
            )
            # Memory has an absolute target: the target stands in as the floor, ratio <= 1.
            share = peak / MEMORY_TARGET_MB
            print(
                f"RESULT import_{args.memory_rows}_peak_mb {peak} {MEMORY_TARGET_MB} {share:.2f} 1"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
