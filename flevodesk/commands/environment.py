"""What the command line reads from the environment; imports nothing heavy."""

from __future__ import annotations

import os

PASSPHRASE_VAR = "FLEVODESK_PASSPHRASE"


def passphrase_from_environment() -> str | None:
    """The passphrase for an encrypted database, as the command line receives it."""
    return os.environ.get(PASSPHRASE_VAR) or None
