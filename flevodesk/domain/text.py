"""Text helpers shared by search in SQL and in Python."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Lower-case text without diacritics, so "Zoë" and "zoe" compare equal.

    Registered as the SQL function ``fold`` on every SQLite connection.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
