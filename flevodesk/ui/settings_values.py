"""Numbers the user set, read back from QSettings whatever a settings file holds."""

from __future__ import annotations

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
