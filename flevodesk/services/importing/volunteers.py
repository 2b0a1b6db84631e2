"""Import volunteers: validate every row first, then store all of it in one transaction.

A person already in the database (same e-mail, else same name with the same phone number or
postcode; a row with nothing but a name matches the one stored person of that name) is
matched, not added again; rows of the same person within one file become one
person. Engagements named in the file are linked once, so importing a file twice adds no
one and nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table as SQLTable
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from flevodesk.domain.enums import ConsentPurpose, InitiativeStatus, Role, VogOutcome
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import Engagement, Person
from flevodesk.domain.privacy import Consent, VogRecord
from flevodesk.domain.text import fold as fold_text
from flevodesk.domain.validation import clean_email, clean_postcode
from flevodesk.services.errors import ServiceError
from flevodesk.services.importing import parsing
from flevodesk.services.importing.columns import ColumnMapping, Field, recognise_columns
from flevodesk.services.importing.names import split_name
from flevodesk.services.importing.reading import SourceRow, Table, read_table
from flevodesk.services.merging import merge_in_session
from flevodesk.store.database import Database

# Names, places and initiatives repeat across thousands of rows: fold each text once.
_fold = lru_cache(maxsize=1 << 16)(fold_text)

# Columns the database fills itself; a bulk insert leaves them to it.
_BOOKKEEPING = {"id", "created_at", "updated_at"}
_PERSON_DEFAULTS = {
    c.key: c.default.arg if c.default is not None and c.default.is_scalar else None
    for c in Person.__table__.columns
    if c.key not in _BOOKKEEPING
}

#: Purpose recorded when a file says consent was given but not what for.
DEFAULT_CONSENT_PURPOSE = "vrijwilligersadministratie"

# Which column a model attribute's error belongs to, for "regel N: <kolom>: <reden>".
_ATTRIBUTE_FIELDS: dict[str, Field] = {
    "first_name": Field.FIRST_NAME,
    "tussenvoegsel": Field.TUSSENVOEGSEL,
    "last_name": Field.LAST_NAME,
    "email": Field.EMAIL,
    "phone": Field.PHONE,
    "address": Field.ADDRESS,
    "postcode": Field.POSTCODE,
    "place": Field.PLACE,
    "birth_year": Field.BIRTH_YEAR,
    "skills": Field.SKILLS,
    "availability": Field.AVAILABILITY,
    "status": Field.STATUS,
    "notes": Field.NOTES,
    "since": Field.SINCE,
    "until": Field.UNTIL,
}


@dataclass(frozen=True)
class Problem:
    """Something wrong in one row, worded for the user: ``regel 4: E-mail: ...``."""

    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"regel {self.line}: {self.field}: {self.reason}"


@dataclass(frozen=True)
class ImportOptions:
    """How to import; ``merges`` maps a row's line to the stored person it is merged into
    (one of that row's possible duplicates, as the user chose in the wizard)."""

    dry_run: bool = False
    skip_invalid: bool = False
    create_initiatives: bool = False
    merges: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PossibleDuplicate:
    """A row that names someone already present by name only (other contact details)."""

    line: int
    row_name: str
    person_id: int
    existing: str


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    skipped_lines: list[int] = field(default_factory=list)
    added: int = 0
    matched: int = 0
    updated: int = 0
    engagements_added: int = 0
    merged: int = 0
    #: The merges this import made, for the wizard's "ongedaan maken".
    merge_ids: list[int] = field(default_factory=list)
    initiatives_created: list[str] = field(default_factory=list)
    missing_initiatives: list[str] = field(default_factory=list)
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    #: Per line: "nieuw", "bestaand: <naam>" or "fout" (the wizard's preview column).
    outcomes: dict[int, str] = field(default_factory=dict)
    dry_run: bool = False
    committed: bool = False

    @property
    def has_problems(self) -> bool:
        return bool(self.problems)

    def summary(self) -> list[str]:
        """Dutch lines for the command line and the wizard's last page."""
        lines = [f"{self.rows} regels gelezen."]
        if not (self.committed or self.dry_run):
            lines.append("Er is niets geïmporteerd: verbeter de fouten of sla ze over.")
            return lines
        lines.append("Proefimport: er is niets opgeslagen." if self.dry_run else "Import voltooid.")
        lines.append(f"Nieuwe personen: {self.added}.")
        lines.append(f"Al aanwezig: {self.matched} ({self.updated} aangevuld).")
        if self.merged:
            lines.append(f"Samengevoegd met een bestaande persoon: {self.merged}.")
        lines.append(f"Nieuwe inzet bij initiatieven: {self.engagements_added}.")
        if self.initiatives_created:
            lines.append(f"Nieuwe initiatieven: {', '.join(self.initiatives_created)}.")
        if self.skipped_lines:
            skipped = ", ".join(str(n) for n in self.skipped_lines)
            lines.append(f"Overgeslagen regels: {skipped}.")
        return lines


@dataclass
class _Candidate:
    """One person as the file describes it (possibly over several rows)."""

    line: int
    values: dict[str, Any]
    #: The validated, not yet stored person the values describe (see _unmapped_person).
    person: SimpleNamespace
    engagements: list[_EngagementData] = field(default_factory=list)
    person_id: int | None = None
    matched_name: str = ""
    #: What the file says about consent (purpose contact) and a VOG, as row values.
    consent: dict[str, Any] | None = None
    vog: dict[str, Any] | None = None

    @property
    def name(self) -> str:
        v = self.values
        return " ".join(p for p in (v["first_name"], v["tussenvoegsel"], v["last_name"]) if p)


@dataclass(frozen=True)
class _EngagementData:
    initiative: str
    municipality: str | None
    role: Role
    since: date | None
    until: date | None


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
    report = ImportReport(rows=len(table.rows), dry_run=options.dry_run)
    parsed = [_parse_row(row, mapping, today) for row in table.rows]
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


def _plan(
    session: Session,
    parsed: Sequence[tuple[int, _Candidate | None, list[Problem]]],
    mapping: ColumnMapping,
    options: ImportOptions,
    report: ImportReport,
    today: date,
) -> tuple[list[_Candidate], _Initiatives]:
    """Match every row against the database and each other and count what would happen."""
    initiatives = _Initiatives(session, options.create_initiatives)
    index = _PersonIndex(session)
    header = mapping.header_of(Field.INITIATIVE)
    by_key: dict[tuple[str, ...], _Candidate] = {}
    by_person: dict[int, _Candidate] = {}
    candidates: list[_Candidate] = []
    for line, candidate, problems in parsed:
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
        same = next((by_key[k] for k in _keys(candidate.values) if k in by_key), None)
        if same is not None:
            _absorb(same, candidate)
            report.outcomes[line] = report.outcomes[same.line]
            continue
        found = index.match(candidate.values)
        if found is not None and found[0] in by_person:
            # Another row already named this stored person, under other details.
            same = by_person[found[0]]
            _absorb(same, candidate)
            report.outcomes[line] = report.outcomes[same.line]
            continue
        for key in _keys(candidate.values):
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
    candidates: Sequence[_Candidate],
    options: ImportOptions,
    report: ImportReport,
    initiatives: _Initiatives,
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
            _new_engagements(candidate, person, existing_links, initiatives, today)
        )
    report.initiatives_created = initiatives.to_create()


