"""Import volunteers: validate every row first, then store all of it in one transaction.

A person already in the database (same e-mail, else same name with the same phone number or
postcode; a row with nothing but a name matches the one stored person of that name) is
matched, not added again; rows of the same person within one file become one
person. Engagements named in the file are linked once, so importing a file twice adds no
one and nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import cast

from sqlalchemy import Table as SQLTable
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from flevodesk.domain.enums import ConsentPurpose
from flevodesk.domain.people import Engagement, Person
from flevodesk.domain.privacy import Consent, VogRecord
from flevodesk.services.errors import ServiceError
from flevodesk.services.importing.candidates import BOOKKEEPING, Candidate, absorb, fill_empty
from flevodesk.services.importing.columns import ColumnMapping, Field, recognise_columns
from flevodesk.services.importing.initiative_links import InitiativeLookup, new_engagements
from flevodesk.services.importing.matching import PersonIndex, identity_keys
from flevodesk.services.importing.reading import Table, read_table
from flevodesk.services.importing.report import (
    ImportOptions,
    ImportReport,
    PossibleDuplicate,
    Problem,
)
from flevodesk.services.importing.row_parsing import DEFAULT_CONSENT_PURPOSE, ParsedRow, parse_row
from flevodesk.services.merging import merge_in_session
from flevodesk.store.database import Database


class _Abort(Exception):
    """Rolls back the import's transaction when a row is wrong and nothing may be stored."""


def import_file(db: Database, path: Path, options: ImportOptions | None = None) -> ImportReport:
    """Read ``path`` (csv or xlsx), recognise its columns and import it.

    Raises:
        ServiceError: when the file cannot be read or no column names a person.
    """
    table = read_table(path)
    return import_volunteers(db, table, recognise_columns(table.headers), options)


def import_volunteers(
    db: Database,
    table: Table,
    mapping: ColumnMapping,
    options: ImportOptions | None = None,
    today: date | None = None,
) -> ImportReport:
    """Validate every row, then store the valid ones in one write transaction.

    With problems and without ``skip_invalid`` nothing is stored; a dry run stores nothing
    but reports the same counts as the real import would.

    Raises:
        ServiceError: when the mapping names no column for the person's name.
    """
    options = options or ImportOptions()
    if mapping.problems():
        raise ServiceError(mapping.problems()[0])
    today = today or date.today()
    report = ImportReport(rows=len(table.rows), dry_run=options.dry_run, how_read=table.how_read())
    parsed = [parse_row(row, mapping, today, table.cleaned) for row in table.rows]
    if options.dry_run:
        with db.read() as session:
            _plan(session, parsed, mapping, options, report, today)
        return report
    try:
        with db.write() as session:
            candidates, initiatives = _plan(session, parsed, mapping, options, report, today)
            if report.problems and not options.skip_invalid:
                raise _Abort
            _store(session, candidates, initiatives, options, report, today)
            report.committed = True
    except _Abort:
        report.committed = False
    return report


def stored_as_reported(db: Database, report: ImportReport) -> bool:
    """Whether every person a committed import reports (added, matched or merged) is in the
    database now, read back in a transaction of its own."""
    if len(report.person_ids) != report.added + report.matched + report.merged:
        return False
    ids = sorted(set(report.person_ids))
    with db.read() as session:
        found = sum(
            session.scalar(select(func.count(Person.id)).where(Person.id.in_(chunk))) or 0
            for chunk in _chunks(ids, 500)
        )
    return found == len(ids)


def _plan(
    session: Session,
    parsed: Sequence[ParsedRow],
    mapping: ColumnMapping,
    options: ImportOptions,
    report: ImportReport,
    today: date,
) -> tuple[list[Candidate], InitiativeLookup]:
    """Match every row against the database and each other and count what would happen."""
    initiatives = InitiativeLookup(session, options.create_initiatives)
    index = PersonIndex(session)
    header = mapping.header_of(Field.INITIATIVE)
    by_key: dict[tuple[str, ...], Candidate] = {}
    by_person: dict[int, Candidate] = {}
    candidates: list[Candidate] = []
    for row in parsed:
        line, candidate, problems = row.line, row.candidate, list(row.problems)
        report.warnings.extend(row.warnings)
        if candidate is not None:
            for engagement in candidate.engagements:
                reason = initiatives.check(engagement, candidate.values.get("place"))
                if reason:
                    problems.append(Problem(line, header, reason))
        if problems or candidate is None:
            report.problems.extend(problems)
            report.skipped_lines.append(line)
            report.outcomes[line] = "fout"
            continue
        same = next((by_key[k] for k in identity_keys(candidate.values) if k in by_key), None)
        if same is not None:
            absorb(same, candidate)
            report.outcomes[line] = report.outcomes[same.line]
            continue
        found = index.match(candidate.values)
        if found is not None and found[0] in by_person:
            # Another row already named this stored person, under other details.
            same = by_person[found[0]]
            absorb(same, candidate)
            report.outcomes[line] = report.outcomes[same.line]
            continue
        for key in identity_keys(candidate.values):
            by_key[key] = candidate
        candidates.append(candidate)
        if found is not None:
            candidate.person_id, candidate.matched_name = found
            by_person[found[0]] = candidate
            report.outcomes[line] = f"bestaand: {candidate.matched_name}"
            continue
        report.outcomes[line] = "nieuw"
        for person_id, existing in index.same_name(candidate.values):
            report.duplicates.append(PossibleDuplicate(line, candidate.name, person_id, existing))
    if not options.skip_invalid:
        report.skipped_lines.clear()
    report.missing_initiatives = initiatives.missing
    _count(session, candidates, options, report, initiatives, today)
    return candidates, initiatives


