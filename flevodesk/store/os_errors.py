"""The operating system's refusals as messages, chosen by error number, never by English text."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Literal

from flevodesk.domain.messages import Message, message

#: What the program was doing with a file when the system refused; each has its own template
#: so that a language can place the verb where it belongs.
Action = Literal["opslaan", "lezen", "verwijderen", "gebruiken", "openen", "herstellen"]

_REASONS = {
    errno.ENOSPC: message("de schijf is vol"),
    errno.EDQUOT: message("de schijfruimte (quota) is op"),
    errno.EROFS: message("de schijf of USB-stick is alleen-lezen"),
    errno.EACCES: message("u hebt geen toegang (rechten)"),
    errno.EPERM: message("dit is niet toegestaan (rechten)"),
    errno.ENOENT: message("het bestand of de map bestaat niet"),
    errno.ENOTDIR: message("een deel van het pad is geen map"),
    errno.EISDIR: message("dit is een map, geen bestand"),
    errno.EEXIST: message("er staat al iets met die naam"),
    errno.ENAMETOOLONG: message("de naam is te lang"),
    errno.EIO: message("de schijf gaf een leesfout of schrijffout"),
    errno.EBUSY: message("het bestand is in gebruik"),
    errno.ETXTBSY: message("het bestand is in gebruik"),
    errno.EMFILE: message("er staan te veel bestanden open"),
    errno.ENXIO: message("het apparaat is niet (meer) bereikbaar"),
    errno.ENODEV: message("het apparaat is niet (meer) bereikbaar"),
    errno.EXDEV: message("bron en doel staan op verschillende schijven"),
    errno.EFBIG: message("het bestand wordt te groot voor deze schijf"),
}


def reason_message(exc: OSError) -> Message:
    """What went wrong, as a phrase without a capital or a full stop."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    if isinstance(exc, PermissionError):
        return _REASONS[errno.EACCES]
    if isinstance(exc, FileNotFoundError):
        return _REASONS[errno.ENOENT]
    if isinstance(exc, IsADirectoryError):
        return _REASONS[errno.EISDIR]
    return message("het besturingssysteem weigerde (foutcode {code})", code=exc.errno or 0)


def reason_of(exc: OSError) -> str:
    """:func:`reason_message` as Dutch text."""
    return str(reason_message(exc))


def describe_message(exc: OSError, action: Action, path: Path | str | None = None) -> Message:
    """One sentence: ``action`` (e.g. "opslaan") of ``path`` failed, and why."""
    where: Message | Path | str = (
        path if path is not None else (exc.filename or message("het bestand"))
    )
    reason = reason_message(exc)
    match action:
        case "opslaan":
            return message("Kan {file} niet opslaan: {reason}.", file=where, reason=reason)
        case "lezen":
            return message("Kan {file} niet lezen: {reason}.", file=where, reason=reason)
        case "verwijderen":
            return message("Kan {file} niet verwijderen: {reason}.", file=where, reason=reason)
        case "openen":
            return message("Kan {file} niet openen: {reason}.", file=where, reason=reason)
        case "herstellen":
            return message("Kan {file} niet herstellen: {reason}.", file=where, reason=reason)
        case _:
            return message("Kan {file} niet gebruiken: {reason}.", file=where, reason=reason)


def describe(exc: OSError, action: Action, path: Path | str | None = None) -> str:
    """:func:`describe_message` as one Dutch sentence.

    >>> describe(OSError(errno.ENOSPC, "No space left on device"), "opslaan", "a.pdf")
    'Kan a.pdf niet opslaan: de schijf is vol.'
    """
    return str(describe_message(exc, action, path))
