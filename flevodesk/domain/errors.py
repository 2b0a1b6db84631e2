"""The error types the domain raises for input a user has to correct."""

from __future__ import annotations

from collections.abc import Sequence

from flevodesk.domain.messages import Message, as_message


class ValidationError(ValueError):
    """A value a user entered breaks a rule.

    Attributes:
        field: the attribute name of the offending field (as on the model), so a form can
            show the message beside the right widget.
        translatable: what is wrong, as a :class:`Message` the edge shows in the reader's
            language.
        message: the same as a short Dutch sentence.
    """

    def __init__(self, field: str, message: Message | str) -> None:
        self.translatable = as_message(message)
        self.field = field
        self.message = str(self.translatable)
        super().__init__(f"{field}: {self.message}")

    @property
    def each(self) -> tuple[ValidationError, ...]:
        """Every broken rule this error stands for (here: itself)."""
        return (self,)


class ValidationErrors(ValidationError):
    """Several rules of one record broken at once, so a save can name them all together.

    ``field``, ``message`` and ``translatable`` are the first's, for code that shows one
    message only.
    """

    def __init__(self, errors: Sequence[ValidationError]) -> None:
        if not errors:
            raise ValueError("ValidationErrors needs at least one error")
        parts = tuple(part for error in errors for part in error.each)
        super().__init__(parts[0].field, parts[0].translatable)
        self.args = ("; ".join(f"{e.field}: {e.message}" for e in parts),)
        self.errors = parts

    @property
    def each(self) -> tuple[ValidationError, ...]:
        return self.errors
