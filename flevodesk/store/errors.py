"""Errors of the storage layer, each with a sentence fit to show a user."""

from __future__ import annotations

from flevodesk.domain.messages import Message, as_message, message


class StoreError(Exception):
    """A database cannot be opened, checked, upgraded or copied as asked.

    Attributes:
        translatable: why, as a :class:`Message` the edge shows in the reader's language.
        message: the same as one Dutch sentence, for logs and older code.
    """

    def __init__(self, message: Message | str) -> None:
        self.translatable = as_message(message)
        self.message = str(self.translatable)
        super().__init__(self.message)


def sqlite_reason(exc: BaseException) -> Message:
    """SQLite's refusal as a phrase (no capital, no full stop), chosen by its code."""
    from flevodesk.store import sqlite_errors

    return sqlite_errors.reason_message(exc) or message("SQLite weigerde de bewerking")