def _count(
    session: Session,
    candidates: Sequence[Candidate],
    options: ImportOptions,
    report: ImportReport,
    initiatives: InitiativeLookup,
    today: date,
) -> None:
    """Fill the report's counts before anything is stored (a dry run ends here)."""
    merge_with = _chosen_merges(report, options)
    people = [c.person_id for c in candidates] + list(merge_with.values())
    existing_links = _existing_engagements(session, people)
    for candidate in candidates:
        if candidate.person_id is not None:
            report.matched += 1
        elif candidate.line in merge_with:
            report.merged += 1
        else:
            report.added += 1
        person = candidate.person_id or merge_with.get(candidate.line)
        report.engagements_added += len(
            new_engagements(candidate, person, existing_links, initiatives, today)
        )
    report.initiatives_created = initiatives.to_create()


def _store(
    session: Session,
    candidates: Sequence[Candidate],
    initiatives: InitiativeLookup,
    options: ImportOptions,
    report: ImportReport,
    today: date,
) -> None:
    initiatives.create_missing()
    merge_with = _chosen_merges(report, options)
    merges = []
    matched = [c for c in candidates if c.person_id is not None]
    matched_ids = [c.person_id for c in matched if c.person_id is not None]
    to_complete = _with_gaps(session, matched)
    for chunk in _chunks(list(to_complete), 500):
        for person in session.scalars(select(Person).where(Person.id.in_(chunk))):
            if fill_empty(person, to_complete[person.id].values):
                report.updated += 1
    new = [c for c in candidates if c.person_id is None]
    session.flush()
    if new:
        # Every row was validated by the domain model while parsing (Person.validate), so
        # the rows go in as one bulk INSERT: the unit of work would validate each once more
        # and take three times as long for 10,000 rows.
        table = cast(SQLTable, Person.__table__)
        columns = [c.key for c in table.columns if c.key not in BOOKKEEPING]
        # The write transaction holds SQLite's write lock (BEGIN IMMEDIATE), so the ids after
        # the highest one are ours to hand out; asking them back with RETURNING would cost
        # one statement per row.
        first = (session.scalar(select(func.max(Person.id))) or 0) + 1
        rows = []
        for number, candidate in enumerate(new):
            candidate.person_id = first + number
            row = {k: getattr(candidate.person, k) for k in columns}
            row["id"] = candidate.person_id
            rows.append(row)
        session.execute(insert(table), rows)
    existing_links = _existing_engagements(session, matched_ids)
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
        session.execute(insert(cast(SQLTable, Engagement.__table__)), links)
    _store_privacy(session, candidates, matched_ids)
    for candidate in candidates:
        keep = merge_with.get(candidate.line)
        if keep is not None and candidate.person_id is not None:
            merges.append(merge_in_session(session, keep, candidate.person_id))
    session.flush()
    report.merge_ids = [m.id for m in merges]
    # A row merged into a stored person lives on as that person.
    report.person_ids = [
        merge_with.get(c.line, c.person_id) for c in candidates if c.person_id is not None
    ]


def _store_privacy(
    session: Session, candidates: Sequence[Candidate], matched_ids: Sequence[int]
) -> None:
    """Add the file's consents and VOGs, skipping what a matched person already has (the
    same VOG, or any contact consent), so importing a file twice adds nothing."""
    have_vog: set[tuple[int, date]] = set()
    have_consent: set[int] = set()
    for chunk in _chunks(list(matched_ids), 500):
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
        session.execute(insert(cast(SQLTable, Consent.__table__)), consents)
    if vogs:
        session.execute(insert(cast(SQLTable, VogRecord.__table__)), vogs)


def _chosen_merges(report: ImportReport, options: ImportOptions) -> dict[int, int]:
    """The merges asked for that name one of the row's possible duplicates."""
    offered = {(d.line, d.person_id) for d in report.duplicates}
    return {line: pid for line, pid in options.merges.items() if (line, pid) in offered}


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
    for chunk in _chunks(list(by_id), 500):
        stmt = select(Person.id, *[getattr(Person, k) for k in keys]).where(Person.id.in_(chunk))
        for pid, *stored in session.execute(stmt):
            person = SimpleNamespace(**dict(zip(keys, stored, strict=True)))
            # fill_empty on the plain columns says whether the stored person would change.
            if fill_empty(person, by_id[pid].values):
                found[pid] = by_id[pid]
    return found


def _existing_engagements(
    session: Session, person_ids: Iterable[int | None]
) -> set[tuple[int, int, str, date | None]]:
    """(person, initiative, role, since) of engagements already stored, plus (.., None)."""
    ids = [i for i in person_ids if i is not None]
    found: set[tuple[int, int, str, date | None]] = set()
    for chunk in _chunks(ids, 500):
        rows = session.execute(
            select(
                Engagement.person_id, Engagement.initiative_id, Engagement.role, Engagement.since
            ).where(Engagement.person_id.in_(chunk))
        )
        for pid, iid, role, since in rows:
            found.add((pid, iid, str(role), since))
            found.add((pid, iid, str(role), None))
    return found


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


__all__ = [
    "DEFAULT_CONSENT_PURPOSE",
    "ImportOptions",
    "ImportReport",
    "PossibleDuplicate",
    "Problem",
    "import_file",
    "import_volunteers",
    "stored_as_reported",
]
