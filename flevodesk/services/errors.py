"""Errors a service raises for a user to read; each carries one sentence as a message."""

from datetime import datetime
from typing import Any

from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import Message, as_message


class ServiceError(Exception):
    """A request that cannot be carried out as asked.

    Attributes:
        translatable: why, as a :class:`Message` the edge shows in the reader's language.
        message: the same as one Dutch sentence.
    """

    def __init__(self, message: Message | str) -> None:
        self.translatable = as_message(message)
        self.message = str(self.translatable)
        super().__init__(self.message)


class NotFound(ServiceError):
    """The record asked for does not exist (any more)."""


class Conflict(ServiceError):
    """Someone else changed or deleted the record since it was read."""


class StaleRecord(Conflict):
    """A save refused because a colleague saved the record since it was read.

    Attributes:
        current: the record's details as the colleague left them, at their version.
        changed_by: who saved it (``None`` for a save from before anyone was recorded).
        changed_at: when, timezone-aware.
    """

    def __init__(
        self,
        message: Message | str,
        current: Any,
        changed_by: str | None,
        changed_at: datetime,
    ) -> None:
        super().__init__(message)
        self.current = current
        self.changed_by = changed_by
        self.changed_at = changed_at


class InUse(ServiceError):
    """A record cannot be deleted because others still point to it."""


__all__ = ["Conflict", "InUse", "NotFound", "ServiceError", "StaleRecord", "ValidationError"]
