"""The operating system's refusals in Dutch, chosen by error number, never by English text."""

from __future__ import annotations

import errno
from pathlib import Path

_REASONS = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quota) is op",
    errno.EROFS: "de schijf of USB-stick is alleen-lezen",
    errno.EACCES: "u hebt geen toegang (rechten)",
    errno.EPERM: "dit is niet toegestaan (rechten)",
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.EEXIST: "er staat al iets met die naam",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EIO: "de schijf gaf een leesfout of schrijffout",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ETXTBSY: "het bestand is in gebruik",
    errno.EMFILE: "er staan te veel bestanden open",
    errno.ENXIO: "het apparaat is niet (meer) bereikbaar",
    errno.ENODEV: "het apparaat is niet (meer) bereikbaar",
    errno.EXDEV: "bron en doel staan op verschillende schijven",
    errno.EFBIG: "het bestand wordt te groot voor deze schijf",
}


def reason_of(exc: OSError) -> str:
    """What went wrong, as a Dutch phrase without a capital or a full stop."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    if isinstance(exc, PermissionError):
        return _REASONS[errno.EACCES]
    if isinstance(exc, FileNotFoundError):
        return _REASONS[errno.ENOENT]
    if isinstance(exc, IsADirectoryError):
        return _REASONS[errno.EISDIR]
    return f"het besturingssysteem weigerde (foutcode {exc.errno})"


def describe(exc: OSError, action: str, path: Path | str | None = None) -> str:
    """One Dutch sentence: ``action`` (e.g. "opslaan") of ``path`` failed, and why.

    >>> describe(OSError(errno.ENOSPC, "No space left on device"), "opslaan", "a.pdf")
    'Kan a.pdf niet opslaan: de schijf is vol.'
    """
    where = path if path is not None else (exc.filename or "het bestand")
    return f"Kan {where} niet {action}: {reason_of(exc)}."
