"""The initiatives an import file names: found by name, created when asked, linked once."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from flevodesk.domain.enums import InitiativeStatus
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import Message, message
from flevodesk.services.importing.candidates import Candidate, EngagementData
from flevodesk.services.importing.matching import fold


class InitiativeLookup:
    """Initiatives by folded name; unknown ones are refused or planned for creation."""

    def __init__(self, session: Session, create: bool) -> None:
        self.session = session
        self.create = create
        self.ids = {
            fold(name): iid for iid, name in session.execute(select(Initiative.id, Initiative.name))
        }
        self._places: dict[str, int] | None = None
        self.planned: dict[str, tuple[str, int]] = {}
        self.missing: list[str] = []

    def check(self, engagement: EngagementData, place: str | None) -> Message | None:
        """Why this engagement's initiative cannot be linked, or ``None`` when it can."""
        key = fold(engagement.initiative)
        if key in self.ids or key in self.planned:
            return None
        if engagement.initiative not in self.missing:
            self.missing.append(engagement.initiative)
        if not self.create:
            return message("initiatief '{name}' bestaat niet", name=engagement.initiative)
        municipality = self._municipality(engagement.municipality) or self._municipality(place)
        if municipality is None:
            return message(
                "initiatief '{name}' bestaat niet en de gemeente is onbekend "
                "(voeg een kolom Gemeente toe)",
                name=engagement.initiative,
            )
        self.planned[key] = (engagement.initiative, municipality)
        return None

    def to_create(self) -> list[str]:
        return [name for name, _ in self.planned.values()]

    def create_missing(self) -> None:
        for key, (name, municipality_id) in self.planned.items():
            initiative = Initiative(
                name=name, municipality_id=municipality_id, status=InitiativeStatus.ACTIEF
            )
            self.session.add(initiative)
            self.session.flush()
            self.ids[key] = initiative.id
        self.planned.clear()

    def id_of(self, name: str) -> int:
        return self.ids[fold(name)]

    def known(self, name: str) -> bool:
        return fold(name) in self.ids

    def _municipality(self, name: str | None) -> int | None:
        if not name:
            return None
        if self._places is None:
            self._places = {}
            for area, mid in self.session.execute(select(Area.name, Area.municipality_id)):
                self._places.setdefault(fold(area), mid)
            for mid, mname in self.session.execute(select(Municipality.id, Municipality.name)):
                self._places[fold(mname)] = mid
        return self._places.get(fold(name))


def new_engagements(
    candidate: Candidate,
    person_id: int | None,
    existing: set[tuple[int, int, str, date | None]],
    initiatives: InitiativeLookup,
    today: date,
) -> list[EngagementData]:
    """The candidate's engagements not yet stored; without a start date any start matches."""
    new: list[EngagementData] = []
    seen: set[tuple[str, str, date | None]] = set()
    for data in candidate.engagements:
        key = (fold(data.initiative), str(data.role), data.since)
        if key in seen:
            continue
        seen.add(key)
        if person_id is not None and initiatives.known(data.initiative):
            iid = initiatives.id_of(data.initiative)
            if (person_id, iid, str(data.role), data.since) in existing:
                continue
        new.append(data)
    return new
