"""Right of access (inzageverzoek).

The access export is built once as plain values per section; the JSON file writes them as
they are and the PDF shows the same sections with Dutch labels, so the two never differ.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from io import BytesIO
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from flevodesk.domain.dutch import dagdelen, hours_minutes, long_date
from flevodesk.domain.enums import LabeledEnum
from flevodesk.domain.merges import PersonMerge
from flevodesk.domain.messages import message
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.reports.data import AccessExportData, Section
from flevodesk.services.errors import NotFound
from flevodesk.services.export_log import note_export
from flevodesk.services.files import write_files_together
from flevodesk.services.privacy import CREATED, read_settings
from flevodesk.store.database import Database

#: Dutch labels of the person's own columns, in the order a reader expects them.
_RECORD_LABELS = {
    "first_name": "Voornaam",
    "tussenvoegsel": "Tussenvoegsel",
    "last_name": "Achternaam",
    "email": "E-mail",
    "phone": "Telefoon",
    "address": "Adres",
    "postcode": "Postcode",
    "place": "Woonplaats",
    "birth_year": "Geboortejaar",
    "skills": "Vaardigheden",
    "availability": "Beschikbaar",
    "availability_note": "Toelichting beschikbaarheid",
    "status": "Status",
    "left_on": "Gestopt op",
    "left_reason": "Reden van stoppen",
    "notes": "Notities",
    "review_on": "Bewaren tot (herbeoordeling)",
    "keep_reason": "Reden om te bewaren",
    "anonymised_on": "Geanonimiseerd op",
    "created_at": "Vastgelegd op",
    "updated_at": "Laatst gewijzigd",
}

#: Columns the program keeps for itself (search index, sort order, version counter, record
#: number, demo mark): in the JSON copy, which holds everything, but not in the letter a
#: citizen reads, where they only puzzle.
_TECHNICAL_LABELS = {
    "search_text": "Zoektekst (afgeleid)",
    "sort_key": "Sorteersleutel (afgeleid)",
    "is_demo": "Demogegevens",
    "version": "Versie",
    "id": "Nummer",
}


@dataclass(frozen=True)
class _Part:
    """One section: its JSON key, Dutch title, and columns as (JSON key, Dutch header)."""

    key: str
    title: str
    columns: tuple[tuple[str, str], ...]


_PARTS = (
    _Part(
        "consents",
        "Toestemmingen",
        (
            ("purpose", "Doel"),
            ("given_on", "Gegeven op"),
            ("method", "Hoe"),
            ("withdrawn_on", "Ingetrokken op"),
            ("notes", "Toelichting"),
        ),
    ),
    _Part(
        "vog_records",
        "Verklaringen omtrent het gedrag (VOG)",
        (
            ("screening_profile", "Profiel"),
            ("requested_on", "Aangevraagd op"),
            ("seen_on", "Ingezien op"),
            ("seen_by", "Ingezien door"),
            ("outcome", "Uitkomst"),
            ("valid_until", "Geldig tot"),
            ("notes", "Toelichting"),
        ),
    ),
    _Part(
        "engagements",
        "Inzet bij initiatieven",
        (("initiative", "Initiatief"), ("role", "Rol"), ("since", "Sinds"), ("until", "Tot")),
    ),
    _Part(
        "hours",
        "Uren",
        (
            ("worked_on", "Datum"),
            ("initiative", "Initiatief"),
            ("minutes", "Tijd"),
            ("activity", "Activiteit"),
        ),
    ),
    _Part(
        "changes",
        "Wijzigingslogboek",
        (("changed_at", "Wanneer"), ("user_name", "Door (gebruikersnaam)"), ("field", "Wat")),
    ),
    _Part(
        "merges",
        "Samenvoegingen",
        (("merged_name", "Samengevoegd record"), ("created_at", "Op"), ("snapshot", "Inhoud")),
    ),
)


@dataclass(frozen=True)
class AccessExport:
    """An access export: ``content`` for JSON, ``printout`` for the PDF."""

    content: dict[str, Any]
    printout: AccessExportData


def access_export(db: Database, person_id: int, today: date | None = None) -> AccessExport:
    """Everything the database holds about one person.

    Raises:
        NotFound: for an unknown person.
    """
    day = today or date.today()
    with db.read() as session:
        person = session.scalars(
            select(Person)
            .where(Person.id == person_id)
            .options(
                selectinload(Person.consents),
                selectinload(Person.vog_records),
                selectinload(Person.changes),
                selectinload(Person.engagements).selectinload(Engagement.initiative),
                selectinload(Person.hours).selectinload(HoursEntry.initiative),
            )
        ).one_or_none()
        if person is None:
            raise NotFound(message("De persoon bestaat niet (meer)."))
        merges = session.scalars(
            select(PersonMerge).where(
                or_(
                    PersonMerge.kept_person_id == person.id,
                    PersonMerge.merged_person_id == person.id,
                )
            )
        ).all()
        record = {c.key: getattr(person, c.key) for c in Person.__table__.columns}
        sections: dict[str, list[dict[str, Any]]] = {
            "consents": [_columns(c, _PARTS[0]) for c in person.consents],
            "vog_records": [_columns(v, _PARTS[1]) for v in person.vog_records],
            "engagements": [
                {
                    "initiative": e.initiative.name,
                    "role": e.role,
                    "since": e.since,
                    "until": e.until,
                }
                for e in person.engagements
            ],
            "hours": [
                {
                    "worked_on": h.worked_on,
                    "initiative": h.initiative.name,
                    "minutes": h.minutes,
                    "activity": h.activity,
                }
                for h in person.hours
            ],
            "changes": [_columns(c, _PARTS[4]) for c in person.changes],
            "merges": [_columns(m, _PARTS[5]) for m in merges],
        }
        name = person.full_name
    organisation = read_settings(db).organisation_name
    content = {
        "export": {"kind": "inzageverzoek", "made_on": day, "organisation": organisation},
        "person": record,
        **sections,
    }
    printout = AccessExportData(
        person=name,
        organisation=organisation,
        printed_on=day,
        record=tuple(
            (label, _display(record[key], key))
            for key, label in _RECORD_LABELS.items()
            if record.get(key) not in (None, "")
        ),
        sections=tuple(
            Section(
                _titled(part, sections[part.key]),
                tuple(header for _, header in part.columns),
                tuple(
                    tuple(_display(row.get(key), key) for key, _ in part.columns)
                    for row in sections[part.key]
                ),
            )
            for part in _PARTS
        ),
    )
    return AccessExport(_jsonable(content), printout)


def write_access_export(
    db: Database, person_id: int, out: Path, today: date | None = None
) -> tuple[Path, Path]:
    """Write the PDF to ``out`` and the JSON beside it (same name, ``.json``).

    Returns:
        The PDF and the JSON path.

    Raises:
        NotFound: for an unknown person.
        ServiceError: when a file cannot be written.
    """
    export = access_export(db, person_id, today)
    pdf = out if out.suffix.lower() == ".pdf" else out.with_suffix(".pdf")
    data = json.dumps(export.content, ensure_ascii=False, indent=2).encode("utf-8")
    rendered = BytesIO()
    from flevodesk.services.printouts import PRINTOUTS  # its access module imports this one

    PRINTOUTS["access"].render(export.printout, rendered, read_settings(db).organisation_name)
    target = pdf.with_suffix(".json")
    note_export(db, "inzage", pdf, target)
    # Both or neither: a new PDF beside an old JSON would disagree with itself.
    write_files_together([(pdf, rendered.getvalue()), (target, data)])
    return pdf, target


def _titled(part: _Part, rows: list[dict[str, Any]]) -> str:
    """The section's title, with the total a reader would otherwise add up by hand."""
    if part.key == "hours" and rows:
        return f"{part.title}: {hours_minutes(sum(r['minutes'] for r in rows))} uur in totaal"
    return part.title


