"""The GUI's one handler for errors nobody caught: logged with traceback, shown in Dutch.

Python hands an exception that escapes a Qt slot to :data:`sys.excepthook` and one that
ends a thread to :data:`threading.excepthook`; both come here. The traceback goes to the
log file (:mod:`flevodesk.error_log`), the user gets one Dutch sentence naming it, in a
dialog on the UI thread, and the program goes on.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from flevodesk import error_log
from flevodesk.ui.texts import tr_text
from flevodesk.ui.title_fit import fit_title


def show_crash(parent: QWidget | None, message: str) -> None:
    """The crash dialog (tests replace it to read the message)."""
    box = QMessageBox(QMessageBox.Icon.Critical, tr_text("Er ging iets mis"), message)
    box.setParent(parent, box.windowFlags())
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    fit_title(box)
    box.exec()


class CrashHandler(QObject):
    """Owns the hooks; lives on the UI thread so the dialog opens there whoever failed."""

    _show = Signal(str)

    def __init__(self, app: QApplication, window: QWidget | None = None) -> None:
        super().__init__(app)
        self._window = window
        self._showing = False
        self._show.connect(self._open_dialog, Qt.ConnectionType.QueuedConnection)

    def handle(self, error: BaseException, where: str) -> str:
        """Log ``error`` and show its Dutch sentence (from any thread); returns the sentence."""
        from flevodesk.message_text import render
        from flevodesk.services.error_text import known_text

        message = error_log.record_unexpected(error, where)
        # An OS or database refusal that nobody caught is still told as what it is.
        known = known_text(error)
        if known is not None:
            message = f"{render(known)} {message}"
        self._show.emit(message)
        return message

    @Slot(str)
    def _open_dialog(self, message: str) -> None:
        if self._showing:  # one dialog at a time: a failing repaint must not stack them
            return
        self._showing = True
        try:
            show_crash(self._window, message)
        finally:
            self._showing = False

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        _traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.handle(error, "user interface")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_value, f"thread {name}")


def install_crash_handler(app: QApplication, window: QWidget | None = None) -> CrashHandler:
    """Route every uncaught error of the running program to one :class:`CrashHandler`."""
    error_log.install()
    handler = CrashHandler(app, window)
    sys.excepthook = handler.excepthook
    threading.excepthook = handler.thread_excepthook
    return handler
