"""Store one batch of an import's planned persons, inside the import's one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any, TypeVar, cast

from sqlalchemy import Table as SQLTable
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from flevodesk.domain.enums import ConsentPurpose
from flevodesk.domain.exchange import new_uuid
from flevodesk.domain.people import Engagement, Person
from flevodesk.domain.privacy import Consent, VogRecord
from flevodesk.services.importing.candidates import BOOKKEEPING, Candidate, fill_empty
from flevodesk.services.importing.initiative_links import InitiativeLookup, new_engagements
from flevodesk.services.merging import merge_in_session

T = TypeVar("T")
#: Ids per ``IN (...)``.
CHUNK = 500


@dataclass
class Stored:
    """What storing a batch did beyond what was planned."""

    #: Persons stored before the import that the batch completed.
    updated: set[int] = field(default_factory=set)
    merge_ids: list[int] = field(default_factory=list)


def store_batch(
    session: Session,
    candidates: Sequence[Candidate],
    initiatives: InitiativeLookup,
    merge_with: Mapping[int, int],
    stored_ids: set[int],
    today: date,
) -> Stored:
    """Add the new persons, complete the matched ones, link engagements, add consents and
    VOGs, and make the merges chosen; ``stored_ids`` holds the ids of the persons this
    import stored, and gets those of the persons this batch adds."""
    stored = Stored()
    initiatives.create_missing()
    matched = [c for c in candidates if c.person_id is not None]
    matched_ids = [c.person_id for c in matched if c.person_id is not None]
    to_complete = _with_gaps(session, matched)
    for chunk in chunks(list(to_complete), CHUNK):
        for person in session.scalars(select(Person).where(Person.id.in_(chunk))):
            if fill_empty(person, to_complete[person.id].values) and person.id not in stored_ids:
                stored.updated.add(person.id)
    new = [c for c in candidates if c.person_id is None]
    session.flush()
    if new:
        # Every row was validated by the domain model while parsing (Person.validate), so
        # the rows go in as one bulk INSERT: the unit of work would validate each once more
        # and take three times as long.
        table = cast(SQLTable, Person.__table__)
        columns = [c.key for c in table.columns if c.key not in BOOKKEEPING]
        rows = []
        for candidate, person_id in zip(new, new_person_ids(session, len(new)), strict=True):
            candidate.person_id = person_id
            stored_ids.add(person_id)
            row = {k: getattr(candidate.person, k) for k in columns}
            row["id"] = candidate.person_id
            rows.append(row)
        bulk_insert(session, table, rows)
    existing_links = existing_engagements(session, matched_ids)
    links = [
        {
            "person_id": candidate.person_id,
            "initiative_id": initiatives.id_of(data.initiative),
            "role": data.role,
            "since": data.since or today,
            "until": data.until,
        }
        for candidate in candidates
        for data in new_engagements(
            candidate, candidate.person_id, existing_links, initiatives, today
        )
    ]
    if links:
        # Checked while parsing: an initiative that exists, until not before since.
        bulk_insert(session, cast(SQLTable, Engagement.__table__), links)
    _store_privacy(session, candidates, matched_ids)
    merges = [
        merge_in_session(session, keep, candidate.person_id)
        for candidate in candidates
        if (keep := merge_with.get(candidate.line)) is not None and candidate.person_id is not None
    ]
    session.flush()  # gives the merges their ids
    stored.merge_ids = [m.id for m in merges]
    return stored


def new_person_ids(session: Session, count: int) -> list[int]:
    """``count`` ids for persons about to be inserted, in one statement.

    On SQLite the write transaction holds the write lock (BEGIN IMMEDIATE), so the ids
    after the highest one are ours to hand out. A server's colleagues insert at the same
    time: there the persons' own sequence hands them out, as it does for every insert.
    Asking each id back with RETURNING would cost one statement per row.
    """
    if session.get_bind().dialect.name == "sqlite":
        first = (session.scalar(select(func.max(Person.id))) or 0) + 1
        return list(range(first, first + count))
    drawn = text(f"SELECT nextval({_PERSON_SEQUENCE}) FROM generate_series(1, :n)")
    return sorted(session.execute(drawn, {"n": count}).scalars())


_PERSON_SEQUENCE = "pg_get_serial_sequence('persons', 'id')"


def _store_privacy(
    session: Session, candidates: Sequence[Candidate], matched_ids: Sequence[int]
) -> None:
    """Add the file's consents and VOGs, skipping what a matched person already has (the
    same VOG, or any contact consent), so importing a file twice adds nothing."""
    have_vog: set[tuple[int, date]] = set()
    have_consent: set[int] = set()
    for chunk in chunks(list(matched_ids), CHUNK):
        have_vog.update(
            (pid, seen)
            for pid, seen in session.execute(
                select(VogRecord.person_id, VogRecord.seen_on).where(VogRecord.person_id.in_(chunk))
            )
            if seen is not None
        )
        have_consent.update(
            session.scalars(
                select(Consent.person_id).where(
                    Consent.person_id.in_(chunk), Consent.purpose == ConsentPurpose.CONTACT
                )
            )
        )
    consents, vogs = [], []
    for c in candidates:
        pid = c.person_id
        if pid is None:
            continue
        if c.consent is not None and pid not in have_consent:
            consents.append({**c.consent, "person_id": pid})
        if c.vog is not None and (pid, c.vog["seen_on"]) not in have_vog:
            vogs.append({**c.vog, "person_id": pid})
    # Checked while parsing; bulk inserts for the same reason as the persons.
    if consents:
        bulk_insert(session, cast(SQLTable, Consent.__table__), consents)
    if vogs:
        bulk_insert(session, cast(SQLTable, VogRecord.__table__), vogs)


def _with_gaps(session: Session, matched: Sequence[Candidate]) -> dict[int, Candidate]:
    """The matched candidates that know something their stored person lacks, by person id.

    Reading plain columns first spares loading (and versioning) every matched person when
    a file is imported again and has nothing new.
    """
    if not matched:
        return {}
    keys = [k for k in matched[0].values if k != "status"]
    by_id = {c.person_id: c for c in matched if c.person_id is not None}
    found: dict[int, Candidate] = {}
    for chunk in chunks(list(by_id), CHUNK):
        stmt = select(Person.id, *[getattr(Person, k) for k in keys]).where(Person.id.in_(chunk))
        for pid, *stored in session.execute(stmt):
            person = SimpleNamespace(**dict(zip(keys, stored, strict=True)))
            # fill_empty on the plain columns says whether the stored person would change.
            if fill_empty(person, by_id[pid].values):
                found[pid] = by_id[pid]
    return found


def existing_engagements(
    session: Session, person_ids: Iterable[int | None]
) -> set[tuple[int, int, str, date | None]]:
    """(person, initiative, role, since) of engagements already stored, plus (.., None)."""
    ids = [i for i in person_ids if i is not None]
    found: set[tuple[int, int, str, date | None]] = set()
    for chunk in chunks(ids, CHUNK):
        rows = session.execute(
            select(
                Engagement.person_id, Engagement.initiative_id, Engagement.role, Engagement.since
            ).where(Engagement.person_id.in_(chunk))
        )
        for pid, iid, role, since in rows:
            found.add((pid, iid, str(role), since))
            found.add((pid, iid, str(role), None))
    return found


def bulk_insert(session: Session, table: SQLTable, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) as one ``executemany`` of the driver.

    The same as ``session.execute(insert(table), rows)``, with the column types' own
    conversions and the columns' Python defaults, but without building SQLAlchemy's
    parameters per row, which took as long as SQLite's insert itself. The defaults are
    taken once per call, so the rows of one batch share their ``created_at``.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    keys = list(rows[0])
    # What a column default that asks for the statement's context reads (who is saving).
    context = SimpleNamespace(execution_options=connection.get_execution_options())
    defaults = {
        c.key: c.default.arg if c.default.is_scalar else c.default.arg(context)  # type: ignore[attr-defined]
        for c in table.columns
        if c.key not in keys and c.default is not None and not c.default.is_sequence
    }
    # A record's identity is per row, never shared by the batch (the exchange's UUID);
    # its clocks follow at the next export (``exchange_sweep.sweep``).
    per_row = "uuid" in defaults
    defaults.pop("uuid", None)
    names = keys + list(defaults) + (["uuid"] if per_row else [])
    processors = [table.c[k].type.bind_processor(dialect) for k in names]
    fixed = [
        value if processor is None or value is None else processor(value)
        for value, processor in zip(
            defaults.values(), processors[len(keys) : len(keys) + len(defaults)], strict=True
        )
    ]
    steps = [(i, p) for i, p in enumerate(processors[: len(keys)]) if p is not None]
    params = []
    for row in rows:
        values = [row[k] for k in keys]
        for i, processor in steps:
            if values[i] is not None:
                values[i] = processor(values[i])
        params.append((*values, *fixed, *((new_uuid(),) if per_row else ())))
    columns = ", ".join(names)
    # The driver's own placeholders: "?" for sqlite3, "%s" for psycopg.
    mark = "?" if dialect.paramstyle in ("qmark", "numeric") else "%s"
    marks = ", ".join([mark] * len(names))
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({columns}) VALUES ({marks})", params)


def chunks(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
