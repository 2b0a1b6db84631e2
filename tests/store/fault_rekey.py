"""A passphrase changer for the kill tests, run in a child that the test kills with SIGKILL."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3  # noqa: F401  (preloaded: each child starts on the work at once)

from flevodesk.store import crypto


def rekey_forever(path: str, current: str, other: str) -> None:
    """Change the passphrase back and forth, as fast as it goes, until killed."""
    target = Path(path)
    while True:
        crypto.change_passphrase(target, current, other)
        current, other = other, current


def encrypt_once(path: str, passphrase: str) -> None:
    """Encrypt the plain database at ``path``, as 'Database versleutelen' does."""
    crypto.encrypt_file(Path(path), passphrase)
