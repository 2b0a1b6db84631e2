"""Errors of the storage layer, each with a Dutch sentence fit to show a user."""


class StoreError(Exception):
    """A database cannot be opened, checked, upgraded or copied as asked."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
