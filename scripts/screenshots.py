"""Screenshots of every tab, to look at the program as a user sees it.

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py DB OUTDIR [W H]

Opens the main window on DB (make one with `flevodesk --db DB init --demo`), selects the row
with the longest name on each record tab, and saves one PNG per tab into OUTDIR.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

from flevodesk.ui.app import create_application, open_in_window
from flevodesk.ui.main_window import MainWindow

TABS = ["initiatieven", "vrijwilligers", "financiering", "partners", "overzicht"]


def main(db: str, out: Path, width: int = 1400, height: int = 900) -> None:
    app = create_application()
    out.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(settings=settings)
    window.resize(width, height)
    window.show()
    open_in_window(window, db)

    def wait(done: Callable[[], bool], seconds: float = 10) -> None:
        end = time.time() + seconds
        while time.time() < end and not done():
            app.processEvents()
            time.sleep(0.01)

    wait(lambda: window.bg is not None)
    wait(lambda: not window.bg.busy)
    for index, name in enumerate(TABS):
        window.tabs.setCurrentIndex(index)
        wait(lambda: not window.bg.busy)
        if index < 4:
            tab = window.current_record_tab()
            rows = range(tab.model.rowCount())
            longest = max(rows, key=lambda r: len(str(tab.model.index(r, 0).data())), default=0)
            tab.table.selectRow(longest)
            wait(lambda: not window.bg.busy)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out / f"{index}_{name}.png"))
    window._closing = True
    window.close()


if __name__ == "__main__":
    size = [int(v) for v in sys.argv[3:5]]
    main(sys.argv[1], Path(sys.argv[2]), *size)
