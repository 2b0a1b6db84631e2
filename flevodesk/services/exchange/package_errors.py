"""The Dutch sentences a package that cannot be read or written is refused with."""

from __future__ import annotations

from flevodesk.domain.messages import Message, message
from flevodesk.services.errors import ServiceError


class PackageError(ServiceError):
    """A package that cannot be written, read or opened; ``message`` says why, in Dutch."""


def label(name: str | None) -> Message:
    return message("Het pakket {name}", name=name) if name else message("Het pakket")


def damaged(name: str | None, *, content: bool = False) -> PackageError:
    if content:
        said = message(
            "{package} is beschadigd (de inhoud is onleesbaar); er is niets ingelezen.",
            package=label(name),
        )
    else:
        said = message(
            "{package} is beschadigd (de kop is onleesbaar); er is niets ingelezen.",
            package=label(name),
        )
    return PackageError(said)


def truncated(name: str | None) -> PackageError:
    return PackageError(
        message(
            "{package} is onvolledig (afgebroken bij het kopiëren of opslaan); "
            "vraag de afzender het opnieuw te sturen.",
            package=label(name),
        )
    )


def not_a_package(name: str | None) -> PackageError:
    return PackageError(
        message("{package} is geen FlevoDesk-uitwisselpakket.", package=label(name))
    )