def _columns(obj: Any, part: _Part) -> dict[str, Any]:
    return {key: getattr(obj, key) for key, _ in part.columns}


#: What a change-log line shows for the record's creation instead of a field.
_CREATED_LABEL = "gegevens vastgelegd"


def field_label(field: str) -> str:
    """The Dutch name of a person's field as a change-log line names it."""
    if field == CREATED:
        return _CREATED_LABEL
    return _RECORD_LABELS.get(field) or _TECHNICAL_LABELS.get(field, field)


def field_labels() -> tuple[str, ...]:
    """Every Dutch name :func:`field_label` gives, for the interface to translate where it
    shows the change log (``scripts/texts_for_translation.py`` hands them to lupdate)."""
    return (_CREATED_LABEL, *_RECORD_LABELS.values(), *_TECHNICAL_LABELS.values())


def _display(value: Any, key: str = "") -> str:
    if value is None:
        return ""
    if key == "field":  # a change-log line names a column; a reader wants its Dutch name
        return field_label(value)
    if key == "minutes":
        return f"{hours_minutes(value)} uur"
    if key == "availability":
        return dagdelen(value.split(","))
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        moment = value.astimezone()
        return f"{long_date(moment.date())} {moment:%H:%M}"
    if isinstance(value, date):
        return long_date(value)
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


__all__ = [
    "AccessExport",
    "access_export",
    "field_label",
    "field_labels",
    "write_access_export",
]
