"""Open the database the user chose: check it, back it up, upgrade it, fill a new one."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from flevodesk.domain.messages import Message, as_message, message
from flevodesk.services.errors import ServiceError
from flevodesk.services.privacy import name_the_author
from flevodesk.services.reference import load_reference_data
from flevodesk.services.scrubbing import finish_pending_work
from flevodesk.store import crypto, location
from flevodesk.store.backup import DEFAULT_KEEP_DAILY, daily_backup, register
from flevodesk.store.database import Database as Database  # the handle the UI passes on
from flevodesk.store.errors import StoreError
from flevodesk.store.integrity import (
    BackgroundCheck,
    InterruptedWrite,
    PassphraseNeeded,
    check_sqlite_file,
)
from flevodesk.store.migrations import (
    HEAD_REVISION,
    SchemaState,
    finish_interrupted_writes,
    inspect_schema,
    server_not_ready,
    upgrade,
)
from flevodesk.store.os_errors import describe_message
from flevodesk.store.restoring import finish_interrupted_restore
from flevodesk.store.server import PasswordRefused


class PassphraseRequired(ServiceError):
    """The database is encrypted and no passphrase was given."""


class WrongPassphrase(ServiceError):
    """The passphrase does not open the database."""


class ServerPasswordNeeded(ServiceError):
    """The team server asks a password that was not given, or refuses the one given."""


@dataclass(frozen=True)
class Opened:
    db: Database
    created: bool
    daily_backup: Path | None = None
    #: What opening found and tidied (an unfinished re-key, ...), for the edge to show.
    notices: tuple[Message, ...] = ()
    #: With ``check_later``: the rest of opening, to run off the UI thread. It waits for
    #: the whole-file check and then makes the day's backup (returned, or ``None``);
    #: raises :class:`ServiceError` with the check's Dutch verdict for a damaged file.
    finish: Callable[[], Path | None] | None = None


def open_database(
    target: str | None = None,
    *,
    passphrase: str | None = None,
    keep_daily: int = DEFAULT_KEEP_DAILY,
    daily_backups: bool = True,
    checked: bool = False,
    check_later: bool = False,
) -> Opened:
    """Open (and on first use create) the database named by ``--db``/``FLEVODESK_DB``.

    A new database gets the schema and the Flevoland reference data in one go (encrypted
    from the first byte when a passphrase is given); an older one is backed up and
    upgraded; a damaged, foreign or newer one is refused untouched. The first opening of
    each day leaves a backup copy, of which the newest ``keep_daily`` are kept. Copies that
    a killed encryption or passphrase change left beside the file are removed, and
    ``notices`` says so.
    ``checked`` says :func:`flevodesk.store.integrity.file_is_sound` has just passed
    the file, so its whole-file check is not read twice. ``check_later`` runs that check
    on a thread of its own instead, so the first page can be read meanwhile: writes wait
    for its verdict, and ``Opened.finish`` reports it and makes the day's backup after it.

    Raises:
        PassphraseRequired: for an encrypted database opened without passphrase.
        WrongPassphrase: when the passphrase does not open it.
        ServiceError: with a Dutch message when the database cannot be used otherwise.
    """
    url = location.resolve_target(target)
    path = location.sqlite_file(url)
    if passphrase and path is not None and not crypto.sqlcipher_available():
        raise ServiceError(
            message("Versleuteling is niet beschikbaar: sqlcipher3 is niet geïnstalleerd.")
        )
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # A restore killed half-way is finished first: the file checked is then whole, and
        # the engine keys its connections with the salt of the file it will read.
        try:
            checked = not finish_interrupted_restore(path) and checked
        except OSError as exc:
            raise ServiceError(describe_message(exc, "herstellen", path)) from exc
    db = Database(url, passphrase=passphrase or None)
    later = check_later and not checked and _can_check_later(path, db.passphrase)
    try:
        if later and db.path is not None:
            finish_interrupted_writes(db.path, db.passphrase)  # the check must see them done
            db.check = BackgroundCheck(db.path, db.passphrase)
        try:
            before = upgrade(
                db, location.backup_dir(), checked=checked or later, fill_new=load_reference_data
            )
        except Exception:
            if db.check is not None:
                db.check.wait()  # its Dutch verdict on a damaged file explains best
            raise
        # Only once the file has opened: a notice shown after a refused passphrase is lost.
        notices = crypto.remove_unfinished(db.path) if db.path is not None else []
        created = before.state is SchemaState.EMPTY
        finish_pending_work(db)  # before the backup: it must not copy what a scrub removes
        name_the_author(db)
        identity = None
        if db.path is not None:
            identity = register(db.path, location.backup_dir(), db.passphrase)
        keep = keep_daily if daily_backups and not created else None
        if later:
            finish = partial(_finish_opening, db, keep, identity)
            return Opened(db, created, None, tuple(notices), finish)
        made = _todays_backup(db, keep, identity)
    except PassphraseNeeded as exc:
        db.dispose()
        raise PassphraseRequired(exc.translatable) from exc
    except crypto.WrongPassphrase as exc:
        db.dispose()
        raise WrongPassphrase(exc.translatable) from exc
    except PasswordRefused as exc:
        db.dispose()
        raise ServerPasswordNeeded(exc.translatable) from exc
    except StoreError as exc:
        db.dispose()
        raise ServiceError(exc.translatable) from exc
    return Opened(db, created, made, tuple(notices))


def _can_check_later(path: Path | None, passphrase: str | None) -> bool:
    """Whether the file exists and is read the way it is meant to be (else the check,
    run first, explains: an encrypted file without passphrase, say)."""
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return False
    return bool(passphrase) or not crypto.looks_encrypted(path)


def _finish_opening(db: Database, keep_daily: int | None, identity: str | None) -> Path | None:
    """Wait for the whole-file check of ``db``, then make the day's backup if one is due;
    a damaged file raises ServiceError with the check's verdict (nothing is copied)."""
    try:
        if db.check is not None:
            db.check.wait()
        return _todays_backup(db, keep_daily, identity)
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc


