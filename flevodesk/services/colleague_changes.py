"""Colleagues' changes on a team server, as the same :class:`Changes` one's own writes give.

Who is a colleague: any other handle on the server database, in another program or this
one (its session id differs). One's own writes are left out: the operations layer already
announced them when they committed. When the listener lost its connection for a while,
nobody knows what changed meanwhile, so every table is said to have changed.
"""

from __future__ import annotations

from collections.abc import Callable

from flevodesk.services.unit_of_work import Changes, every_table
from flevodesk.store.database import Database
from flevodesk.store.migrations import on_server
from flevodesk.store.notify import Listener, parse


class Following:
    """A running listener for one database's colleagues; :meth:`stop` ends it."""

    def __init__(self, listener: Listener) -> None:
        self._listener = listener

    def wait_listening(self, timeout: float) -> bool:
        """Whether the listener is in place within ``timeout`` seconds (for tests)."""
        return self._listener.listening.wait(timeout)

    def stop(self) -> None:
        self._listener.stop()


def colleagues_changes(own_session: str, payloads: list[str] | None) -> Changes:
    """What a batch of notifications says others changed (``None``: anything may have)."""
    if payloads is None:
        return every_table()
    merged = Changes()
    for text in payloads:
        found = parse(text)
        if found is None or found[0] == own_session:
            continue
        merged = merged.merged(found[1])
    return merged


def follow(db: Database, deliver: Callable[[Changes], None]) -> Following | None:
    """Hand what colleagues commit on ``db``'s server to ``deliver`` (on a worker thread).

    ``None`` for a database file, which nobody else writes while this window holds it.
    """
    if not on_server(db):
        return None
    own = db.session_id

    def on_batch(payloads: list[str] | None) -> None:
        changes = colleagues_changes(own, payloads)
        if changes:
            deliver(changes)

    listener = Listener(db.engine, on_batch)
    listener.start()
    return Following(listener)
