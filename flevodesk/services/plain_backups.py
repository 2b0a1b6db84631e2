"""Backups left unencrypted from before the database was encrypted: count, encrypt, remove.

Encrypting a database does not reach its older backups, which still hold every record in
plain text. The user is told how many there are and chooses to encrypt them with the
database's passphrase (each rewritten atomically) or to delete them.
"""

from __future__ import annotations

from pathlib import Path

from flevodesk.domain.messages import message
from flevodesk.services.backups import backups_of
from flevodesk.services.errors import ServiceError
from flevodesk.store import crypto
from flevodesk.store.companions import remove_companions
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError
from flevodesk.store.os_errors import describe_message


def plain_backups(db: Database) -> list[Path]:
    """The backups of this database in the backup folder that are not encrypted, newest first."""
    if db.path is None:
        return []
    return [b.path for b in backups_of(db.path, db.passphrase) if crypto.has_plain_header(b.path)]


def encrypt_plain_backups(db: Database) -> int:
    """Encrypt every plain backup of ``db`` with its passphrase, each one atomically.

    Returns:
        How many were encrypted.

    Raises:
        ServiceError: when ``db`` is not encrypted, or a backup cannot be encrypted (those
            before it are encrypted; it and those after it are unchanged).
    """
    passphrase = _passphrase(db)
    found = _tidied(plain_backups(db))
    for done, path in enumerate(found):
        try:
            crypto.encrypt_file(path, passphrase)
        except StoreError as exc:
            raise ServiceError(
                message(
                    "{done} van {total} reservekopieën versleuteld; {reason}",
                    done=done,
                    total=len(found),
                    reason=exc.translatable,
                )
            ) from exc
    return len(found)


def delete_plain_backups(db: Database) -> int:
    """Delete every plain backup of the (encrypted) database ``db``.

    Returns:
        How many were deleted.

    Raises:
        ServiceError: when ``db`` is not encrypted, or a backup cannot be deleted.
    """
    _passphrase(db)
    found = _tidied(plain_backups(db))
    for done, path in enumerate(found):
        try:
            path.unlink()
            remove_companions(path)
        except OSError as exc:
            raise ServiceError(
                message(
                    "{done} van {total} reservekopieën verwijderd; {reason}",
                    done=done,
                    total=len(found),
                    reason=describe_message(exc, "verwijderen", path),
                )
            ) from exc
    return len(found)


def _tidied(paths: list[Path]) -> list[Path]:
    for path in paths:
        crypto.remove_unfinished(path)
    return paths


def _passphrase(db: Database) -> str:
    if db.path is None or not db.passphrase:
        raise ServiceError(
            message("De database is niet versleuteld; de reservekopieën blijven zoals ze zijn.")
        )
    return db.passphrase
