"""Retention and erasure: who has been quiet longer than the retention period, the user's
decision per person (keep with a reason until a review date, or anonymise), and the
anonymisation itself.

Anonymising keeps the person's row (so engagements and hours still count as anonymous
statistics) but removes every personal value, and then makes sure the old values are gone
from the file too: SQLite's ``secure_delete`` zeroes what is freed and the search index is
merged in the same transaction, so no old token survives; :mod:`.scrubbing` then removes
the old page versions from the file, or says it could not yet. What the program cannot
reach (exports it wrote, backups) is named for the user to delete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Date,
    String,
    delete,
    func,
    inspect,
    or_,
    select,
    text,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from flevodesk.domain import exchange_tracking
from flevodesk.domain.enums import PersonStatus
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import Message, joined, message
from flevodesk.domain.models import Base
from flevodesk.domain.people import ANONYMOUS_NAME, PERSONAL_FIELDS, Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent, PersonChange, VogRecord
from flevodesk.domain.validation import clean_text
from flevodesk.services import scrubbing
from flevodesk.services.backups import backups_of
from flevodesk.services.erased_remains import forget_erased
from flevodesk.services.errors import NotFound, ServiceError
from flevodesk.services.export_log import exports_before, forget_exports_naming
from flevodesk.services.privacy import QUIET_CHANGE_LOG, current_user, settings_in
from flevodesk.store import server
from flevodesk.store.database import Database

#: The change-log line an anonymisation leaves.
ANONYMISED = "(geanonimiseerd)"


# --- retention -------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionProposal:
    """A person quiet for longer than the retention period, waiting for a decision."""

    person_id: int
    name: str
    email: str | None
    last_activity: date
    kept_until: date | None
    keep_reason: str | None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier, clipped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def retention_proposals(db: Database, today: date | None = None) -> list[RetentionProposal]:
    """Persons without engagement, hours or contact for the retention period, whose last
    decision to keep them (if any) has reached its review date; quietest first.

    "Contact" is anything that shows the person is still in touch: a consent given, a VOG
    seen, their data changed, or simply being added.
    """
    day = today or date.today()
    with db.read() as session:
        cutoff = months_before(day, settings_in(session).retention_months)
        moments = union_all(
            select(Engagement.person_id.label("pid"), func.coalesce(Engagement.until, day)),
            select(HoursEntry.person_id, HoursEntry.worked_on),
            select(Consent.person_id, Consent.given_on),
            select(VogRecord.person_id, VogRecord.seen_on),
            select(PersonChange.person_id, func.date(PersonChange.changed_at)),
            select(Person.id, func.date(Person.created_at)),
        ).subquery()
        # Compared as dates: a server has a date type; SQLite keeps dates as ISO text, in
        # which the latest moment is the largest string and a bound date is that text too.
        last = (
            select(moments.c.pid, func.max(type_coerce(moments.c[1], Date)).label("last"))
            .group_by(moments.c.pid)
            .subquery()
        )
        rows = session.execute(
            select(Person, last.c.last)
            .join(last, last.c.pid == Person.id)
            .where(
                Person.anonymised_on.is_(None),
                last.c.last < cutoff,
                or_(Person.review_on.is_(None), Person.review_on <= day),
            )
            .order_by(last.c.last, Person.sort_key)
        ).all()
        return [
            RetentionProposal(
                p.id, p.full_name, p.email, _as_date(latest), p.review_on, p.keep_reason
            )
            for p, latest in rows
        ]


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def keep_person(db: Database, person_id: int, reason: str | None, review_on: date | None) -> None:
    """Decide to keep a proposed person until ``review_on``, for ``reason``.

    Raises:
        ValidationError: without a reason, or with a review date not in the future.
        NotFound: for an unknown person.
    """
    cleaned = clean_text("keep_reason", reason, required=True, max_length=300)
    if review_on is None:
        raise ValidationError("review_on", message("kies een datum om opnieuw te beoordelen"))
    if review_on <= date.today():
        raise ValidationError("review_on", message("moet in de toekomst liggen"))
    with db.write() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound(message("De persoon bestaat niet (meer)."))
        person.keep_reason = cleaned
        person.review_on = review_on


# --- erasure ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureResult:
    """What an anonymisation did and what it could not reach.

    Attributes:
        person_id: the row that stays, now anonymous.
        backups: backup files made before the erasure, which still hold the old values.
        mentions: other records whose free text still contains the name, e-mail or phone
            (for the user to edit: they may be about someone else with the same name).
        exports: files the program exported with persons in them before the erasure.
        scrubbed: whether the database file itself is free of the old values; when not,
            the scrub is pending and finished the next time the database opens.
        on_server: the database is on a server, where the administrator finishes it.
    """

    person_id: int
    backups: tuple[str, ...]
    mentions: tuple[str, ...]
    exports: tuple[str, ...] = ()
    scrubbed: bool = True
    on_server: bool = False

    def message(self) -> str:
        """:meth:`said` in Dutch."""
        return str(self.said())

    def said(self) -> Message:
        """The explanation a user gets afterwards, a line each."""
        lines = [message("De persoon is geanonimiseerd; uren en inzet tellen anoniem mee.")]
        if not self.scrubbed:
            pending = scrubbing.PENDING_SERVER_MESSAGE if self.on_server else None
            lines.append(pending or scrubbing.PENDING_MESSAGE)
        if self.mentions:
            lines.append(
                message(
                    "De naam of contactgegevens staan nog in: {records}",
                    records="; ".join(self.mentions),
                )
            )
        if self.exports:
            lines.append(
                message(
                    "{count} eerder gemaakte export(s) met personen bevatten deze gegevens "
                    "mogelijk nog; verwijder of overschrijf ze: {files}",
                    count=len(self.exports),
                    files="; ".join(self.exports),
                )
            )
        if self.backups:
            lines.append(
                message(
                    "Let op: {count} oudere reservekopie(ën) bevatten deze gegevens nog tot ze "
                    "worden verwijderd of vanzelf verlopen; verwijder ze als ze niet meer nodig "
                    "zijn: {files}",
                    count=len(self.backups),
                    files="; ".join(self.backups),
                )
            )
        return joined(lines, "\n")


def find_person_id(db: Database, email: str) -> int:
    """The id of the person with this e-mail address.

    Raises:
        NotFound: when no person has it.
    """
    with db.read() as session:
        found = session.scalar(select(Person.id).where(Person.email == email.strip().lower()))
    if found is None:
        raise NotFound(message("Geen persoon met e-mailadres '{email}'.", email=email))
    return found


def erase_person(
    db: Database, person_id: int, today: date | None = None, *, wait_s: float | None = None
) -> ErasureResult:
    """Anonymise a person and scrub the old values from the database file.

    The anonymisation and the mark that the file still needs scrubbing are one
    transaction: after a crash the person is either untouched or anonymised with the
    scrub pending. The scrub then waits up to ``wait_s`` seconds (default
    :data:`.scrubbing.ERASE_WAIT_S`) for other programs' readers; the result says whether
    it got through.

    Raises:
        NotFound: for an unknown person.
        ServiceError: when the person was anonymised already.
    """
    day = today or date.today()
    moment = datetime.now(UTC)
    with db.write() as session:
        if not server.hold_exclusive(session, server.PERSONS_LOCK):
            raise ServiceError(
                message(
                    "Een collega importeert of wist op dit moment personen; probeer het zo "
                    "opnieuw; er is niets gewist."
                )
            )
        # Named before the anonymisation drops the notes of files named after them.
        exports = tuple(str(n.path) for n in exports_before(session, moment))
        session.info[QUIET_CHANGE_LOG] = True
        try:
            values = _anonymise(session, person_id, day)
        finally:
            session.info.pop(QUIET_CHANGE_LOG, None)
        merge_search_index(session)
        scrubbing.mark_pending(session)
        mentions = _mentions(session, values)
    scrubbed = scrubbing.scrub_file(db, wait_s)
    on_server = db.path is None and db.engine.dialect.name != "sqlite"
    return ErasureResult(
        person_id, _backups(db, moment), tuple(mentions), exports, scrubbed, on_server
    )


def anonymise_in(session: Session, person_id: int, day: date) -> None:
    """An erasure made elsewhere and received in an exchange package, inside the
    caller's transaction: the same anonymisation as a local one, with the file's scrub
    marked pending for the caller to run after the commit (:func:`.scrubbing.scrub_file`)."""
    session.info[QUIET_CHANGE_LOG] = True
    try:
        _anonymise(session, person_id, day)
    finally:
        session.info.pop(QUIET_CHANGE_LOG, None)
    merge_search_index(session)
    scrubbing.mark_pending(session)


def _anonymise(session: Session, person_id: int, day: date) -> list[str]:
    _secure_delete(session)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(message("De persoon bestaat niet (meer)."))
    if person.anonymised_on is not None:
        raise ServiceError(message("Deze persoon is al geanonimiseerd."))
    # What identifies the person elsewhere: contact details and the full name.
    values = [v for v in (person.email, person.phone, person.full_name) if v]
    # A file named after them ("inzage-Jansen.pdf") keeps the name in the export log.
    forget_exports_naming(session, [person.last_name, person.full_name])
    for field in PERSONAL_FIELDS:
        setattr(person, field, None)
    person.first_name = ANONYMOUS_NAME
    # The last name may not be empty; the number tells anonymous people apart in lists.
    person.last_name = f"#{person.id}"
    person.anonymised_on = day
    person.review_on = None
    person.keep_reason = None
    if person.status is PersonStatus.ACTIEF:
        person.status = PersonStatus.GESTOPT
    person.left_on = person.left_on or day
    # Consents and VOGs only mean something about a known person.
    for model in (Consent, VogRecord):
        session.execute(delete(model).where(model.person_id == person_id))
    # The erasure travels to every peer; a waiting conflict may hold the old values.
    exchange_tracking.record_erasure(session, person.uuid)
    forget_erased(session, person.uuid, values, person_id=person_id)
    user = current_user(settings_in(session))
    session.add(PersonChange(person_id=person_id, user_name=user[:120], field=ANONYMISED))
    session.flush()
    return values


def _mentions(session: Session, values: list[str]) -> list[str]:
    """Text columns elsewhere that still contain one of the erased values."""
    found: list[str] = []
    wanted = [v for v in values if len(v) >= 5]
    for mapper in Base.registry.mappers:
        model = mapper.class_
        # The exchange's bookkeeping holds keys and clocks, never free text (its
        # conflicts about this person went with the anonymisation).
        if model is Person or model.__tablename__.startswith("exchange_"):
            continue
        columns = [
            c
            for c in mapper.columns
            if isinstance(c.type, String) and c.table is not None and c.key != "uuid"
        ]
        if not columns or not wanted:
            continue
        conditions = [func.lower(c).contains(v.lower()) for c in columns for v in wanted]
        keys = inspect(model).primary_key
        for row in session.execute(select(*keys, *columns).where(or_(*conditions)).limit(20)):
            label = next((str(v) for v in row[len(keys) :] if v), "")
            found.append(f"{model.__tablename__} {row[0]} ({label[:40]})")
    return found


def _secure_delete(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete=ON"))


def merge_search_index(session: Session) -> None:
    """Merge the search index into one segment, dropping the tokens of every row changed
    or deleted since the last merge: until then FTS5 keeps them beside a delete marker."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO person_search(person_search) VALUES('optimize')"))


def _backups(db: Database, moment: datetime) -> tuple[str, ...]:
    """The backups made before ``moment`` (the one place erasure asks for backups)."""
    if db.path is None:
        return ()
    before = moment.astimezone().replace(tzinfo=None)  # backup names carry local time
    found = backups_of(db.path, db.passphrase)
    return tuple(str(b.path) for b in found if b.created <= before)


__all__ = [
    "ErasureResult",
    "RetentionProposal",
    "anonymise_in",
    "erase_person",
    "find_person_id",
    "keep_person",
    "merge_search_index",
    "months_before",
    "retention_proposals",
]
