"""Work that finishes after the window (and its Background) closed tells nobody."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from flevodesk.ui.background import Background


def test_work_finishing_after_its_background_was_deleted_tells_nobody(qtbot):
    gate = threading.Event()
    told: list[object] = []
    bg = Background()
    bg.run(lambda: gate.wait(5), told.append, told.append)
    # The window closes while the work runs; its pool waits for the job as it goes.
    threading.Timer(0.2, gate.set).start()
    bg.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(bg)
    # The job's answer is still queued for the event loop: delivering it must not reach
    # the deleted owner (pytest-qt fails the test on an exception in the event loop).
    qtbot.wait(100)
    QCoreApplication.processEvents()
    assert told == []
