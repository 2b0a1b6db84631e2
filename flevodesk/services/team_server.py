"""Connecting the window to a team server: the address a user fills in, and its test.

The password a user types is for this session only: it travels in the URL handed to the
engine, but :func:`remembered` (what the settings keep) and every sentence shown leave it
out. Without one, libpq looks in the pgpass or service file by itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from flevodesk.domain.messages import Message, message
from flevodesk.services.errors import ServiceError
from flevodesk.services.setup import ServerPasswordNeeded
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError
from flevodesk.store.migrations import (
    SchemaState,
    inspect_schema,
    on_server,
    refuse_unusable,
    server_not_ready,
)
from flevodesk.store.server import PasswordRefused, where

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
#: libpq's sslmode values, safest last; "verify-full" checks the server's certificate and name.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_SSL_MODE = "prefer"
#: Seconds libpq waits for a server that does not answer (its own default waits for ever).
CONNECT_TIMEOUT = 10


@dataclass(frozen=True)
class ServerAddress:
    """What the "Verbinden met teamserver" dialog asks; no password among it."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "flevodesk"
    user: str = ""
    sslmode: str = DEFAULT_SSL_MODE

    def url(self, password: str | None = None) -> str:
        """The engine's URL; with ``password`` only for this session's handle.

        Raises:
            ServiceError: when the server or the database is not filled in.
        """
        if not self.host.strip():
            raise ServiceError(message("Vul bij Server de naam of het adres van de teamserver in."))
        if not self.database.strip():
            raise ServiceError(
                message("Vul bij Database de naam van de database op de teamserver in.")
            )
        if self.sslmode not in SSL_MODES:
            raise ServiceError(
                message("Versleuteling '{mode}' kent PostgreSQL niet.", mode=self.sslmode)
            )
        host = self.host.strip()
        query = {"sslmode": self.sslmode, "connect_timeout": str(CONNECT_TIMEOUT)}
        if host.startswith("/"):  # a unix socket's folder, which no URL's host can hold
            query["host"] = host
        url = URL.create(
            DRIVER,
            username=self.user.strip() or None,
            password=password or None,
            host=None if host.startswith("/") else host,
            port=self.port if self.port != DEFAULT_PORT else None,
            database=self.database.strip(),
            query=query,
        )
        return url.render_as_string(hide_password=False)


def is_server(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL server (not a file)."""
    return url.startswith("postgresql")


def address_of(url: str) -> ServerAddress | None:
    """The fields of a server URL (for the dialog to show again), or ``None``."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if not parsed.drivername.startswith("postgresql"):
        return None
    sslmode = parsed.query.get("sslmode", DEFAULT_SSL_MODE)
    return ServerAddress(
        host=str(parsed.host or parsed.query.get("host") or ""),
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "",
        user=parsed.username or "",
        sslmode=sslmode if isinstance(sslmode, str) else DEFAULT_SSL_MODE,
    )


def remembered(url: str) -> str:
    """``url`` as the settings may keep it: without the password."""
    # Not set(password=None), which leaves a password in place.
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` for this session (never to be stored or shown)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def check_server(url: str) -> str:
    """:func:`server_verdict` in Dutch."""
    return str(server_verdict(url))


def server_verdict(url: str) -> Message:
    """Whether this FlevoDesk can work on the server database ``url``; nothing is changed.

    Returns:
        One line saying the connection works.

    Raises:
        ServerPasswordNeeded: the server wants a (different) password.
        ServiceError: one Dutch line for a server that cannot be reached, refuses, or has
            no, an older or a newer FlevoDesk schema (with what to do).
    """
    db = Database(url, read_only=True)
    try:
        if not on_server(db):
            raise ServiceError(
                message("{database} is geen teamserver (PostgreSQL).", database=db.shown)
            )
        info = inspect_schema(db)
        refuse_unusable(db, info)
        if info.state is not SchemaState.CURRENT:
            raise ServiceError(server_not_ready(db, info))
    except PasswordRefused as exc:
        raise ServerPasswordNeeded(exc.translatable) from exc
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc
    finally:
        db.dispose()
    return message(
        "Verbinding gelukt met {where} (schema {revision}).",
        where=where(url),
        revision=info.revision or "",
    )
