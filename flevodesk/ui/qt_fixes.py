"""Work around a reference-counting bug in PySide6 6.12's ``SignalInstance.emit``.

``emit()`` hands back ``True`` without taking a reference, so every signal emitted from
Python lowers ``True``'s reference count by one; after a few thousand emits the
interpreter aborts ("bool_dealloc: deallocating True or False"), usually while it shuts
down. :func:`install` checks whether the running PySide6 has the bug and, only then, wraps
``emit`` to give the missing reference back.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_references() -> bool:
    """Whether ``SignalInstance.emit`` drops a reference to its result (the 6.12 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 8


def install() -> None:
    """Patch ``SignalInstance.emit`` once, if this PySide6 needs it."""
    global _installed
    if _installed or not emit_loses_references():
        _installed = True
        return
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
