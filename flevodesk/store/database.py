"""The engine and the two kinds of unit of work the services use: read and write."""

from __future__ import annotations

import getpass
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

# Every model must be mapped before the first session, whichever model a caller imports
# first: relationships name each other by string ("FundingApplication").
import flevodesk.domain.models  # noqa: F401
from flevodesk.domain.base import AUTHOR_OPTION
from flevodesk.domain.messages import Message, message
from flevodesk.domain.text import fold
from flevodesk.store import changes, notify, server, sqlite_errors
from flevodesk.store.errors import StoreError
from flevodesk.store.location import sqlite_file
from flevodesk.store.medium import read_only_uri

if TYPE_CHECKING:
    from flevodesk.store.integrity import BackgroundCheck

BUSY_TIMEOUT_MS = 5000
_IMMEDIATE = "flevodesk_immediate"


def login_name() -> str:
    """The computer's login name, for whoever did not give their own ("onbekend" where a
    sandboxed system has none)."""
    try:
        return getpass.getuser()
    except Exception:
        return "onbekend"


class Database:
    """One database: an engine plus sessions that begin and end transactions correctly.

    Services use :meth:`read` for queries and :meth:`write` for changes; both hand out a
    ``Session`` with ``expire_on_commit=False`` so objects stay readable after it closes.
    """

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        passphrase: str | None = None,
        echo: bool = False,
    ) -> None:
        self.url = url
        self.path = sqlite_file(url)
        self.read_only = read_only
        self.passphrase = passphrase
        #: The whole-file check still running on an opened database; writes wait for it.
        self.check: BackgroundCheck | None = None
        #: Who this copy of the program writes as, when the user named themselves (see
        #: :meth:`author`); services set it from the settings of a file.
        self.author_name: str | None = None
        self._server_user: str | None = None
        #: Names this handle's writes in the notifications colleagues hear on a server.
        self.session_id = uuid.uuid4().hex
        self.engine: Engine = create_engine(self._engine_url(), echo=echo, **self._pooling())
        # Every INSERT and UPDATE stamps ``updated_by`` with this (domain.base).
        self.engine.update_execution_options(**{AUTHOR_OPTION: self.author})
        on_commit: changes.OnCommit | None = None
        if self.engine.dialect.name == "sqlite":
            _configure_sqlite(self.engine, wal=not read_only)
        else:
            server.explain_errors(self.engine)
            event.listen(self.engine, "connect", self._note_server_user)
            session_id = self.session_id

            def _tell_colleagues(driver_connection: Any, written: changes.Changes) -> None:
                notify.announce(driver_connection, session_id, written)

            on_commit = _tell_colleagues

        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(**{_IMMEDIATE: True}), expire_on_commit=False
        )
        changes.track(self.engine, self._reader, self._writer, on_commit=on_commit)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing it changes is committed.

        Closing (not rolling back) ends it, so the objects it loaded keep their values.
        """
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction takes the write lock at once and commits on success.

        ``BEGIN IMMEDIATE`` makes a second writer wait for the busy timeout instead of
        failing with "database is locked" when it turns from reading to writing.

        Raises:
            StoreError: when the file's check (see :attr:`check`) found it damaged.
        """
        if self.check is not None:
            self.check.wait()
        try:
            with self._writer() as session, session.begin():
                yield session
        except OperationalError as exc:
            if self.path is None:
                raise
            raise translate_write_error(exc, self.path) from exc

    def author(self) -> str:
        """Who saves through this handle, for ``updated_by``: the name the user gave, else
        on a server the role its connections logged in as (what the server vouches for),
        else the computer's login name."""
        if self.author_name:
            return self.author_name
        return self._server_user or login_name()

    def _note_server_user(self, dbapi_connection: Any, _record: Any) -> None:
        # libpq's own choice (the URL, PGUSER, a service file or the login name).
        self._server_user = getattr(getattr(dbapi_connection, "info", None), "user", None)

    @property
    def shown(self) -> str:
        """Which database this is, fit to show or log: its file, or its URL without password."""
        return str(self.path) if self.path is not None else server.shown(self.url)

    def _engine_url(self) -> str | URL:
        if self.path is None:
            return self.url
        # Read-only goes through a URI so SQLite itself refuses every write, pragmas included.
        database = read_only_uri(self.path) if self.read_only else str(self.path)
        query = {"uri": "true"} if self.read_only else {}
        if self.passphrase:
            from flevodesk.store.crypto import key_for

            # Derived once here (the file's salt is in its header), not by every pooled
            # connection: SQLAlchemy hands this on as ``PRAGMA key="x'...'"``.
            key = key_for(self.path, self.passphrase)
            return URL.create("sqlite+pysqlcipher", password=key, database=database, query=query)
        return URL.create("sqlite+pysqlite", database=database, query=query)

    def _pooling(self) -> dict[str, Any]:
        if self.path is None and self.read_only:
            # The server refuses every write in a read-only transaction, as SQLite does.
            return {"execution_options": {"postgresql_readonly": True}}
        if not (self.passphrase and self.path is not None):
            return {}
        # pysqlcipher's default SingletonThreadPool keeps a connection per thread and, past
        # five threads, closes the oldest even while that thread still uses it (a reading
        # tab then failed with "Cannot operate on a closed database"). A QueuePool shares
        # its connections between threads like plain SQLite's.
        return {"poolclass": QueuePool, "connect_args": {"check_same_thread": False}}

    def reopened(self, *, read_only: bool) -> Database:
        """Another handle on the same database, with the same passphrase and author."""
        handle = Database(self.url, read_only=read_only, passphrase=self.passphrase)
        handle.author_name = self.author_name
        return handle

    def dispose(self) -> None:
        """Close every pooled connection (needed before the file is replaced or removed)."""
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.shown!r})"


