"""Size and time of an exchange package: one initiative, and the whole large data set.

    .venv/bin/python benchmarks/bench_exchange.py

Works on a copy of the large data set (``generate_large.py``), whose rows were written
with raw inserts and so have no clocks yet: each export gives clocks to the rows it
carries (``exchange_sweep.sweep``), so the first one-initiative export is timed with
that work, and the file's growth by it is shown. The floor of each package is the unavoidable part:
turning the same payload into JSON and writing it to disk.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate_large import DATA_DIR, large_database
from results import report, timed_ms

PASSPHRASE = "benchmark passphrase"


def _copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()


def _size(path: Path) -> int:
    """The database's bytes on disk, its write-ahead log included."""
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def main() -> int:
    from sqlalchemy import select

    from flevodesk.domain.initiatives import Initiative
    from flevodesk.services.exchange import export_package, import_package
    from flevodesk.services.exchange.service import export_payload
    from flevodesk.services.setup import open_database

    work = DATA_DIR / "exchange.sqlite3"
    _copy(large_database(), work)
    db = open_database(str(work), daily_backups=False).db
    try:
        with db.read() as session:
            name = session.scalar(select(Initiative.name).order_by(Initiative.id))
        folder = Path(tempfile.mkdtemp(dir=DATA_DIR))
        for label, peer, initiatives in (
            ("one initiative", "laptop", [name]),
            ("the whole large set", "alles", []),
        ):
            out = folder / f"{peer}.flevopakket"
            size = _size(work)
            started, cpu = time.perf_counter(), time.process_time()
            result = export_package(db, out, PASSPHRASE, peer=peer, initiatives=initiatives)
            figure = (time.perf_counter() - started) * 1000
            cpu = time.process_time() - cpu
            payload = export_payload(db, peer=f"{peer}-floor", initiatives=initiatives)
            floor = timed_ms(
                lambda p=payload: (folder / "floor.json").write_bytes(json.dumps(p).encode())
            )
            print(
                f"  {label}: {result.records} records, package {result.size_bytes / 1024:.0f} KiB "
                f"(payload {len((folder / 'floor.json').read_bytes()) / 1024:.0f} KiB as JSON); "
                f"the database file grew by {(_size(work) - size) / 1e6:.1f} MB"
            )
            # On a shared machine the wall time says more about the others; the CPU time
            # (SQLite runs in this process) is what the export costs.
            print(f"  export of {label}: {figure / 1000:.1f} s ({cpu:.1f} s CPU)")
            report(f"exchange_export_{peer}", f"export {label}", figure, floor, 100)
            target = folder / f"{peer}.sqlite3"
            fresh = open_database(str(target), daily_backups=False).db
            try:
                cpu = time.process_time()
                took = timed_ms(lambda f=fresh, o=out: import_package(f, o, PASSPHRASE))
                cpu = time.process_time() - cpu
                print(
                    f"  import of {label} into a new database: {took / 1000:.1f} s "
                    f"({cpu:.1f} s CPU), the new file {_size(target) / 1e6:.1f} MB"
                )
            finally:
                fresh.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    finally:
        db.dispose()
        work.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
