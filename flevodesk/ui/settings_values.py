"""Numbers and folders the user set, read back from QSettings whatever a settings file holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def int_setting(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    """The whole number stored at ``key``, within ``low``..``high``; ``default`` when the
    stored value is missing or is not a number (a hand-edited or damaged settings file)."""
    stored = settings.value(key, default)
    try:
        number = int(stored) if isinstance(stored, int | str | float) else default
    except ValueError:
        number = default
    return min(max(number, low), high)


def folder_setting(settings: QSettings, key: str) -> Path | None:
    """The folder stored at ``key`` if it is still there; ``None`` when it is missing, was
    removed or unplugged (a USB stick), or the settings file holds something else."""
    stored = settings.value(key)
    if not isinstance(stored, str) or not stored:
        return None
    folder = Path(stored)
    return folder if folder.is_absolute() and folder.is_dir() else None
