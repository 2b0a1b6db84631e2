"""Taking the demo set out again, keeping everything that is the user's.

A demo record is one the demo set marked (``is_demo``: persons, initiatives, funding
applications, partners); its engagements, hours, consents, VOGs, budgets and contacts go
with it through the foreign keys' cascades. The set notes when it was loaded
(:data:`~flevodesk.services.demo.LOADED_AT_KEY`); what was created or changed after that
moment is the user's work. A demo record is therefore kept, and named in the report, when

- the user changed it or added or changed something of its own (an hour booked, a
  consent, a budget line, a contact person), or
- a record of the user's refers to it: an own volunteer engaged in a demo initiative, a
  demo volunteer engaged in an own initiative, an own application to a demo initiative or
  demo funder, an own initiative linked to a demo partner, a scheme added to a demo funder.

A kept application keeps its initiative and funder, which it cannot be without. Kept
records stay marked as demo (and the load moment stays), so the user sees what is left
and a later removal judges them the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from flevodesk.domain import exchange_sweep, exchange_tracking
from flevodesk.domain.base import Base
from flevodesk.domain.funding import ActualCost, BudgetLine, FundingApplication, Obligation
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import Message, joined, message
from flevodesk.domain.partners import Partner, PartnerAudience, PartnerContact, partner_initiatives
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent, PersonChange, Setting, VogRecord
from flevodesk.domain.schemes import FundingScheme
from flevodesk.services.backups import backup_database
from flevodesk.services.demo import LOADED_AT_KEY
from flevodesk.store import location
from flevodesk.store.backup import backup_name
from flevodesk.store.database import Database

#: The records the demo set marks; everything else of it belongs to one of them.
Root = type[Person] | type[Initiative] | type[FundingApplication] | type[Partner]
ROOTS: tuple[Root, ...] = (Person, Initiative, FundingApplication, Partner)
#: The reason in a backup's file name.
BACKUP_TAG = "voor-demo-verwijderen"
#: A demo set from before the load moment was noted: its own rows were all written within
#: this long after its first one, and anything later is the user's.
LOAD_SPAN = timedelta(minutes=1)

EDITED = message("u heeft het gewijzigd of er iets aan toegevoegd")
LINKED = message("eigen gegevens verwijzen ernaar")
NEEDED = message("een bewaarde aanvraag hoort erbij")


@dataclass(frozen=True)
class DemoRemoval:
    """What removing the demo set did.

    ``removed`` counts the removed records per kind (vrijwilligers, initiatieven, aanvragen,
    partners), their own rows not counted; ``kept`` names each demo record left in place
    and why; ``backup`` is the copy made before (None on a server, or when nothing was
    there to remove).
    """

    persons: int
    initiatives: int
    applications: int
    partners: int
    kept: tuple[Message, ...]
    backup: Path | None

    @property
    def removed(self) -> int:
        return self.persons + self.initiatives + self.applications + self.partners

    def message(self) -> str:
        """:meth:`said` in Dutch."""
        return str(self.said())

    def said(self) -> Message:
        """What was removed, kept and backed up, a line each."""
        if not self.removed and not self.kept:
            return message(
                "Er staan geen voorbeeldgegevens in deze database; er is niets verwijderd."
            )
        persons, initiatives = self.persons, self.initiatives
        applications, partners = self.applications, self.partners
        lines = [
            message(
                "Voorbeeldgegevens verwijderd: {persons}, {initiatives}, {applications} en "
                "{partners}.",
                persons=_one_or_more(
                    persons,
                    message("{count} vrijwilliger", count=persons),
                    message("{count} vrijwilligers", count=persons),
                ),
                initiatives=_one_or_more(
                    initiatives,
                    message("{count} initiatief", count=initiatives),
                    message("{count} initiatieven", count=initiatives),
                ),
                applications=_one_or_more(
                    applications,
                    message("{count} aanvraag", count=applications),
                    message("{count} aanvragen", count=applications),
                ),
                partners=_one_or_more(
                    partners,
                    message("{count} partner", count=partners),
                    message("{count} partners", count=partners),
                ),
            )
        ]
        if self.kept:
            records = joined(self.kept)
            lines.append(
                message(
                    "{count} voorbeeldrecord bleef staan (nog gemarkeerd als demo): {records}.",
                    count=1,
                    records=records,
                )
                if len(self.kept) == 1
                else message(
                    "{count} voorbeeldrecords bleven staan (nog gemarkeerd als demo): {records}.",
                    count=len(self.kept),
                    records=records,
                )
            )
        if self.backup is not None:
            lines.append(
                message("Een reservekopie van daarvoor staat in {file}.", file=self.backup)
            )
        return joined(lines, "\n")


def _one_or_more(count: int, one: Message, more: Message) -> Message:
    """Dutch (and English) take the plural for every number but one."""
    return one if count == 1 else more


def demo_record_count(db: Database) -> int:
    """How many records are marked as demo (for the question before removing them)."""
    with db.read() as session:
        return sum(
            session.scalar(select(func.count()).where(model.is_demo)) or 0 for model in ROOTS
        )


def remove_demo_set(db: Database, *, backup: bool = True) -> DemoRemoval:
    """Delete the demo records in one transaction, after a backup of the database file.

    Raises:
        ServiceError: when the backup cannot be made (then nothing is removed).
    """
    if not demo_record_count(db):
        return DemoRemoval(0, 0, 0, 0, (), None)
    copy = _backup_first(db) if backup else None
    with db.write() as session:
        # The demo set never travels (exchange leaves demo records out), so its removal
        # leaves no tombstones, and its clocks go with it.
        session.info[exchange_tracking.UNTRACKED] = True
        links = exchange_sweep.demo_link_pairs(session)
        plan = _Plan(session)
        removed = [
            _delete(session, model, plan.demo[model] - set(plan.kept[model]))
            # Applications first: their funder may not go while they refer to it.
            for model in (FundingApplication, Person, Initiative, Partner)
        ]
        if not any(plan.kept.values()):
            session.execute(delete(Setting).where(Setting.key == LOADED_AT_KEY))
        _tidy_search_index(session)
        exchange_sweep.forget_unexchanged(session, links)
        session.info.pop(exchange_tracking.UNTRACKED, None)
        kept = plan.reasons()
    applications, persons, initiatives, partners = removed
    return DemoRemoval(persons, initiatives, applications, partners, kept, copy)


def _backup_first(db: Database) -> Path | None:
    """A copy in the database's backup folder, as a restore makes one before it replaces."""
    if db.path is None:  # a team server: its backups are the administrator's
        return None
    target = backup_name(db.path, location.backup_dir(), BACKUP_TAG, db.passphrase)
    return backup_database(db, target)


