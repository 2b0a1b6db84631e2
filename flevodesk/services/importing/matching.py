"""Who a row is: the keys that identify a person, and the persons already stored."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from flevodesk.domain.people import Person
from flevodesk.domain.text import fold as fold_text

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


class PersonIndex:
    """Who is already in the database, by e-mail, name + phone and name + postcode."""

    def __init__(self, session: Session) -> None:
        self.by_key: dict[tuple[str, ...], tuple[int, str]] = {}
        self.by_name: dict[str, list[tuple[int, str]]] = {}
        self.names: dict[int, str] = {}
        rows = session.execute(
            select(
                Person.id,
                Person.first_name,
                Person.tussenvoegsel,
                Person.last_name,
                Person.email,
                Person.phone,
                Person.postcode,
                Person.place,
            )
        )
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
            for key in identity_keys(values):
                self.by_key.setdefault(key, (pid, name))
            detail = ", ".join(p for p in (email, phone, place) if p)
            self.by_name.setdefault(name_key(values), []).append(
                (pid, f"{name} ({detail})" if detail else name)
            )

    def match(self, values: dict[str, Any]) -> tuple[int, str] | None:
        keys = identity_keys(values)
        for key in keys:
            if key in self.by_key:
                return self.by_key[key]
        same = self.same_name(values)
        if not keys and len(same) == 1:
            # A row with only a name cannot be told apart from the one person of that name;
            # adding it again would make every re-import of such a row a duplicate.
            return same[0][0], self.names[same[0][0]]
        return None

    def same_name(self, values: dict[str, Any]) -> list[tuple[int, str]]:
        return self.by_name.get(name_key(values), [])
