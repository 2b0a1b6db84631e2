"""Errors a service raises for a user to read; each carries one Dutch sentence."""

from flevodesk.domain.errors import ValidationError


class ServiceError(Exception):
    """A request that cannot be carried out as asked; ``message`` says why, in Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(ServiceError):
    """The record asked for does not exist (any more)."""


class Conflict(ServiceError):
    """Someone else changed or deleted the record since it was read."""


class InUse(ServiceError):
    """A record cannot be deleted because others still point to it."""


__all__ = ["Conflict", "InUse", "NotFound", "ServiceError", "ValidationError"]
