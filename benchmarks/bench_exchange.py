"""Size and time of an exchange package: one initiative, and the whole large data set.

    .venv/bin/python benchmarks/bench_exchange.py [--only-one]

Works on a copy of the large data set (``generate_large.py``), whose rows were written
with raw inserts and so have no clocks yet: each export gives clocks to the rows it
carries (``exchange_sweep.sweep``), so the first export is timed with that work, and the
file's growth by it is shown. For each package: its size; the export against its floor
(turning the same payload into JSON and writing it); the import into a new database
against its floor (a raw ``sqlite3`` ``executemany`` of the same rows, clocks included,
into a new database's schema); and the import repeated (nothing new: the merge must only
notice that) against the floor of reading those records' clock rows with ``sqlite3``.
On a shared machine the wall times say more about the others than about the program, so
the process's CPU time (SQLite runs in this process) is printed beside each.
"""

from __future__ import annotations

import gc
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate_large import DATA_DIR, large_database
from results import report

PASSPHRASE = "benchmark passphrase"
_CHUNK = 500
#: Targets (figure / floor): building a payload walks every record and field in Python,
#: the merge decides per record and field; both should stay within these of raw SQLite.
EXPORT_TARGET = 100
IMPORT_TARGET = 25
REIMPORT_TARGET = 25


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


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall milliseconds and CPU seconds of ``action``."""
    started, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - started) * 1000, time.process_time() - cpu


def _written_tables() -> list[str]:
    """The tables an import writes: the exchanged ones, their links, their clocks."""
    from flevodesk.domain.exchange_sets import SET_FIELDS
    from flevodesk.domain.exchange_tracking import LINKS, exchanged_tables

    links = [t.name for fields in SET_FIELDS.values() for t in fields.values()]
    return [*exchanged_tables(), LINKS, *links, "exchange_record_clocks"]


def _insert_floor(imported: Path, empty: Path) -> float:
    """Milliseconds of a raw ``executemany`` of the rows the import wrote into ``empty``
    (a new database, its reference data, search index and triggers included)."""
    src = sqlite3.connect(imported)
    rows: dict[str, tuple[list[str], list[tuple[object, ...]]]] = {}
    for table in _written_tables():
        cursor = src.execute(f"SELECT * FROM {table}")
        rows[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    src.close()
    dst = sqlite3.connect(empty)
    started = time.perf_counter()
    with dst:
        for table, (columns, data) in rows.items():
            marks = ", ".join("?" * len(columns))
            # The new database holds the seed's reference rows already: those stay.
            sql = f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            dst.executemany(sql, data)
    took = (time.perf_counter() - started) * 1000
    dst.close()
    return took


def _clock_read_floor(target: Path, payload: dict[str, object]) -> float:
    """Milliseconds of reading the clock rows of the payload's records with ``sqlite3``."""
    by_table: dict[str, list[str]] = {}
    for record in payload["records"]:  # type: ignore[attr-defined]
        by_table.setdefault(str(record["t"]), []).append(str(record["u"]))
    con = sqlite3.connect(target)
    started = time.perf_counter()
    for table, uuids in by_table.items():
        for start in range(0, len(uuids), _CHUNK):
            part = uuids[start : start + _CHUNK]
            marks = ", ".join("?" * len(part))
            con.execute(
                "SELECT record_uuid, clocks FROM exchange_record_clocks "
                f"WHERE table_name = ? AND record_uuid IN ({marks})",
                [table, *part],
            ).fetchall()
    took = (time.perf_counter() - started) * 1000
    con.close()
    return took


def _bench(db: object, work: Path, folder: Path, label: str, peer: str, names: list[str]) -> None:
    from flevodesk.services.exchange import export_package
    from flevodesk.services.exchange.service import import_payload, read_package
    from flevodesk.services.setup import open_database

    out = folder / f"{peer}.flevopakket"
    size = _size(work)
    result = None

    def export() -> None:
        nonlocal result
        result = export_package(db, out, PASSPHRASE, peer=peer, initiatives=names)  # type: ignore[arg-type]

    took, cpu = _timed(export)
    assert result is not None
    _header, payload = read_package(out, PASSPHRASE)
    floor_file = folder / "floor.json"
    floor, _ = _timed(lambda p=payload: floor_file.write_bytes(json.dumps(p).encode()))
    print(
        f"  {label}: {result.records} records, package {result.size_bytes / 1024:.0f} KiB "
        f"(payload {floor_file.stat().st_size / 1024:.0f} KiB as JSON); "
        f"the database file grew by {(_size(work) - size) / 1e6:.1f} MB"
    )
    floor_file.unlink()
    print(f"  export of {label}: {took / 1000:.1f} s ({cpu:.1f} s CPU)")
    report(f"exchange_export_{peer}", f"export {label}", took, floor, EXPORT_TARGET)

    target, empty = folder / f"{peer}.sqlite3", folder / f"{peer}-floor.sqlite3"
    for path in (target, empty):
        open_database(str(path), daily_backups=False).db.dispose()
    fresh = open_database(str(target), daily_backups=False).db
    try:
        # What ``import_package`` does, in its two parts: unsealing (Argon2id, which costs
        # the same for any package, inflating, parsing) and the merge, which is compared.
        unsealed, unseal_cpu = _timed(lambda: read_package(out, PASSPHRASE))
        number = int(payload["number"])
        took, cpu = _timed(lambda: import_payload(fresh, payload, number))
        print(
            f"  import of {label} into a new database: unsealing {unsealed / 1000:.1f} s "
            f"({unseal_cpu:.1f} s CPU), merge {took / 1000:.1f} s ({cpu:.1f} s CPU), "
            f"the new file {_size(target) / 1e6:.1f} MB"
        )
        again, again_cpu = _timed(lambda: import_payload(fresh, payload, number))
        print(
            f"  the same package again (nothing new): {again / 1000:.1f} s ({again_cpu:.1f} s CPU)"
        )
    finally:
        fresh.dispose()
    reread = _clock_read_floor(target, payload)
    payload.clear()  # its memory, before the floor reads every row written
    gc.collect()
    floor = _insert_floor(target, empty)
    report(f"exchange_import_{peer}", f"merge {label} (new db)", took, floor, IMPORT_TARGET)
    report(f"exchange_reimport_{peer}", f"merge {label} again", again, reread, REIMPORT_TARGET)
    for path in (target, empty):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def main() -> int:
    from sqlalchemy import select

    from flevodesk.domain.initiatives import Initiative
    from flevodesk.services.setup import open_database

    work = DATA_DIR / "exchange.sqlite3"
    _copy(large_database(), work)
    db = open_database(str(work), daily_backups=False).db
    folder = Path(tempfile.mkdtemp(dir=DATA_DIR))
    try:
        with db.read() as session:
            name = session.scalar(select(Initiative.name).order_by(Initiative.id))
        cases = [("one initiative", "laptop", [str(name)])]
        if "--only-one" not in sys.argv:
            cases.append(("the whole large set", "alles", []))
        for label, peer, names in cases:
            _bench(db, work, folder, label, peer, names)
    finally:
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)
        work.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