def _todays_backup(db: Database, keep_daily: int | None, identity: str | None) -> Path | None:
    """The first opening of the day's backup (``None`` when not due or not wanted)."""
    if keep_daily is None or db.path is None:
        return None
    return daily_backup(
        db.path, location.backup_dir(), keep=keep_daily, passphrase=db.passphrase, identity=identity
    )


def check_database(target: str | None = None, *, passphrase: str | None = None) -> str:
    """:func:`check_verdict` in Dutch."""
    return str(check_verdict(target, passphrase=passphrase))


def check_verdict(target: str | None = None, *, passphrase: str | None = None) -> Message:
    """Check integrity and schema version without changing anything.

    Returns a one-line verdict for a sound database; raises ServiceError when it is not.
    """
    url = location.resolve_target(target)
    path = location.sqlite_file(url)
    if path is not None and not path.exists():
        raise ServiceError(message("{file} bestaat niet.", file=path))
    db = Database(url, read_only=True, passphrase=passphrase or None)
    try:
        if db.path is not None:
            check_sqlite_file(db.path, db.passphrase)
        info = inspect_schema(db)
    except PassphraseNeeded as exc:
        raise PassphraseRequired(_with_restore_advice(exc.translatable, path, None)) from exc
    except crypto.WrongPassphrase as exc:
        raise WrongPassphrase(_with_restore_advice(exc.translatable, path, db.passphrase)) from exc
    except InterruptedWrite as exc:  # opening repairs it; an old backup would lose data
        raise ServiceError(exc.translatable) from exc
    except StoreError as exc:
        raise ServiceError(
            _with_restore_advice(exc.translatable, path, db.passphrase, True)
        ) from exc
    except Exception as exc:  # SQLAlchemy's wrapping of a file SQLite cannot read
        if db.path is None:
            raise  # a server's answer is not a damaged file: logged as unexpected
        damaged = message("{database} is beschadigd of geen FlevoDesk-database.", database=db.shown)
        raise ServiceError(_with_restore_advice(damaged, path, db.passphrase, True)) from exc
    finally:
        db.dispose()
    where = db.shown
    if info.state is SchemaState.EMPTY:
        raise ServiceError(
            message(
                "{database} is leeg: maak eerst een database met 'flevodesk init'.", database=where
            )
        )
    if info.state is SchemaState.FOREIGN:
        raise ServiceError(message("{database} is geen FlevoDesk-database.", database=where))
    if info.state is SchemaState.NEWER:
        raise ServiceError(
            message(
                "{database} is gemaakt met een nieuwere versie van FlevoDesk (schema {revision}).",
                database=where,
                revision=str(info.revision),
            )
        )
    if info.state is SchemaState.OLDER and db.path is None:
        raise ServiceError(server_not_ready(db, info))
    revision, head = str(info.revision), str(info.head)
    if info.state is SchemaState.OLDER and db.passphrase:
        return message(
            "{database} is in orde (schema {revision}, versleuteld; wordt bij openen "
            "bijgewerkt naar {head}).",
            database=where,
            revision=revision,
            head=head,
        )
    if info.state is SchemaState.OLDER:
        return message(
            "{database} is in orde (schema {revision}; wordt bij openen bijgewerkt naar {head}).",
            database=where,
            revision=revision,
            head=head,
        )
    if db.passphrase:
        return message(
            "{database} is in orde (schema {revision}, versleuteld).",
            database=where,
            revision=revision,
        )
    return message("{database} is in orde (schema {revision}).", database=where, revision=revision)


