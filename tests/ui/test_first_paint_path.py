"""What the window's first paint waits for: only Qt's basics, never the data layer.

Run in a fresh interpreter, because this test process has long imported everything.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
import PySide6.QtCore as QtCore
import PySide6.QtWidgets as QtWidgets
from flevodesk.ui.app import create_application
from flevodesk.ui.main_window import MainWindow

app = create_application()
window = MainWindow()
window.show()
heavy = ("sqlalchemy", "alembic", "reportlab", "platformdirs", "openpyxl",
         "flevodesk.services", "flevodesk.store", "flevodesk.domain")
print("before", sorted(m for m in sys.modules if m.startswith(heavy)),
      "Qt" in vars(QtCore), "QStyle" in vars(QtWidgets))
painted = []
window.first_painted.connect(lambda: painted.append(True))
while not painted:
    app.processEvents()
titles = [a.text() for a in window.menuBar().actions()]
print("after", titles, window.main_actions.new.isEnabled())
window.close()
"""


def test_the_first_paint_waits_for_nothing_heavy_and_the_menus_follow_it() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    # No data layer, no Qt namespace, no QStyle: each costs the first paint milliseconds.
    assert lines["before"] == "[] False False"
    # Right after the paint the menus are there; record actions wait for a database.
    assert lines["after"] == "['&Bestand', 'Be&werken', '&Instellingen', '&Help'] False"


def test_qt_speaks_dutch_on_its_own_buttons(qapp) -> None:
    from PySide6.QtWidgets import QWizard

    from flevodesk.ui.app import create_application, install_qt_translations

    create_application()
    assert install_qt_translations(qapp)  # a second call finds it installed
    wizard = QWizard()
    texts = [
        wizard.buttonText(b)
        for b in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    ]
    wizard.deleteLater()
    assert texts == ["&Volgende >", "Vol&tooien", "Annuleren"]
