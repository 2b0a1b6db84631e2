"""A passphrase changer for the kill tests, run in a child that the test kills with SIGKILL."""

from __future__ import annotations

from pathlib import Path

from flevodesk.store import crypto


def rekey_forever(path: str, current: str, other: str) -> None:
    """Change the passphrase back and forth, as fast as it goes, until killed."""
    target = Path(path)
    while True:
        crypto.change_passphrase(target, current, other)
        current, other = other, current
