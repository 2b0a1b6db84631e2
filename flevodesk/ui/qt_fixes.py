"""Work around PySide6 6.12 handing back ``None``, ``True`` and ``False`` without a reference.

Every call of a method that returns nothing (``setText``, ``setItem``, ...) lowers ``None``'s
reference count by one, and every ``Signal.emit`` lowers ``True``'s. The interpreter
starts with some 40,000 references to ``None``, so a long session, or one import preview of
10,000 rows (80,000 ``setItem`` calls), drives it to zero and the program aborts ("Fatal
Python error: none_dealloc").

Python 3.12 made these objects immortal, and the bug cannot hurt there. On older Pythons
:func:`install` does what 3.12 does: it gives ``None``, ``True`` and ``False`` a reference
count so large that no session can use it up. It does so only after checking that the
running PySide6 has the bug and that the count it would raise is the one Python reports.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

#: Added to each count: at a million lost references a second, 35 years of headroom.
PIN = 1 << 50

_installed = False


class _Probe(QObject):
    ping = Signal()


def loses_references() -> bool:
    """Whether void calls and ``emit`` drop a reference to what they return (the 6.12 bug)."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("probe")
        probe.ping.emit()
    return sys.getrefcount(None) <= none_before - 8 or sys.getrefcount(True) <= true_before - 8


def _pin(obj: object) -> bool:
    # CPython keeps the count in the object's first field; check that before writing it.
    count = ctypes.c_ssize_t.from_address(id(obj))
    if count.value != sys.getrefcount(obj) - 1:
        return False
    count.value += PIN
    return True


def install() -> bool:
    """Make ``None``, ``True`` and ``False`` immortal where this PySide6 needs it.

    Returns:
        Whether they are safe now: pinned here, immortal already, or no bug to guard against.
    """
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or not loses_references():
        _installed = True
        return True
    _installed = all([_pin(None), _pin(True), _pin(False)])
    return _installed
