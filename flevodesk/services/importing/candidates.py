"""A person as an import file describes it, before it is stored, and how rows combine."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any, cast

from flevodesk.domain.enums import Role
from flevodesk.domain.people import Person

# Columns the database fills itself; a bulk insert leaves them to it.
BOOKKEEPING = {"id", "created_at", "updated_at", "updated_by"}
_PERSON_DEFAULTS = {
    c.key: c.default.arg if c.default is not None and c.default.is_scalar else None
    for c in Person.__table__.columns
    if c.key not in BOOKKEEPING
}


@dataclass(frozen=True)
class EngagementData:
    initiative: str
    municipality: str | None
    role: Role
    since: date | None
    until: date | None


@dataclass
class Candidate:
    """One person as the file describes it (possibly over several rows)."""

    line: int
    values: dict[str, Any]
    #: The validated, not yet stored person the values describe (see unmapped_person).
    person: SimpleNamespace
    engagements: list[EngagementData] = field(default_factory=list)
    person_id: int | None = None
    matched_name: str = ""
    #: What the file says about consent (purpose contact) and a VOG, as row values.
    consent: dict[str, Any] | None = None
    vog: dict[str, Any] | None = None
    #: For a row of a person an earlier batch of the file stored or matched: that row's
    #: line. Such a row only completes the person and is not counted again.
    earlier_line: int | None = None

    @property
    def name(self) -> str:
        v = self.values
        return " ".join(p for p in (v["first_name"], v["tussenvoegsel"], v["last_name"]) if p)


def unmapped_person(values: dict[str, Any]) -> SimpleNamespace:
    """A person's column values with the model's defaults, as a plain object.

    Mapping 10,000 instances just to validate them (and then inserting them in bulk) took a
    third of an import's time in attribute instrumentation; the rules need none of it.
    """
    return SimpleNamespace(**{**_PERSON_DEFAULTS, **values})


def validate_person(person: SimpleNamespace) -> None:
    """Apply :meth:`Person.validate`, the model's own rules, to the plain values."""
    Person.validate(cast(Person, person))


def fill_empty(person: Person | SimpleNamespace, values: dict[str, Any]) -> bool:
    """Complete an existing person with what the file knows; never overwrite.

    Notes are the exception that adds: what the file notes (including what the import could
    not read elsewhere) is appended when the person's notes do not hold it yet, so it is
    never lost and a second import of the same file adds nothing.
    """
    changed = False
    for key, value in values.items():
        if key == "status" or value in (None, ""):
            continue
        have = getattr(person, key)
        if have in (None, ""):
            setattr(person, key, value)
            changed = True
        elif key == "notes" and str(value) not in str(have):
            setattr(person, key, f"{have}\n{value}")
            changed = True
    return changed


def absorb(into: Candidate, other: Candidate) -> None:
    """A later row of the same person: fill what is still empty, add its engagements."""
    if fill_empty(into.person, other.values):
        into.values = {k: getattr(into.person, k) for k in into.values}
        validate_person(into.person)  # derived fields (the search text) follow the values
    into.engagements.extend(other.engagements)
    into.consent = into.consent or other.consent
    into.vog = into.vog or other.vog
