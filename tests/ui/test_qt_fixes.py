"""PySide6 6.12 loses a reference to None on every void call; the program must outlive that."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# 300,000 void calls and emits: several times the references a fresh interpreter holds to
# None (about 40,000), as a long session or a 10,000-row import preview makes.
MANY_CALLS = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
{setup}
class Source(QObject):
    ping = Signal()
app = QApplication([])
table = QTableWidget(100, 3)
source = Source()
for i in range(100_000):
    table.setItem(i % 100, i % 3, QTableWidgetItem("x"))
    table.setObjectName("t")
    source.ping.emit()
print("survived", flush=True)
"""


def _no_core_dump() -> None:
    # The unfixed run is expected to abort; it must not leave a core file behind.
    import resource  # POSIX only, like preexec_fn

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _run(setup: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", MANY_CALLS.format(setup=setup)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_no_core_dump if os.name == "posix" else None,
    )


def test_the_program_survives_many_void_calls() -> None:
    done = _run("import flevodesk.ui")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"


def test_without_the_fix_this_pyside_would_abort() -> None:
    # Shows the test above guards something real; a PySide6 without the bug passes both.
    from flevodesk.ui import qt_fixes

    if sys.version_info >= (3, 12) or not qt_fixes.loses_references():
        pytest.skip("this Python or PySide6 does not lose references")
    done = _run("")
    assert done.returncode != 0
    assert "deallocating" in done.stderr
