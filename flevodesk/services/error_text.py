"""One Dutch sentence for every error a user can cause or meet; the GUI and CLI show it.

What is not known here is a bug: the caller logs it (:mod:`flevodesk.error_log`) and shows
one sentence naming the log file instead.
"""

from __future__ import annotations

from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import Message, joined, message
from flevodesk.services.errors import ServiceError
from flevodesk.store import os_errors, sqlite_errors
from flevodesk.store.errors import StoreError


def known_text(error: BaseException) -> Message | None:
    """What :func:`known_message` says, as a message the edge shows in the reader's
    language; ``None`` when nobody expected ``error``."""
    if isinstance(error, ServiceError):
        return error.translatable
    if isinstance(error, StoreError):
        return error.translatable
    if isinstance(error, ValidationError):
        return joined(
            [
                message("{field}: {reason}", field=e.field, reason=e.translatable)
                if e.field
                else e.translatable
                for e in error.each
            ]
        )
    if isinstance(error, OSError) and error.errno is not None:
        return os_errors.describe_message(error, "gebruiken")
    return sqlite_errors.describe_message(error)


def known_message(error: BaseException) -> str | None:
    """The Dutch sentence for ``error``, or ``None`` when nobody expected it.

    OS and SQLite refusals are described by their error numbers, never by their English
    texts: a disk that is full, write-protected or gone, a folder given for a file, a
    database another program holds.
    """
    if isinstance(error, ServiceError | StoreError):
        return error.message
    if isinstance(error, ValidationError):
        # Several rules broken at once are all named, not just the first.
        return "; ".join(f"{e.field}: {e.message}" if e.field else e.message for e in error.each)
    if isinstance(error, OSError) and error.errno is not None:
        return os_errors.describe(error, "gebruiken")
    return sqlite_errors.describe(error)
