"""The operations layer: the one way the user interface runs database work.

Like Anki's ``CollectionOp`` and ``QueryOp``: :meth:`Background.run` takes a function that
does the work and never touches a widget, runs it on a worker thread, and calls
``on_success`` with its result or ``on_failure`` with the exception, both on the UI thread.
Reads and writes go the same way. What a piece of work committed is collected by the store
(:mod:`flevodesk.services.unit_of_work`) and announced on :attr:`Background.bus` after the
callback, so every open view reloads what it shows; nobody calls a refresh by hand.
An operation given a ``busy`` text shows it in the status bar while it runs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from flevodesk import error_log
from flevodesk.message_text import render
from flevodesk.services.error_text import known_text
from flevodesk.services.unit_of_work import Changes, Outcome, run_recorded
from flevodesk.ui.change_bus import ChangeBus

T = TypeVar("T")


def user_message(error: BaseException) -> str:
    """A readable sentence in the reader's language for an error, never a traceback.

    An error nobody expected is in the log file with its traceback (:class:`_Job` put it
    there); the sentence names that file.
    """
    known = known_text(error)
    if known is None:
        return error_log.unexpected_message(error_log.install())
    return render(known)


class _Relay(QObject):
    """Lives on the UI thread; the worker's signal reaches it through the event loop."""

    done = Signal(object)

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

    @Slot(object)
    def _deliver(self, outcome: Outcome[Any]) -> None:
        if not shiboken6.isValid(self._owner):
            # The window that asked was closed while the work ran; its callbacks went with
            # it, and nobody is left to tell.
            self.deleteLater()
            return
        try:
            if outcome.error is not None:
                if self._on_failure is not None:
                    self._on_failure(outcome.error)
                else:
                    self._owner.failed.emit(user_message(outcome.error))
            else:
                self._on_success(outcome.result)
        finally:
            self._owner._finish(self, outcome.changes)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        outcome = run_recorded(self._work)
        if outcome.error is not None and known_text(outcome.error) is None:
            error_log.record_unexpected(outcome.error, "background operation")
        # At exit the relay may be gone with the window: nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self._relay.done.emit(outcome)


class Background(QObject):
    """Runs operations on a small thread pool and hands results back to the UI thread.

    ``failed`` carries the Dutch message of an operation that was given no failure
    callback, so the main window can show it in one place; ``activity`` the ``busy`` text
    of the longest-running operation that has one ("" when none runs).
    """

    failed = Signal(str)
    idle = Signal()
    activity = Signal(str)

    def __init__(
        self, parent: QObject | None = None, max_threads: int = 2, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pending: set[_Relay] = set()
        self._busy: dict[_Relay, str] = {}
        #: Where what each operation committed is announced.
        self.bus = bus if bus is not None else ChangeBus(self)

    @property
    def busy(self) -> bool:
        """Whether an operation is running or its callback has not been delivered yet."""
        return bool(self._pending)

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        busy: str | None = None,
    ) -> None:
        """Run ``work`` off the UI thread; deliver its result or error on the UI thread.

        ``busy`` names work that can take longer than a blink ("Reservekopie maken…").
        """
        relay = _Relay(self, on_success, on_failure)
        self._pending.add(relay)
        if busy:
            self._busy[relay] = busy
            self.activity.emit(busy)
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30_000) -> None:
        """Block until running operations finish (at shut-down, before the engine closes)."""
        self._pool.waitForDone(msecs)

    def _finish(self, relay: _Relay, changes: Changes) -> None:
        self._pending.discard(relay)
        relay.deleteLater()
        if self._busy.pop(relay, None) is not None:
            self.activity.emit(next(iter(self._busy.values()), ""))
        # After the callback: the view that asked has shown its result, the others follow.
        self.bus.announce(changes)
        if not self._pending:
            self.idle.emit()
