"""Building a printout without Python's cyclic garbage collector interrupting it.

A big batch keeps hundreds of thousands of objects alive until the PDF is written (every
page's flowables, fragments and lines), and the collector, triggered by the count of new
objects, walks all of them again and again: a fifth of the build of 500 handouts. What
the build leaves behind is freed by reference counting, or by the collector's next
ordinary run after the build.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_builds = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector while the block runs; builds may overlap (threads).

    The collector is switched back on when the last overlapping build ends, and only if
    it was on when the first began.
    """
    global _builds, _was_enabled
    with _lock:
        if _builds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _builds += 1
    try:
        yield
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0 and _was_enabled:
                gc.enable()
