"""Colleagues' changes on a PostgreSQL server: NOTIFY in each commit, LISTEN on a thread.

Every transaction that writes on a server sends one notification on :data:`CHANNEL` just
before it commits (:func:`announce`, called from :mod:`flevodesk.store.changes`), naming
the tables it wrote and, while they fit, the ids of the records. PostgreSQL delivers it
only if the transaction commits, so a rolled-back save announces nothing. The payload
carries the writer's session id, so a window can tell its own writes from a colleague's.

:class:`Listener` keeps one connection of its own (autocommit, outside the engine's pool)
on a worker thread, waits for notifications with a timeout so it can be stopped, and
hands each batch of payloads to a callback on that thread. A lost connection is made
again; the callback then hears ``None``: what happened meanwhile is not known.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Engine

from flevodesk.store.changes import Changes

#: The channel FlevoDesk's clients notify and listen on.
CHANNEL = "flevodesk_changes"
#: PostgreSQL refuses a payload of 8000 bytes or more; past this, the ids are left out.
_MAX_PAYLOAD = 7000
#: How long a wait for notifications lasts before the thread looks whether to stop.
POLL_SECONDS = 0.5
#: How long to wait before connecting again after the connection was lost.
RETRY_SECONDS = 5.0


def payload(session_id: str, changes: Changes) -> str:
    """The notification's text: the writer's session, each table with its ids (or null)."""
    tables: dict[str, list[int] | None] = {
        table: sorted(changes.ids[table]) if table in changes.ids else None
        for table in sorted(changes.tables)
    }
    text = json.dumps({"s": session_id, "t": tables}, separators=(",", ":"))
    if len(text.encode()) <= _MAX_PAYLOAD:
        return text
    # Too many records to name: any record of those tables may have changed.
    return json.dumps({"s": session_id, "t": dict.fromkeys(tables)}, separators=(",", ":"))


def parse(text: str) -> tuple[str, Changes] | None:
    """The session and changes of a notification, or ``None`` for one not FlevoDesk's."""
    try:
        data = json.loads(text)
        session = data["s"]
        tables: Mapping[str, Any] = data["t"]
        if not isinstance(session, str) or not isinstance(tables, dict):
            return None
        ids = {
            str(table): frozenset(int(i) for i in found)
            for table, found in tables.items()
            if isinstance(found, list)
        }
        return session, Changes(frozenset(str(t) for t in tables), ids)
    except (ValueError, KeyError, TypeError):
        return None


def announce(dbapi_connection: Any, session_id: str, changes: Changes) -> None:
    """Send the notification of ``changes`` inside the transaction about to commit.

    Through the driver's own connection, so the statement is not itself seen as a write.
    """
    dbapi_connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload(session_id, changes)))


class Listener:
    """Listens on :data:`CHANNEL` on a connection of its own, on a daemon thread.

    ``on_batch`` is called on that thread with the payloads that arrived together, or
    with ``None`` after the connection was made again (notifications may have been missed).
    """

    def __init__(
        self,
        engine: Engine,
        on_batch: Callable[[list[str] | None], None],
        *,
        poll_seconds: float = POLL_SECONDS,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self._engine = engine
        self._on_batch = on_batch
        self._poll = poll_seconds
        self._retry = retry_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="flevodesk-listen", daemon=True)
        #: Set once the first LISTEN is in place (tests wait for it before writing).
        self.listening = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening; returns once the thread has ended (at most ``timeout`` seconds)."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _connect(self) -> Any:
        import psycopg

        dialect = self._engine.dialect
        args, kwargs = dialect.create_connect_args(self._engine.url)
        conn = psycopg.connect(*args, **kwargs, autocommit=True)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception:  # the server is away; the window says so when it writes
                self._stop.wait(self._retry)
                continue
            try:
                if not first:
                    self._on_batch(None)
                first = False
                self.listening.set()
                self._listen(conn)
            except Exception:  # the connection was lost: make it again
                self._stop.wait(self._retry)
            finally:
                # Already broken, perhaps: then there is nothing more to let go of.
                with contextlib.suppress(Exception):
                    conn.close()

    def _listen(self, conn: Any) -> None:
        while not self._stop.is_set():
            batch = [n.payload for n in conn.notifies(timeout=self._poll)]
            if batch and not self._stop.is_set():
                self._on_batch(batch)
