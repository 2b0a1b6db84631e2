"""Writing a generated file so that a failure never leaves half of it behind."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from flevodesk.services.errors import ServiceError
from flevodesk.store import atomic, os_errors


def write_file_whole(out: Path, render: Callable[[Any], None]) -> None:
    """Write what ``render`` produces to ``out`` only when it produced all of it.

    ``render`` writes into a buffer first, so an error halfway never leaves a truncated
    file (or an overwritten good one) behind; the buffer then reaches the disk through
    :func:`flevodesk.store.atomic.write_bytes` (temporary file, fsync, rename).

    Raises:
        ServiceError: when the file cannot be written; an earlier ``out`` is then unchanged.
    """
    buffer = BytesIO()
    render(buffer)
    try:
        atomic.write_bytes(out, buffer.getvalue())
    except OSError as exc:
        raise ServiceError(os_errors.describe(exc, "opslaan", out)) from exc
