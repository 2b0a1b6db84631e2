"""Errors of the storage layer, each with a Dutch sentence fit to show a user."""


class StoreError(Exception):
    """A database cannot be opened, checked, upgraded or copied as asked."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def sqlite_reason(exc: BaseException) -> str:
    """SQLite's refusal as a Dutch phrase (no capital, no full stop), chosen by its code."""
    from flevodesk.store import sqlite_errors

    return sqlite_errors.reason_of(exc) or "SQLite weigerde de bewerking"