def migrate_database(target: str | None = None) -> str:
    """:func:`migrate_verdict` in Dutch."""
    return str(migrate_verdict(target))


def migrate_verdict(target: str | None = None) -> Message:
    """Bring a database to this version's schema, as its administrator does for a server.

    A new server database gets the schema and the Flevoland reference data; an older one
    is upgraded in one transaction under an advisory lock. A file is opened as any client
    opens it (backed up first, then upgraded).

    Returns:
        A sentence saying what was done.

    Raises:
        ServiceError: for a foreign or newer database, or a server that refuses.
    """
    url = location.resolve_target(target)
    if location.sqlite_file(url) is not None:
        opened = open_database(target)
        opened.db.dispose()
        return message(
            "{database} staat op schema {revision}.",
            database=opened.db.shown,
            revision=HEAD_REVISION,
        )
    db = Database(url)
    try:
        before = upgrade(db, None, fill_new=load_reference_data, administering=True)
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc
    finally:
        db.dispose()
    if before.state is SchemaState.CURRENT:
        return message(
            "{database} stond al op schema {revision}; er is niets gewijzigd.",
            database=db.shown,
            revision=HEAD_REVISION,
        )
    if before.state is SchemaState.EMPTY:
        return message(
            "{database} is ingericht (schema {revision}, met de Flevolandse gegevens).",
            database=db.shown,
            revision=HEAD_REVISION,
        )
    return message(
        "{database} is bijgewerkt van schema {before} naar {revision}.",
        database=db.shown,
        before=str(before.revision),
        revision=HEAD_REVISION,
    )


def _with_restore_advice(
    said: Message | str, path: Path | None, passphrase: str | None, damaged: bool = False
) -> Message:
    """``said`` plus the newest good backup of this database and how to put it back."""
    from flevodesk.services.backups import newest_good_backup

    backup = newest_good_backup(path, passphrase) if path is not None else None
    if backup is None:
        if not damaged or path is None:
            return as_message(said)
        return message(
            "{problem} Er is geen goede reservekopie van deze database gevonden in {folder}.",
            problem=as_message(said),
            folder=location.backup_dir(),
        )
    command = f"flevodesk restore {shlex.quote(str(backup))} --db {shlex.quote(str(path))}"
    return message(
        "{problem} De nieuwste goede reservekopie is {backup}; zet die terug met: {command}",
        problem=as_message(said),
        backup=backup,
        command=command,
    )


def encryption_available() -> bool:
    """Whether this installation can encrypt a database (SQLCipher is present)."""
    return crypto.sqlcipher_available()


def encrypt_database(db: Database, passphrase: str) -> Database:
    """Encrypt an open, plain database in place and return a handle on the encrypted one.

    No copy is made on the way (a plain backup would be one more to get rid of); older
    backups stay plain until :mod:`flevodesk.services.plain_backups` deals with them.

    Raises:
        ServiceError: when it is already encrypted, not a file, or the conversion fails.
    """
    if db.path is None:
        raise ServiceError(message("Alleen een databasebestand kan worden versleuteld."))
    if db.passphrase:
        raise ServiceError(message("{file} is al versleuteld.", file=db.path))
    db.dispose()
    try:
        crypto.encrypt_file(db.path, passphrase)
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc
    return Database(db.url, passphrase=passphrase)


def change_passphrase(db: Database, old: str, new: str) -> Database:
    """Give an encrypted database a new passphrase; returns a handle that uses it.

    The new copy replaces the file once complete and checked: after a kill at any moment
    the old or the new passphrase opens it.

    Raises:
        WrongPassphrase: when ``old`` is not the current passphrase.
        ServiceError: for an unencrypted database or an empty new passphrase.
    """
    if db.path is None or not db.passphrase:
        raise ServiceError(message("Deze database is niet versleuteld."))
    db.dispose()
    try:
        crypto.change_passphrase(db.path, old, new)
    except crypto.WrongPassphrase as exc:
        raise WrongPassphrase(exc.translatable) from exc
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc
    return Database(db.url, passphrase=new)


def open_read_only(target: str | None = None, *, passphrase: str | None = None) -> Database:
    """Open a database another copy of FlevoDesk is writing to, for reading only (nothing
    is upgraded or backed up: a read-only handle must not write at all).

    Raises:
        ServiceError: when the database is not sound or needs an upgrade first.
    """
    verdict = check_database(target, passphrase=passphrase)
    if "bijgewerkt" in verdict:
        raise ServiceError(
            message(
                "Deze database moet eerst worden bijgewerkt; dat kan alleen als het "
                "andere FlevoDesk-venster gesloten is."
            )
        )
    return Database(location.resolve_target(target), read_only=True, passphrase=passphrase or None)
