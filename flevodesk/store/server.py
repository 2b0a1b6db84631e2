"""A database on a PostgreSQL server: how it is named to a user, and why it cannot be reached.

A server's URL may carry a password (``postgresql+psycopg://user:secret@host/db``), though
the intended place for one is libpq's password or service file, which psycopg reads by
itself. Wherever the program shows or logs which database it uses, it shows :func:`shown`:
the URL with the password masked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import URL, Connection, Engine, event, make_url, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session

from flevodesk.domain.messages import Message, message
from flevodesk.store.errors import StoreError

#: SQLSTATE classes and codes a user can meet on a working connection, with what to do.
_BY_SQLSTATE: dict[str, Callable[[str, str | None], Message]] = {
    "28P01": lambda user, _db: message(
        "de teamserver weigert het wachtwoord van gebruiker {user}", user=user
    ),
    "28000": lambda user, _db: message("de teamserver laat gebruiker {user} niet toe", user=user),
    "3D000": lambda _user, db: message(
        "database {database} bestaat niet op de teamserver", database=db or ""
    ),
    "42501": lambda user, _db: message(
        "gebruiker {user} heeft op de teamserver geen recht op deze bewerking", user=user
    ),
    "53300": lambda _user, _db: message(
        "de teamserver heeft geen verbindingen meer vrij; probeer het zo opnieuw"
    ),
    "57P01": lambda _user, _db: message(
        "de teamserver is gestopt door de beheerder; probeer het zo opnieuw"
    ),
    "57P03": lambda _user, _db: message("de teamserver start nog op; probeer het zo opnieuw"),
}


#: The advisory lock of the work that changes many persons at once (an import, an erasure):
#: colleagues doing it at the same moment would each plan from what the other undoes.
PERSONS_LOCK = 0x464C4556_00000002


def hold_exclusive(session: Session, key: int) -> bool:
    """Take the advisory lock ``key`` for the session's transaction, if nobody holds it.

    Always ``True`` on SQLite, where the write transaction already excludes every other
    writer (BEGIN IMMEDIATE).
    """
    if session.get_bind().dialect.name == "sqlite":
        return True
    taken = session.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": key})
    return bool(taken.scalar())


class ServerUnavailable(StoreError):
    """The server cannot be reached, or refuses this user or this database."""


class PasswordRefused(ServerUnavailable):
    """The server wants a password that was not given, or refuses the one given."""


def shown(url: str | URL) -> str:
    """``url`` fit to show or log: the password, if the URL has one, masked."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception:  # not a URL SQLAlchemy can read: show nothing of it
        return "de opgegeven database"
    return parsed.render_as_string(hide_password=True)


def where(url: str | URL) -> Message:
    """The server and database of ``url`` for a sentence: "database d op server h"."""
    parsed = make_url(url) if isinstance(url, str) else url
    host = parsed.host or parsed.query.get("host")
    if isinstance(host, tuple):
        host = ",".join(host)
    name = parsed.database or "(standaard)"
    if not host:
        return message("database {name} op deze computer", name=name)
    return message("database {name} op server {host}", name=name, host=host)


def explain(original: BaseException, url: URL) -> ServerUnavailable | None:
    """One Dutch sentence for a psycopg error that a user (not a bug) causes, else ``None``.

    Chosen by SQLSTATE on a working connection. A refused connection carries no SQLSTATE
    (libpq reports it as text only), so there libpq's own account of whether it sent a
    password tells a wrong or missing password from a server that is not reachable.
    """
    import psycopg

    if not isinstance(original, psycopg.OperationalError):
        return None
    user = url.username or "(standaard)"
    reason: Message | None = None
    refused_password = False
    sqlstate = original.sqlstate
    if sqlstate == "28P01":
        refused_password = True
    if sqlstate is not None:
        known = _BY_SQLSTATE.get(sqlstate)
        if known is not None:
            reason = known(user, url.database)
        elif sqlstate.startswith("08"):
            reason = message("de verbinding met de teamserver is verbroken; probeer het opnieuw")
    else:
        pgconn = getattr(original, "pgconn", None)
        refused_password = pgconn is not None and bool(
            pgconn.needs_password or pgconn.used_password
        )
        if pgconn is not None and pgconn.needs_password:
            reason = message(
                "de teamserver vraagt een wachtwoord voor gebruiker {user}; zet het in uw "
                "pgpass-bestand (of een service-bestand), niet in de opdracht",
                user=user,
            )
        elif pgconn is not None and pgconn.used_password:
            reason = _BY_SQLSTATE["28P01"](user, None)
        else:
            reason = message(
                "de teamserver is niet bereikbaar, of kent gebruiker {user} of deze database niet",
                user=user,
            )
    if reason is None:
        return None
    kind = PasswordRefused if refused_password else ServerUnavailable
    return kind(message("Geen verbinding met {where}: {reason}.", where=where(url), reason=reason))


def explain_errors(engine: Engine) -> None:
    """Raise :class:`ServerUnavailable` instead of psycopg's English for what users meet."""
    url = engine.url

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> Any:
        return explain(context.original_exception, url)


# Text as SQLite compares it: by code point (its BINARY collation), and lower-case letters
# of every script (fold() lowers what NFKD left). A sample that any other collation or a
# plain "C" character type orders or lowers differently.
_SAMPLE = ["B", "a", "a b", "a\x1fb", "ab", "É", "Ø", "ß"]


def unsuitable(conn: Connection) -> Message | None:
    """Why the server database of ``conn`` cannot hold FlevoDesk's data, or ``None``.

    Sorted lists, searches and duplicate checks must give what they give on a SQLite
    file; that holds for a UTF-8 database with code point order ("C.UTF-8").
    """
    encoding = conn.execute(text("SHOW server_encoding")).scalar()
    ordered = conn.execute(
        text("SELECT array_agg(x ORDER BY x) FROM unnest(CAST(:xs AS text[])) AS t(x)"),
        {"xs": _SAMPLE},
    ).scalar()
    lowered = conn.execute(text("SELECT lower('ÀΩЖ')")).scalar() if encoding == "UTF8" else None
    if encoding == "UTF8" and ordered == sorted(_SAMPLE) and lowered == "àωж":
        return None
    name = conn.execute(text("SELECT current_database()")).scalar()
    return message(
        "database {name} op de teamserver ordent of verkleint tekst anders dan FlevoDesk "
        "verwacht (nodig: UTF-8 met de tekenvolgorde C.UTF-8); maak hem opnieuw aan met: "
        "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'",
        name=str(name),
    )