def _store(
    session: Session,
    candidates: Sequence[_Candidate],
    initiatives: _Initiatives,
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
            if _fill_empty(person, to_complete[person.id].values):
                report.updated += 1
    new = [c for c in candidates if c.person_id is None]
    session.flush()
    if new:
        # Every row was validated by the domain model while parsing (Person.validate), so
        # the rows go in as one bulk INSERT: the unit of work would validate each once more
        # and take three times as long for 10,000 rows.
        table = cast(SQLTable, Person.__table__)
        columns = [c.key for c in table.columns if c.key not in _BOOKKEEPING]
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
        for data in _new_engagements(
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


def _privacy_rows(
    consent_date: date | None, method: Any, purpose: str | None, vog_date: date | None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The consent and VOG register rows a file's columns describe, checked by the models'
    own rules (on plain values, as for persons).

    Raises:
        ValidationError: naming the model field that is wrong.
    """
    consent = vog = None
    if consent_date is not None:
        # The file's consent is the one to be contacted; what it was for is kept as a note.
        consent = {
            "purpose": ConsentPurpose.CONTACT,
            "given_on": consent_date,
            "method": method,
            "withdrawn_on": None,
            "notes": purpose,
        }
        consent = _validated(Consent, consent)
    if vog_date is not None:
        vog = {
            "screening_profile": None,
            "requested_on": None,
            "seen_on": vog_date,
            "seen_by": None,
            "outcome": VogOutcome.AFGEGEVEN,
            "valid_until": None,
            "notes": None,
        }
        vog = _validated(VogRecord, vog)  # fills in valid_until
    return consent, vog


def _validated(model: type[Consent] | type[VogRecord], values: dict[str, Any]) -> dict[str, Any]:
    row = SimpleNamespace(**values)
    model.validate(cast(Any, row))
    return vars(row)


def _store_privacy(
    session: Session, candidates: Sequence[_Candidate], matched_ids: Sequence[int]
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


def _parse_row(
    row: SourceRow, mapping: ColumnMapping, today: date
) -> tuple[int, _Candidate | None, list[Problem]]:
    """Parse and check one row; every wrong cell gives its own problem."""
    line = row.line
    problems: list[Problem] = []

    def cell(f: Field) -> object:
        index = mapping.index_of(f)
        return None if index is None else row.cell(index)

    def parse(f: Field, parser: Any, *args: Any) -> Any:
        value = cell(f)
        if value is None or value == "":
            return None
        try:
            return parser(value, f.value, *args)
        except ValidationError as exc:
            problems.append(Problem(line, mapping.header_of(f), exc.message))
            return None

    def text(f: Field) -> str | None:
        return parsing.text_of(cell(f)) or None

    first, tussen, last = text(Field.FIRST_NAME), text(Field.TUSSENVOEGSEL), text(Field.LAST_NAME)
    name_header = mapping.header_of(Field.LAST_NAME)
    full = text(Field.FULL_NAME)
    if not (first or last) and full:
        parts = split_name(full)
        first, tussen, last = parts.first_name, parts.tussenvoegsel, parts.last_name
        name_header = mapping.header_of(Field.FULL_NAME)
        if not last:
            problems.append(Problem(line, name_header, f"'{full}': geef voor- én achternaam"))
    elif not (first or last or full):
        header = mapping.header_of(
            Field.FULL_NAME if mapping.index_of(Field.FULL_NAME) is not None else Field.LAST_NAME
        )
        problems.append(Problem(line, header, "is verplicht"))
    birth_year = parse(Field.BIRTH_YEAR, parsing.parse_year)
    birth_date = parse(Field.BIRTH_DATE, parsing.parse_date)
    birth_field = Field.BIRTH_YEAR
    if birth_date is not None and birth_year is None:
        birth_year, birth_field = birth_date.year, Field.BIRTH_DATE
    consent_date = parse(Field.CONSENT, parsing.parse_consent, today)
    purpose = text(Field.CONSENT_PURPOSE)
    if consent_date is not None and purpose is None:
        purpose = DEFAULT_CONSENT_PURPOSE
    consent_method = parse(Field.CONSENT_METHOD, parsing.parse_consent_method)
    vog_date = parse(Field.VOG_DATE, parsing.parse_date)
    values: dict[str, Any] = {
        "first_name": first,
        "tussenvoegsel": tussen,
        "last_name": last,
        "email": parse(Field.EMAIL, lambda c, f: clean_email(f, parsing.text_of(c))),
        "phone": parse(Field.PHONE, parsing.parse_phone),
        "address": text(Field.ADDRESS),
        "postcode": parse(Field.POSTCODE, lambda c, f: clean_postcode(f, parsing.text_of(c))),
        "place": text(Field.PLACE),
        "birth_year": birth_year,
        "skills": text(Field.SKILLS),
        "availability": parsing.normalise_availability(cell(Field.AVAILABILITY)),
        "notes": text(Field.NOTES),
    }
    status = parse(Field.STATUS, parsing.parse_status)
    if status is not None:
        values["status"] = status
    engagement = _parse_engagement(line, mapping, cell, parse, problems)
    if problems:
        return line, None, sorted(problems, key=lambda p: _column_order(mapping, p.field))
    person = _unmapped_person(values)
    try:
        _validate_person(person)
    except ValidationError as exc:
        f = birth_field if exc.field == "birth_year" else _ATTRIBUTE_FIELDS.get(exc.field)
        where = name_header if exc.field in {"first_name", "last_name", "tussenvoegsel"} else None
        header = where or (mapping.header_of(f) if f else exc.field)
        return line, None, [Problem(line, header, exc.message)]
    # validate() put every value in its canonical form; import those.
    values = {k: getattr(person, k) for k in values}
    candidate = _Candidate(line, values, person)
    try:
        candidate.consent, candidate.vog = _privacy_rows(
            consent_date, consent_method, purpose, vog_date
        )
    except ValidationError as exc:
        f = Field.VOG_DATE if exc.field in ("seen_on", "valid_until") else Field.CONSENT
        return line, None, [Problem(line, mapping.header_of(f), exc.message)]
    if engagement is not None:
        candidate.engagements.append(engagement)
    return line, candidate, []


def _column_order(mapping: ColumnMapping, header: str) -> int:
    """Where a header stands in the file, so a row's problems read left to right."""
    return mapping.headers.index(header) if header in mapping.headers else len(mapping.headers)


def _parse_engagement(
    line: int, mapping: ColumnMapping, cell: Any, parse: Any, problems: list[Problem]
) -> _EngagementData | None:
    initiative = parsing.text_of(cell(Field.INITIATIVE))
    role = parse(Field.ROLE, parsing.parse_role)
    since = parse(Field.SINCE, parsing.parse_date)
    until = parse(Field.UNTIL, parsing.parse_date)
    if not initiative:
        if role is not None or since is not None:
            problems.append(
                Problem(line, mapping.header_of(Field.INITIATIVE), "noem het initiatief bij de rol")
            )
        return None
    if since is not None and until is not None and until < since:
        problems.append(
            Problem(line, mapping.header_of(Field.UNTIL), "ligt vóór de startdatum van de inzet")
        )
    municipality = parsing.text_of(cell(Field.MUNICIPALITY)) or None
    return _EngagementData(initiative, municipality, role or Role.VRIJWILLIGER, since, until)


def _keys(values: dict[str, Any]) -> list[tuple[str, ...]]:
    """The keys that identify a person: e-mail, else name with phone, name with postcode."""
    keys: list[tuple[str, ...]] = []
    if values.get("email"):
        keys.append(("email", values["email"]))
    name = _name_key(values)
    if values.get("phone"):
        keys.append(("phone", name, values["phone"]))
    if values.get("postcode"):
        keys.append(("postcode", name, values["postcode"]))
    return keys


def _name_key(values: dict[str, Any]) -> str:
    parts = (values.get("first_name"), values.get("tussenvoegsel"), values.get("last_name"))
    return " ".join(_fold(p) for p in parts if p)


def _absorb(into: _Candidate, other: _Candidate) -> None:
    """A later row of the same person: fill what is still empty, add its engagements."""
    if _fill_empty(into.person, other.values):
        into.values = {k: getattr(into.person, k) for k in into.values}
        _validate_person(into.person)  # derived fields (the search text) follow the values
    into.engagements.extend(other.engagements)
    into.consent = into.consent or other.consent
    into.vog = into.vog or other.vog


def _with_gaps(session: Session, matched: Sequence[_Candidate]) -> dict[int, _Candidate]:
    """The matched candidates that know something their stored person lacks, by person id.

    Reading plain columns first spares loading (and versioning) every matched person when
    a file is imported again and has nothing new.
    """
    if not matched:
        return {}
    keys = [k for k in matched[0].values if k != "status"]
    by_id = {c.person_id: c for c in matched if c.person_id is not None}
    found: dict[int, _Candidate] = {}
    for chunk in _chunks(list(by_id), 500):
        stmt = select(Person.id, *[getattr(Person, k) for k in keys]).where(Person.id.in_(chunk))
        for pid, *stored in session.execute(stmt):
            values = by_id[pid].values
            if any(
                have in (None, "") and values.get(k) not in (None, "")
                for k, have in zip(keys, stored, strict=True)
            ):
                found[pid] = by_id[pid]
    return found


def _unmapped_person(values: dict[str, Any]) -> SimpleNamespace:
    """A person's column values with the model's defaults, as a plain object.

    Mapping 10,000 instances just to validate them (and then inserting them in bulk) took a
    third of an import's time in attribute instrumentation; the rules need none of it.
    """
    return SimpleNamespace(**{**_PERSON_DEFAULTS, **values})


def _validate_person(person: SimpleNamespace) -> None:
    """Apply :meth:`Person.validate`, the model's own rules, to the plain values."""
    Person.validate(cast(Person, person))


def _fill_empty(person: Person | SimpleNamespace, values: dict[str, Any]) -> bool:
    """Complete an existing person with what the file knows; never overwrite."""
    changed = False
    for key, value in values.items():
        if key == "status" or value in (None, ""):
            continue
        if getattr(person, key) in (None, ""):
            setattr(person, key, value)
            changed = True
    return changed


class _PersonIndex:
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
            for key in _keys(values):
                self.by_key.setdefault(key, (pid, name))
            detail = ", ".join(p for p in (email, phone, place) if p)
            self.by_name.setdefault(_name_key(values), []).append(
                (pid, f"{name} ({detail})" if detail else name)
            )

    def match(self, values: dict[str, Any]) -> tuple[int, str] | None:
        keys = _keys(values)
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
        return self.by_name.get(_name_key(values), [])


class _Initiatives:
    """Initiatives by folded name; unknown ones are refused or planned for creation."""

    def __init__(self, session: Session, create: bool) -> None:
        self.session = session
        self.create = create
        self.ids = {
            _fold(name): iid
            for iid, name in session.execute(select(Initiative.id, Initiative.name))
        }
        self._places: dict[str, int] | None = None
        self.planned: dict[str, tuple[str, int]] = {}
        self.missing: list[str] = []

    def check(self, engagement: _EngagementData, place: str | None) -> str | None:
        """Why this engagement's initiative cannot be linked, or ``None`` when it can."""
        key = _fold(engagement.initiative)
        if key in self.ids or key in self.planned:
            return None
        if engagement.initiative not in self.missing:
            self.missing.append(engagement.initiative)
        if not self.create:
            return f"initiatief '{engagement.initiative}' bestaat niet"
        municipality = self._municipality(engagement.municipality) or self._municipality(place)
        if municipality is None:
            return (
                f"initiatief '{engagement.initiative}' bestaat niet en de gemeente is onbekend "
                "(voeg een kolom Gemeente toe)"
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
        return self.ids[_fold(name)]

    def known(self, name: str) -> bool:
        return _fold(name) in self.ids

    def _municipality(self, name: str | None) -> int | None:
        if not name:
            return None
        if self._places is None:
            self._places = {}
            for area, mid in self.session.execute(select(Area.name, Area.municipality_id)):
                self._places.setdefault(_fold(area), mid)
            for mid, mname in self.session.execute(select(Municipality.id, Municipality.name)):
                self._places[_fold(mname)] = mid
        return self._places.get(_fold(name))


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


def _new_engagements(
    candidate: _Candidate,
    person_id: int | None,
    existing: set[tuple[int, int, str, date | None]],
    initiatives: _Initiatives,
    today: date,
) -> list[_EngagementData]:
    """The candidate's engagements not yet stored; without a start date any start matches."""
    new: list[_EngagementData] = []
    seen: set[tuple[str, str, date | None]] = set()
    for data in candidate.engagements:
        key = (_fold(data.initiative), str(data.role), data.since)
        if key in seen:
            continue
        seen.add(key)
        if person_id is not None and initiatives.known(data.initiative):
            iid = initiatives.id_of(data.initiative)
            if (person_id, iid, str(data.role), data.since) in existing:
                continue
        new.append(data)
    return new


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
]
