"""Run Python's cycle collector on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. When
that is a worker of :mod:`flevodesk.ui.background`, it can finalize Qt objects that belong
to the GUI thread, and PySide crashes (seen here: a segmentation fault in ``fetch_page``
on a worker while garbage-collecting). Automatic collection is therefore switched off and a
timer on the GUI thread collects instead, with the thresholds Python would have used.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

INTERVAL_MS = 500
_PROPERTY = "flevodesk_main_thread_collector"


class MainThreadCollector(QObject):
    """Owned by the application; one per process."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    @Slot()
    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        first, second, third = gc.get_count()
        if third > self.thresholds[2]:
            return gc.collect(2)
        if second > self.thresholds[1]:
            return gc.collect(1)
        if first > self.thresholds[0]:
            return gc.collect(0)
        return 0


def collect_on_main_thread(app: QCoreApplication) -> MainThreadCollector:
    """Install the collector once for ``app`` and return it."""
    # A property rather than findChild(): findChild wraps every child of the application in
    # Python, its QStyle too, which costs the first paint about 6 ms.
    existing = app.property(_PROPERTY)
    if isinstance(existing, MainThreadCollector):
        return existing
    collector = MainThreadCollector(app)
    app.setProperty(_PROPERTY, collector)
    return collector
