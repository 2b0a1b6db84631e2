"""Put a user's edits on top of a record a colleague saved meanwhile, field by field.

Three values per field: what the form loaded (*base*), what the user made of it (*mine*)
and what the database holds now (*theirs*). A field only the user changed keeps the
user's value, a field only the colleague changed keeps the colleague's, and a field both
changed to different values is a *clash* the user decides. Plain values in, plain values
out: no session, no widget.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Clash:
    """A field both the user and the colleague changed, to different values."""

    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Merge:
    """The outcome of :func:`three_way`.

    Attributes:
        values: the user's changes that nobody else touched, to store on top of the
            current version (fields not named here keep the colleague's value).
        clashes: fields both changed, in the order of ``mine``.
        theirs: the fields the colleague changed.
    """

    values: dict[str, Any]
    clashes: tuple[Clash, ...]
    theirs: frozenset[str]

    def resolved(self, keep_mine: Collection[str]) -> dict[str, Any]:
        """What to store once the user chose: their own value for the clashes named in
        ``keep_mine``, the colleague's (that is, no change) for the others."""
        chosen = {clash.field: clash.mine for clash in self.clashes if clash.field in keep_mine}
        return {**self.values, **chosen}


def same(a: Any, b: Any) -> bool:
    """Whether two field values mean the same: an empty text, no value and an empty list
    are all "empty"; a list of links is the same in any order."""
    a, b = _normal(a), _normal(b)
    return bool(a == b)


def _normal(value: Any) -> Any:
    if (
        value is None
        or value == ""
        or (isinstance(value, list | tuple | set | frozenset) and not value)
    ):
        return None
    if isinstance(value, list | tuple | set | frozenset):
        return sorted((_normal(v) for v in value), key=repr)
    return value


def three_way(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> Merge:
    """Merge the user's values ``mine`` into the colleague's ``theirs``, both made from
    ``base``. ``mine`` holds base's own value for a field the user left alone; a field
    missing from ``theirs`` was not changed by the colleague.
    """
    values: dict[str, Any] = {}
    clashes: list[Clash] = []
    for name, my_value in mine.items():
        before = base.get(name)
        now = theirs.get(name, before)
        if same(my_value, before):
            continue
        if same(now, before) or same(now, my_value):
            values[name] = my_value
        else:
            clashes.append(Clash(name, before, my_value, now))
    changed = frozenset(name for name, now in theirs.items() if not same(now, base.get(name)))
    return Merge(values, tuple(clashes), changed)
