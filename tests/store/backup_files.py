"""What the backups folder holds, wherever in it the program filed each copy."""

from __future__ import annotations

from pathlib import Path

from flevodesk.store.location import backup_dir


def backup_files() -> list[Path]:
    """Every database file below the backups folder (companions and the index left out)."""
    return sorted(p for p in backup_dir().rglob("*.sqlite3") if p.is_file())


def daily_name(stem: str, day: int) -> str:
    """The name of a daily backup made on 1-9 November 2026, as the program names them."""
    return f"{stem}-2026110{day}-120000-dagelijks.sqlite3"
