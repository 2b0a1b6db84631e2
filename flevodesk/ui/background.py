"""The one way the user interface runs database work off its own thread.

Like Anki's ``CollectionOp``: :meth:`Background.run` takes a function that does the work
and never touches a widget, runs it on a worker thread, and calls ``on_success`` with its
result or ``on_failure`` with the exception, both on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from flevodesk import error_log
from flevodesk.services.error_text import known_message

T = TypeVar("T")


def user_message(error: BaseException) -> str:
    """A readable Dutch sentence for an error, never a traceback.

    An error nobody expected is in the log file with its traceback (:class:`_Job` put it
    there); the sentence names that file.
    """
    return known_message(error) or error_log.unexpected_message(error_log.install())


class _Relay(QObject):
    """Lives on the UI thread; the worker's signal reaches it through the event loop."""

    done = Signal(object, object)

    def __init__(
        self,
        owner: Background,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        self._owner = owner
        self._on_success = on_success
        self._on_failure = on_failure
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        try:
            if isinstance(error, BaseException):
                if self._on_failure is not None:
                    self._on_failure(error)
                else:
                    self._owner.failed.emit(user_message(error))
            else:
                self._on_success(result)
        finally:
            self._owner._finish(self)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            if known_message(exc) is None:
                error_log.record_unexpected(exc, "background operation")
            self._relay.done.emit(None, exc)
        else:
            self._relay.done.emit(result, None)


class Background(QObject):
    """Runs operations on a small thread pool and hands results back to the UI thread.

    ``failed`` carries the Dutch message of an operation that was given no failure
    callback, so the main window can show it in one place.
    """

    failed = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pending: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        """Whether an operation is running or its callback has not been delivered yet."""
        return bool(self._pending)

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` off the UI thread; deliver its result or error on the UI thread."""
        relay = _Relay(self, on_success, on_failure)
        self._pending.add(relay)
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30_000) -> None:
        """Block until running operations finish (at shut-down, before the engine closes)."""
        self._pool.waitForDone(msecs)

    def _finish(self, relay: _Relay) -> None:
        self._pending.discard(relay)
        relay.deleteLater()
        if not self._pending:
            self.idle.emit()
