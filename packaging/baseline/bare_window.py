"""A bare PySide6 window: the yardstick for the frozen FlevoDesk's size and start time.

It shows one QMainWindow and, with ``FLEVODESK_SMOKE_QUIT_MS`` set, reports its first paint
and closes exactly as flevodesk/ui/smoke.py does, so packaging/bench_dist.py times both the
same way. It imports nothing from FlevoDesk on purpose.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, app: QApplication, quit_after_ms: int) -> None:
        super().__init__(app)
        self.app = app
        self.quit_after_ms = quit_after_ms
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.painted)
        return False

    @Slot()
    def painted(self) -> None:
        print(f"FLEVODESK-SMOKE first-paint {time.time():.6f}", flush=True)
        QTimer.singleShot(self.quit_after_ms, self.app.closeAllWindows)


def main() -> int:
    app = QApplication(sys.argv[:1])
    quit_ms = os.environ.get("FLEVODESK_SMOKE_QUIT_MS")
    window = QMainWindow()
    window.setWindowTitle("Bare PySide6 window")
    window.setCentralWidget(QLabel("Hallo"))
    window.resize(1200, 800)
    if quit_ms:
        # On the window only, as flevodesk/ui/smoke.py does: an application-wide filter
        # in Python delays the paint it times.
        window.installEventFilter(FirstPaint(app, int(quit_ms)))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
