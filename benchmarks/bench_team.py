"""The volunteers tab on a team server (PostgreSQL) beside the same tab on the file.

    .venv/bin/python benchmarks/bench_team.py [--runs 5]

The large data set (100,000 persons) is loaded into a throwaway PostgreSQL cluster (the
tests' own, ``tests/postgres.py``: ``initdb`` into a temporary folder, a unix socket, no
TCP), or into ``FLEVODESK_TEST_POSTGRES_URL``'s server when set. Then, in the same run
and alternating, the FlevoDesk volunteers tab on the server and on the SQLite file:

- first rows: from building the tab until its first page and count are in the model;
- filter: per keystroke, from the query leaving the search field to the new rows and
  their count in the model (as ``bench_ui.py`` measures it).

The file's figure is the floor: a team server is to cost at most twice the file. Without
PostgreSQL the script says so and states no figure.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate_large import large_database  # noqa: E402 - found through the path above
from results import alternate, report  # noqa: E402

WORDS = ["jansen", "zoe", "p4242"]
TARGET = 2.0


@contextmanager
def postgres_database() -> Iterator[str | None]:
    """The URL of a new, empty database on a server, or ``None`` when there is none."""
    from tests import postgres

    given = os.environ.get(postgres.URL_VARIABLE)
    if given:
        from sqlalchemy import make_url

        server = postgres.Server(make_url(given))
    elif postgres._pg_binary("initdb") is None or postgres._pg_binary("pg_ctl") is None:
        yield None
        return
    else:
        server = postgres._start_cluster()
    try:
        name = postgres.create_database(server)
        try:
            yield server.url_for(name).render_as_string(hide_password=False)
        finally:
            postgres.drop_database(server, name)
    finally:
        if server.data_dir is not None:
            postgres._stop_cluster(server)


def load(source: Path, url: str) -> int:
    """Put the schema on the server, then every row of ``source`` (COPY); returns the rows."""
    import psycopg

    from flevodesk.domain.models import Base
    from flevodesk.services.setup import migrate_database

    migrate_database(url)
    tables = [t.name for t in Base.metadata.sorted_tables]
    raw = sqlite3.connect(source)
    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    total = 0
    with psycopg.connect(conninfo) as pg:
        # The reference rows migrate put in are in the file too.
        pg.execute(f"TRUNCATE {', '.join(tables)} CASCADE")
        for table in tables:
            booleans = {c.name for c in Base.metadata.tables[table].columns if _is_boolean(c.type)}
            cursor = raw.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            flags = [c in booleans for c in columns]
            with pg.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                while rows := cursor.fetchmany(5000):
                    for row in rows:
                        copy.write_row(_fixed(row, flags))
                    total += len(rows)
        for table in tables:  # ids the program gives next follow the copied ones
            if "id" in Base.metadata.tables[table].columns:
                pg.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                )
        pg.commit()
        pg.autocommit = True
        pg.execute("VACUUM ANALYZE")
    raw.close()
    return total


def _is_boolean(column_type: Any) -> bool:
    try:
        return column_type.python_type is bool
    except NotImplementedError:
        return False


def _fixed(row: tuple[Any, ...], flags: list[bool]) -> tuple[Any, ...]:
    return tuple(
        bool(v) if flag and v is not None else v for v, flag in zip(row, flags, strict=True)
    )


class Tab:
    """A volunteers tab on one database, timed as the window uses it."""

    def __init__(self, app: Any, url: str) -> None:
        from flevodesk.store.database import Database
        from flevodesk.ui.background import Background

        self.app = app
        self.db = Database(url)
        self.bg = Background()
        self.tab: Any = None

    def first_rows(self) -> float:
        """Milliseconds from building the tab until its first page is in the model."""
        from PySide6.QtCore import QEventLoop

        from flevodesk.ui.tabs import record_tab

        self.close()
        loop = QEventLoop()
        begin = time.perf_counter()
        self.tab = record_tab("person", self.db, self.bg, load=False)
        self.tab.model.loaded.connect(loop.quit)
        self.tab.load()
        loop.exec()
        spent = (time.perf_counter() - begin) * 1000
        self.tab.model.loaded.disconnect(loop.quit)
        self.settle()
        return spent

    def keystroke(self, text: str) -> float:
        self._search("")  # from the full list each time, as a first keystroke
        return self._search(text)

    def _search(self, text: str) -> float:
        from PySide6.QtCore import QEventLoop

        tab = self.tab
        tab.search.blockSignals(True)
        tab.search.setText(text)
        tab.search.blockSignals(False)
        loop = QEventLoop()
        tab.model.loaded.connect(loop.quit)
        begin = time.perf_counter()
        tab.apply_query()
        loop.exec()
        spent = (time.perf_counter() - begin) * 1000
        tab.model.loaded.disconnect(loop.quit)
        self.app.processEvents()
        return spent

    def settle(self) -> None:
        while self.bg.busy:
            self.app.processEvents()
            time.sleep(0.0005)
        self.app.processEvents()

    def shown(self) -> list[int]:
        model = self.tab.model
        return [model.record_id(i) for i in range(min(200, model.rowCount()))]

    def close(self) -> None:
        if self.tab is not None:
            self.settle()
            self.tab.close()
            self.tab.deleteLater()
            self.tab = None
            self.app.processEvents()

    def dispose(self) -> None:
        self.close()
        self.bg.wait()
        self.db.dispose()


def bench(file: Path, url: str, runs: int, words: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    server, local = Tab(app, url), Tab(app, f"sqlite:///{file}")
    server.first_rows(), local.first_rows()  # warm both caches and pools
    ours, floor = alternate(server.first_rows, local.first_rows, runs)
    print(f"first rows of 100,000 persons, median of {runs} (floor: the same tab on the file):")
    report("team_first_rows", "team server, first rows", ours, floor, TARGET)
    print(f"filter on 100,000 persons, per keystroke, median of {runs} (ms):")
    print(f"  {'typed':<10}{'rows':>7}{'server':>9}{'file':>8}{'ratio':>8}")
    measured: list[tuple[float, float]] = []
    for word in words:
        for n in range(1, len(word) + 1):
            text = word[:n]
            pair = alternate(
                lambda t=text: server.keystroke(t), lambda t=text: local.keystroke(t), runs
            )
            assert server.shown() == local.shown(), text  # the same persons, in the same order
            measured.append(pair)
            print(
                f"  {text:<10}{local.tab.model.matching:>7}{pair[0]:>9.1f}{pair[1]:>8.1f}"
                f"{pair[0] / pair[1]:>7.1f}x"
            )
    report(
        "team_filter_keystroke",
        "team server, filter, median keystroke",
        statistics.median(m[0] for m in measured),
        statistics.median(m[1] for m in measured),
        TARGET,
    )
    worst, worst_floor = max(measured, key=lambda m: m[0] / m[1])
    report("team_filter_worst", "team server, filter, worst keystroke", worst, worst_floor, TARGET)
    server.dispose()
    local.dispose()
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--words", nargs="*", default=WORDS)
    args = parser.parse_args()
    file = large_database()
    with postgres_database() as url:
        if url is None:
            print(
                "team server: no PostgreSQL here (no initdb, FLEVODESK_TEST_POSTGRES_URL not "
                "set); the PostgreSQL rows are skipped."
            )
            return 0
        begin = time.perf_counter()
        rows = load(file, url)
        print(f"loaded {rows:,} rows into PostgreSQL in {time.perf_counter() - begin:.1f} s")
        bench(file, url, args.runs, args.words)
    return 0


if __name__ == "__main__":
    sys.exit(main())