def _tidy_search_index(session: Session) -> None:
    """Drop the removed persons' words from the search index: rebuilt when no person is
    left (as cheap as it gets, and then the index is byte for byte a new database's),
    merged otherwise (as erasure does)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    left = session.scalar(select(func.count(Person.id)))
    command = "optimize" if left else "rebuild"
    session.execute(text(f"INSERT INTO person_search(person_search) VALUES('{command}')"))


def _delete(session: Session, model: Root, ids: set[int]) -> int:
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        session.execute(delete(model).where(model.id.in_(ordered[start : start + 500])))
    return len(ids)


class _Plan:
    """Which demo records there are and which of them stay, with the reason for each."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.loaded_at = _loaded_at(session)
        self.demo: dict[Root, set[int]] = {
            model: set(session.scalars(select(model.id).where(model.is_demo))) for model in ROOTS
        }
        self.kept: dict[Root, dict[int, Message]] = {model: {} for model in ROOTS}
        # Links first: "your own records refer to it" says more than "something changed".
        self._linked()
        self._edited()
        for application in self.kept[FundingApplication]:
            initiative, funder = session.execute(
                select(FundingApplication.initiative_id, FundingApplication.funder_id).where(
                    FundingApplication.id == application
                )
            ).one()
            self._keep(Initiative, [initiative], NEEDED)
            self._keep(Partner, [funder], NEEDED)

    def _keep(self, model: Root, ids: Iterable[int], reason: Message) -> None:
        for record in ids:
            if record in self.demo[model]:
                self.kept[model].setdefault(record, reason)

    def _later(self, model: type[Base]) -> ColumnElement[bool]:
        return or_(model.created_at > self.loaded_at, model.updated_at > self.loaded_at)

    def _ids(self, model: type[Base], column: InstrumentedAttribute[int]) -> set[int]:
        return set(self.session.scalars(select(column).where(self._later(model)).distinct()))

    def _edited(self) -> None:
        for root in ROOTS:
            self._keep(root, self._ids(root, root.id), EDITED)
        rows: list[tuple[type[Base], InstrumentedAttribute[int], Root]] = [
            (Consent, Consent.person_id, Person),
            (VogRecord, VogRecord.person_id, Person),
            (PersonChange, PersonChange.person_id, Person),
            (Engagement, Engagement.person_id, Person),
            (HoursEntry, HoursEntry.person_id, Person),
            (Engagement, Engagement.initiative_id, Initiative),
            (HoursEntry, HoursEntry.initiative_id, Initiative),
            (BudgetLine, BudgetLine.application_id, FundingApplication),
            (ActualCost, ActualCost.application_id, FundingApplication),
            (Obligation, Obligation.application_id, FundingApplication),
            (PartnerContact, PartnerContact.partner_id, Partner),
            (PartnerAudience, PartnerAudience.partner_id, Partner),
        ]
        for model, column, owner in rows:
            self._keep(owner, self._ids(model, column), EDITED)

    def _linked(self) -> None:
        persons, initiatives = self.demo[Person], self.demo[Initiative]
        for person_id, initiative_id in (
            (Engagement.person_id, Engagement.initiative_id),
            (HoursEntry.person_id, HoursEntry.initiative_id),
        ):
            pairs = self.session.execute(select(person_id, initiative_id)).all()
            self._keep(Initiative, [i for p, i in pairs if p not in persons], LINKED)
            self._keep(Person, [p for p, i in pairs if i not in initiatives], LINKED)
        own = self.session.execute(
            select(FundingApplication.initiative_id, FundingApplication.funder_id).where(
                FundingApplication.is_demo.is_(False)
            )
        ).all()
        self._keep(Initiative, [i for i, _ in own], LINKED)
        self._keep(Partner, [f for _, f in own], LINKED)
        links = self.session.execute(
            select(partner_initiatives.c.partner_id, partner_initiatives.c.initiative_id)
        ).all()
        self._keep(Partner, [p for p, i in links if i not in initiatives], LINKED)
        self._keep(Partner, self.session.scalars(select(FundingScheme.funder_id)), LINKED)

    def reasons(self) -> tuple[Message, ...]:
        names: dict[Root, tuple[Message, Any]] = {
            Person: (
                message("vrijwilliger"),
                select(Person.id, Person.first_name, Person.last_name),
            ),
            Initiative: (message("initiatief"), select(Initiative.id, Initiative.name)),
            FundingApplication: (
                message("aanvraag"),
                select(FundingApplication.id, FundingApplication.title),
            ),
            Partner: (message("partner"), select(Partner.id, Partner.name)),
        }
        found: list[Message] = []
        for model, (word, query) in names.items():
            kept = self.kept[model]
            if not kept:
                continue
            for row in self.session.execute(query.where(model.id.in_(sorted(kept)))):
                label = " ".join(str(part) for part in row[1:] if part)
                found.append(
                    message("{kind} {name} ({reason})", kind=word, name=label, reason=kept[row[0]])
                )
        return tuple(found)


def _loaded_at(session: Session) -> datetime:
    """When the demo set was loaded; for a set from before that was noted, shortly after
    its first record (the set is written in one transaction)."""
    noted = session.get(Setting, LOADED_AT_KEY)
    if noted is not None and noted.value:
        return datetime.fromisoformat(noted.value)
    firsts = [
        session.scalar(select(func.min(model.created_at)).where(model.is_demo)) for model in ROOTS
    ]
    return min(first for first in firsts if first is not None) + LOAD_SPAN
