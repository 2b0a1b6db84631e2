"""Whom a record is interesting for: the rows of an ``*_audiences`` table behind a list of
:class:`~flevodesk.domain.enums.Audience` (partners, practices and links keep them alike)."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from flevodesk.domain.enums import Audience


class AudienceRow(Protocol):
    audience: Audience


Row = TypeVar("Row", bound=AudienceRow)


def in_legend_order(audiences: Iterable[Audience]) -> list[Audience]:
    """Each audience once, in the legend's order (the enum's)."""
    order = list(Audience)
    return sorted(set(audiences), key=order.index)


def audiences_of(rows: Iterable[AudienceRow]) -> list[Audience]:
    return in_legend_order(row.audience for row in rows)


def with_audiences(
    rows: list[Row], wanted: Iterable[Audience], make: Callable[[Audience], Row]
) -> list[Row]:
    """``rows`` for exactly ``wanted``: the rows kept that still apply, new ones made for the
    rest, so an unchanged audience keeps its row (and its timestamps)."""
    chosen = in_legend_order(wanted)
    kept = [row for row in rows if row.audience in chosen]
    have = {row.audience for row in kept}
    return kept + [make(audience) for audience in chosen if audience not in have]


class WithAudiences:
    """``audiences`` as a list of :class:`Audience` over a model's ``audience_links`` rows.

    A model mixes it in beside ``Base`` and names the row it keeps in ``audience_row``.
    """

    if TYPE_CHECKING:
        from sqlalchemy.orm import Mapped

        audience_links: Mapped[list[Any]]

    @abstractmethod
    def audience_row(self, audience: Audience) -> AudienceRow:
        """A new row of this model's audience table."""

    @property
    def audiences(self) -> list[Audience]:
        """Whom this record is interesting for, in the legend's order."""
        return audiences_of(self.audience_links)

    @audiences.setter
    def audiences(self, values: list[Audience]) -> None:
        self.audience_links = with_audiences(self.audience_links, values, self.audience_row)
