"""Turn one row of the file into a checked candidate person, its problems and warnings.

Every wrong cell of a hard field (name, e-mail, phone, postcode, status, role, initiative,
consent, VOG and engagement dates) gives its own problem and keeps the row out; soft fields
never do (see :mod:`.soft_fields`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any, cast

from flevodesk.domain.enums import ConsentPurpose, Role, VogOutcome
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import message
from flevodesk.domain.parsing import parse_date_cell, text_of
from flevodesk.domain.privacy import Consent, VogRecord
from flevodesk.domain.validation import clean_email, clean_postcode
from flevodesk.services.importing import parsing
from flevodesk.services.importing.candidates import (
    Candidate,
    EngagementData,
    unmapped_person,
    validate_person,
)
from flevodesk.services.importing.columns import ColumnMapping, Field
from flevodesk.services.importing.names import split_name
from flevodesk.services.importing.reading import SourceRow
from flevodesk.services.importing.report import Problem
from flevodesk.services.importing.soft_fields import RowNotes, name_text

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
class ParsedRow:
    """One row's outcome: a candidate, or ``None`` with the problems that keep it out."""

    line: int
    candidate: Candidate | None
    problems: list[Problem]
    warnings: list[Problem]


def parse_row(
    row: SourceRow,
    mapping: ColumnMapping,
    today: date,
    cleaned: frozenset[tuple[int, int]] = frozenset(),
) -> ParsedRow:
    """Parse and check one row; every wrong cell gives its own problem."""
    line = row.line
    problems: list[Problem] = []
    notes = RowNotes(line, mapping)
    notes.cleaned(cleaned)

    def cell(f: Field) -> object:
        index = mapping.index_of(f)
        return None if index is None else row.cell(index)

    def parse(f: Field, parser: Callable[..., Any], *args: Any) -> Any:
        value = cell(f)
        if value is None or value == "":
            return None
        try:
            return parser(value, f.value, *args)
        except ValidationError as exc:
            problems.append(Problem(line, mapping.header_of(f), exc.translatable))
            return None

    def text(f: Field) -> str | None:
        return text_of(cell(f)) or None

    def name(f: Field) -> str | None:
        return name_text(cell(f), problems, line, mapping.header_of(f))

    first, tussen, last = name(Field.FIRST_NAME), name(Field.TUSSENVOEGSEL), name(Field.LAST_NAME)
    name_header = mapping.header_of(Field.LAST_NAME)
    full = name(Field.FULL_NAME)
    if not (first or last) and full:
        parts = split_name(full)
        first, tussen, last = parts.first_name, parts.tussenvoegsel, parts.last_name
        name_header = mapping.header_of(Field.FULL_NAME)
        if not last:
            problems.append(
                Problem(
                    line, name_header, message("'{typed}': geef voor- én achternaam", typed=full)
                )
            )
    elif not (first or last or full) and not problems:
        header = mapping.header_of(
            Field.FULL_NAME if mapping.index_of(Field.FULL_NAME) is not None else Field.LAST_NAME
        )
        problems.append(Problem(line, header, message("is verplicht")))
    birth_year = parse(Field.BIRTH_YEAR, parsing.parse_year)
    birth_date = parse(Field.BIRTH_DATE, parse_date_cell)
    birth_field = Field.BIRTH_YEAR
    if birth_date is not None and birth_year is None:
        birth_year, birth_field = birth_date.year, Field.BIRTH_DATE
    notes.birth_year(birth_field, birth_year, cell(birth_field), today)
    consent_date = parse(Field.CONSENT, parsing.parse_consent, today)
    purpose = text(Field.CONSENT_PURPOSE)
    if consent_date is not None and purpose is None:
        purpose = DEFAULT_CONSENT_PURPOSE
    consent_method = parse(Field.CONSENT_METHOD, parsing.parse_consent_method)
    vog_date = parse(Field.VOG_DATE, parse_date_cell)
    notes.old_date(Field.VOG_DATE, vog_date, cell(Field.VOG_DATE), today)
    values: dict[str, Any] = {
        "first_name": first,
        "tussenvoegsel": tussen,
        "last_name": last,
        "email": parse(Field.EMAIL, lambda c, f: clean_email(f, text_of(c))),
        "phone": parse(Field.PHONE, parsing.parse_phone),
        "address": notes.single_line(Field.ADDRESS, cell(Field.ADDRESS)),
        "postcode": parse(Field.POSTCODE, lambda c, f: clean_postcode(f, text_of(c))),
        "place": notes.single_line(Field.PLACE, cell(Field.PLACE)),
        "birth_year": birth_year,
        "skills": text(Field.SKILLS),
        "availability": notes.availability(cell(Field.AVAILABILITY)),
        "availability_note": notes.availability_note,
    }
    values["notes"] = notes.notes_with(text(Field.NOTES))
    status = parse(Field.STATUS, parsing.parse_status)
    if status is not None:
        values["status"] = status
    engagement = _parse_engagement(line, mapping, cell, parse, problems)
    if engagement is not None:
        notes.old_date(Field.SINCE, engagement.since, cell(Field.SINCE), today)
    if problems:
        problems.sort(key=lambda p: _column_order(mapping, p.field))
        return ParsedRow(line, None, problems, notes.warnings)
    person = unmapped_person(values)
    try:
        validate_person(person)
    except ValidationError as exc:
        f = birth_field if exc.field == "birth_year" else _ATTRIBUTE_FIELDS.get(exc.field)
        where = name_header if exc.field in {"first_name", "last_name", "tussenvoegsel"} else None
        header = where or (mapping.header_of(f) if f else exc.field)
        return ParsedRow(line, None, [Problem(line, header, exc.translatable)], notes.warnings)
    # validate() put every value in its canonical form; import those.
    values = {k: getattr(person, k) for k in values}
    candidate = Candidate(line, values, person)
    try:
        candidate.consent, candidate.vog = _privacy_rows(
            consent_date, consent_method, purpose, vog_date
        )
    except ValidationError as exc:
        f = Field.VOG_DATE if exc.field in ("seen_on", "valid_until") else Field.CONSENT
        problem = Problem(line, mapping.header_of(f), exc.translatable)
        return ParsedRow(line, None, [problem], notes.warnings)
    if engagement is not None:
        candidate.engagements.append(engagement)
    return ParsedRow(line, candidate, [], notes.warnings)


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


def _column_order(mapping: ColumnMapping, header: str) -> int:
    """Where a header stands in the file, so a row's problems read left to right."""
    return mapping.headers.index(header) if header in mapping.headers else len(mapping.headers)


def _parse_engagement(
    line: int, mapping: ColumnMapping, cell: Any, parse: Any, problems: list[Problem]
) -> EngagementData | None:
    initiative = text_of(cell(Field.INITIATIVE))
    role = parse(Field.ROLE, parsing.parse_role)
    since = parse(Field.SINCE, parse_date_cell)
    until = parse(Field.UNTIL, parse_date_cell)
    if not initiative:
        if role is not None or since is not None:
            problems.append(
                Problem(
                    line,
                    mapping.header_of(Field.INITIATIVE),
                    message("noem het initiatief bij de rol"),
                )
            )
        return None
    if since is not None and until is not None and until < since:
        problems.append(
            Problem(
                line,
                mapping.header_of(Field.UNTIL),
                message("ligt vóór de startdatum van de inzet"),
            )
        )
    municipality = text_of(cell(Field.MUNICIPALITY)) or None
    return EngagementData(initiative, municipality, role or Role.VRIJWILLIGER, since, until)
