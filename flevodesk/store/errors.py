"""Errors of the storage layer, each with a Dutch sentence fit to show a user."""


class StoreError(Exception):
    """A database cannot be opened, checked, upgraded or copied as asked."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def sqlite_reason(exc: Exception) -> str:
    """SQLite's English complaint as a Dutch phrase (no capital, no full stop)."""
    text = str(exc).lower()
    if "full" in text:
        return "de schijf is vol"
    if "readonly" in text or "read-only" in text:
        return "de map of het bestand is alleen-lezen"
    if "locked" in text or "busy" in text:
        return "de database is bezet door een ander programma"
    if "disk i/o" in text or "unable to open" in text:
        return "de schijf gaf een lees- of schrijffout"
    return "SQLite weigerde de bewerking"
