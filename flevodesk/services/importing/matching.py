"""Who a row is: the keys that identify a person, and the persons already stored."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from flevodesk.domain.text import fold as fold_text
from flevodesk.services.importing.candidates import Candidate

# Names, places and initiatives repeat across thousands of rows: fold each text once.
fold = lru_cache(maxsize=1 << 16)(fold_text)


def identity_keys(values: dict[str, Any]) -> list[tuple[str, ...]]:
    """The keys that identify a person: e-mail, else name with phone, name with postcode."""
    keys: list[tuple[str, ...]] = []
    if values.get("email"):
        keys.append(("email", values["email"]))
    name = name_key(values)
    if values.get("phone"):
        keys.append(("phone", name, values["phone"]))
    if values.get("postcode"):
        keys.append(("postcode", name, values["postcode"]))
    return keys


def name_key(values: dict[str, Any]) -> str:
    parts = (values.get("first_name"), values.get("tussenvoegsel"), values.get("last_name"))
    return " ".join(fold(p) for p in parts if p)


#: What an index needs of a stored person, in this order.
_COLUMNS = "id, first_name, tussenvoegsel, last_name, email, phone, postcode, place"
# SQLite's planner, seeing in its statistics that common names share a sort key, scans all
# persons for 500 sort keys (50 ms for 100,000); the index finds the few a file's names
# have in well under a millisecond. Hence the explicit index for that lookup (SQLite's own
# syntax: PostgreSQL's planner, reading its statistics per value, needs no hint).
_HINTS = {"sqlite": {"sort_key": " INDEXED BY ix_persons_sort_key"}}
_LOOKUPS = {
    dialect: {
        column: text(
            f"SELECT {_COLUMNS} FROM persons{hints.get(column, '')} WHERE {column} IN :values"
        ).bindparams(bindparam("values", expanding=True))
        for column in ("email", "phone", "sort_key")
    }
    for dialect, hints in (("sqlite", _HINTS["sqlite"]), ("other", {}))
}
#: Values per ``IN (...)``: well under SQLite's limit on bound parameters.
LOOKUP_CHUNK = 500


def lookup(
    session: Session, candidates: Sequence[Candidate], stored_ids: AbstractSet[int]
) -> PersonIndex:
    """The stored persons who could be one of ``candidates``: those with one of their
    e-mail addresses or phone numbers, or with one of their names (by the indexed sort
    key), found through the indexes ``LOOKUP_CHUNK`` values at a time.

    Persons with an id in ``stored_ids`` were stored by the running import.
    """
    wanted = [
        ("email", {c.values["email"] for c in candidates if c.values.get("email")}),
        ("phone", {c.values["phone"] for c in candidates if c.values.get("phone")}),
        ("sort_key", {c.person.sort_key for c in candidates if c.person.sort_key}),
    ]
    rows: dict[int, Sequence[Any]] = {}
    lookups = _LOOKUPS["sqlite" if session.get_bind().dialect.name == "sqlite" else "other"]
    for column, values in wanted:
        ordered = sorted(values)
        for start in range(0, len(ordered), LOOKUP_CHUNK):
            chunk = ordered[start : start + LOOKUP_CHUNK]
            for row in session.execute(lookups[column], {"values": chunk}):
                rows[row[0]] = row
    return PersonIndex([rows[pid] for pid in sorted(rows)], stored_ids)


class PersonIndex:
    """Stored persons by e-mail, name + phone and name + postcode (as :func:`lookup` finds
    them); those the running import stored are told apart (see :meth:`match`)."""

    def __init__(self, rows: Iterable[Sequence[Any]], stored_ids: AbstractSet[int]) -> None:
        self.by_key: dict[tuple[str, ...], tuple[int, str]] = {}
        self.imported: dict[tuple[str, ...], tuple[int, str]] = {}
        self.by_name: dict[str, list[tuple[int, str]]] = {}
        self.names: dict[int, str] = {}
        for pid, first, tussen, last, email, phone, postcode, place in rows:
            values = {
                "first_name": first,
                "tussenvoegsel": tussen,
                "last_name": last,
                "email": email,
                "phone": phone,
                "postcode": postcode,
            }
            name = " ".join(p for p in (first, tussen, last) if p)
            self.names[pid] = name
            ours = pid in stored_ids
            keyed = self.imported if ours else self.by_key
            for key in identity_keys(values):
                keyed.setdefault(key, (pid, name))
            if ours:
                continue  # a row of this file, not a person the file could duplicate
            detail = ", ".join(p for p in (email, phone, place) if p)
            self.by_name.setdefault(name_key(values), []).append(
                (pid, f"{name} ({detail})" if detail else name)
            )

    def match(self, values: dict[str, Any]) -> tuple[int, str] | None:
        """The stored person these values are: first one an earlier row of the file
        became, as rows of one person within a file combine; else one stored before."""
        keys = identity_keys(values)
        for known in (self.imported, self.by_key):
            for key in keys:
                if key in known:
                    return known[key]
        same = self.same_name(values)
        if not keys and len(same) == 1:
            # A row with only a name cannot be told apart from the one person of that name;
            # adding it again would make every re-import of such a row a duplicate.
            return same[0][0], self.names[same[0][0]]
        return None

    def same_name(self, values: dict[str, Any]) -> list[tuple[int, str]]:
        """The persons stored before the import with the same name."""
        return self.by_name.get(name_key(values), [])
