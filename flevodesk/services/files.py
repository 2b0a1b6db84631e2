"""Writing a generated file so that a failure never leaves half of it behind."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from flevodesk.services.errors import ServiceError


def write_file_whole(out: Path, render: Callable[[Any], None]) -> None:
    """Write what ``render`` produces to ``out`` only when it produced all of it.

    ``render`` writes into a buffer first, so an error halfway never leaves a truncated
    file (or an overwritten good one) behind.

    Raises:
        ServiceError: when the file cannot be written.
    """
    buffer = BytesIO()
    render(buffer)
    partial = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(buffer.getvalue())
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ServiceError(f"Kan {out} niet schrijven: {exc.strerror or exc}") from exc