class WriteFailed(StoreError):
    """A write did not reach the disk; the transaction was rolled back entirely."""


def translate_write_error(exc: OperationalError, path: Path | None) -> Exception:
    """A Dutch explanation for the ways a disk refuses a write, or ``exc`` itself.

    Chosen by SQLite's result code (``exc.orig.sqlite_errorcode``): its English texts differ
    between versions and builds, its codes do not.
    """
    code = sqlite_errors.primary_code(exc)
    where: Path | Message = path or message("de database")
    if code == sqlite3.SQLITE_FULL:
        return WriteFailed(
            message(
                "De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en "
                "sla dan opnieuw op; uw invoer blijft staan."
            )
        )
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return WriteFailed(
            message(
                "{database} kan niet worden beschreven (alleen-lezen: de schijf of het bestand "
                "is beveiligd tegen schrijven). Er is niets opgeslagen.",
                database=where,
            )
        )
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
        return WriteFailed(
            message(
                "{database} is niet (meer) bereikbaar: er is niets opgeslagen. "
                "Controleer de schijf of USB-stick en probeer het opnieuw.",
                database=where,
            )
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return WriteFailed(
            message(
                "De database is bezet door een ander programma; er is niets "
                "opgeslagen. Probeer het zo opnieuw."
            )
        )
    return exc


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how a transaction starts.
        dbapi_connection.isolation_level = None
        if engine.dialect.driver == "pysqlcipher":
            # SQLCipher otherwise logs a failed key check to stderr before we can explain it.
            dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
        dbapi_connection.create_function("fold", 1, fold, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # Freed bytes and the unused space of reused pages are zeroed on every build (not
        # all default to it): else a row's old values, or stale page-cache memory, stay
        # in the file where only a later VACUUM would find them (an erasure's scrub).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if wal:
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
            except Exception as exc:  # sqlite3's or sqlcipher3's own class
                # Switching to WAL writes the header: a write-protected file in the older
                # journal mode must still open for reading and exporting.
                if sqlite_errors.primary_code(exc) != sqlite3.SQLITE_READONLY:
                    raise
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
