"""Run every benchmark in turn and print their figures (``make bench``).

The large data set is built once (about 25 s) and cached in ``benchmarks/.data``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ["bench_ui.py", "bench_reports.py", "bench_import.py", "bench_encryption.py"]


def main() -> int:
    failed = []
    for script in SCRIPTS:
        print(f"\n=== {script}", flush=True)
        if subprocess.run([sys.executable, str(HERE / script)], check=False).returncode:
            failed.append(script)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
