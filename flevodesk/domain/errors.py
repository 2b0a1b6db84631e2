"""The one error type the domain raises for input a user has to correct."""


class ValidationError(ValueError):
    """A value a user entered breaks a rule.

    Attributes:
        field: the attribute name of the offending field (as on the model), so a form can
            show the message beside the right widget.
        message: a short Dutch sentence that says what is wrong.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
