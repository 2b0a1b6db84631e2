"""Run every benchmark in turn, then one table of every figure beside its floor (``make bench``).

The large data set is built once (about 25 s) and cached in ``benchmarks/.data``. Each
script prints its figures as ``RESULT <name> <figure_ms> <floor_ms> <ratio> <target_ratio>``
lines (see ``results.py``); a script that prints none yet shows as "not measured".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Script, and what its rows are about when it states none.
SCRIPTS = [
    ("bench_ui.py", "start, first rows, filter"),
    ("bench_reports.py", "printing"),
    ("bench_import.py", "import"),
    ("bench_encryption.py", "encrypted open"),
    ("bench_team.py", "team server (PostgreSQL) beside the file"),
    ("bench_exchange.py", "exchange packages"),
]

Row = tuple[str, str, str, str, str, str]


def run(script: str) -> tuple[int, list[list[str]]]:
    """Run ``script``, showing its output as it comes; its exit code and RESULT lines."""
    results = []
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}  # its lines as they come, not at the end
    with subprocess.Popen(
        [sys.executable, str(HERE / script)], stdout=subprocess.PIPE, text=True, bufsize=1, env=env
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            print(line, end="", flush=True)
            words = line.split()
            if words[:1] == ["RESULT"]:
                results.append(words[1:])
    return child.returncode, results


def rows_of(script: str, about: str, code: int, results: list[list[str]]) -> list[Row]:
    rows: list[Row] = []
    for fields in results:
        if len(fields) != 5:
            rows.append((fields[0] if fields else about, "?", "?", "?", "?", "unreadable"))
            continue
        name, figure, floor, ratio, target = fields
        try:
            met = float(ratio) <= float(target)
            shown = (f"{float(figure):.1f}", f"{float(floor):.1f}", f"{float(ratio):.2f}x")
        except ValueError:
            rows.append((name, figure, floor, ratio, target, "unreadable"))
            continue
        rows.append((name, *shown, f"<= {target}x", "OK" if met else "MISSED"))
    if not rows:
        # A script may end with 1 for a missed target, as bench_reports.py does.
        verdict = "not measured" if code == 0 else f"not measured ({script} ended with {code})"
        rows.append((about, "-", "-", "-", "-", verdict))
    return rows


def print_table(rows: list[Row]) -> None:
    header: Row = ("figure", "ms", "floor ms", "ratio", "target", "verdict")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(6)]
    print("\n=== summary (every figure beside its floor from the same run)")
    for row in [header, *rows]:
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:5], widths[1:5], strict=True)
        ]
        print("  " + "  ".join(cells) + "  " + row[5])


def main() -> int:
    failed, rows = [], []
    for script, about in SCRIPTS:
        print(f"\n=== {script}", flush=True)
        code, results = run(script)
        if code:
            failed.append(script)
        rows += rows_of(script, about, code, results)
    print_table(rows)
    if failed:
        print(f"\nended with an error code (a failure or a missed target): {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
