"""Deadlines as an iCalendar file: funding deadlines, verantwoording due dates, VOG renewals
and temporary locations that end.

Every event has a UID built from the record's id and the kind of deadline, so importing a
newer export into a calendar updates the events instead of adding them twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from flevodesk import __version__
from flevodesk.domain.enums import FundingStatus, PersonStatus, VogOutcome
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Person
from flevodesk.domain.privacy import VogRecord
from flevodesk.services.contentlines import escape, render
from flevodesk.services.export_log import note_export
from flevodesk.services.files import write_file_whole
from flevodesk.services.funding_reminders import DEFAULT_WINDOW_DAYS
from flevodesk.services.privacy import settings_in
from flevodesk.store.database import Database

_CLOSED = {FundingStatus.INGETROKKEN, FundingStatus.AFGEWEZEN}


@dataclass(frozen=True)
class Deadline:
    """One all-day event: ``uid`` stays the same for the same record and kind."""

    uid: str
    day: date
    summary: str
    description: str
    category: str
    changed: datetime
    #: Days before ``day`` at which a calendar reminds (the VOG warning window).
    alarm_days: int | None = None


def collect_deadlines(
    db: Database, funding_window_days: int = DEFAULT_WINDOW_DAYS
) -> list[Deadline]:
    """Every deadline the database knows, sorted by day.

    Verantwoordingen and obligations carry a reminder ``funding_window_days`` ahead, the
    same window the worklist uses.
    """
    deadlines: list[Deadline] = []
    with db.read() as session:
        funding = session.execute(
            select(FundingApplication, Initiative.name, Partner.name)
            .join(Initiative, FundingApplication.initiative_id == Initiative.id)
            .join(Partner, FundingApplication.funder_id == Partner.id)
            .where(FundingApplication.status.not_in(_CLOSED))
            .options(selectinload(FundingApplication.obligations))
        )
        for application, initiative_name, funder in funding:
            scheme = f" ({application.scheme})" if application.scheme else ""
            about = f"{initiative_name}: aanvraag bij {funder}{scheme}"
            if application.deadline is not None:
                deadlines.append(
                    Deadline(
                        f"funding-{application.id}-deadline@flevodesk",
                        application.deadline,
                        f"Deadline aanvraag {funder} – {initiative_name}",
                        about,
                        "Financiering",
                        application.updated_at,
                    )
                )
            if application.accountability_due is not None:
                deadlines.append(
                    Deadline(
                        f"funding-{application.id}-accountability@flevodesk",
                        application.accountability_due,
                        f"Verantwoording {funder} – {initiative_name}",
                        about,
                        "Verantwoording",
                        application.updated_at,
                        alarm_days=funding_window_days,
                    )
                )
            for obligation in application.obligations:
                if obligation.due_date is None or obligation.done_on is not None:
                    continue
                deadlines.append(
                    Deadline(
                        f"obligation-{obligation.id}@flevodesk",
                        obligation.due_date,
                        f"{obligation.kind.label} {funder} – {initiative_name}",
                        about,
                        "Verplichting",
                        obligation.updated_at,
                        alarm_days=funding_window_days,
                    )
                )
        warning_days = settings_in(session).warning_days
        latest = (
            select(VogRecord.person_id, func.max(VogRecord.valid_until).label("until"))
            .where(VogRecord.outcome == VogOutcome.AFGEGEVEN, VogRecord.valid_until.is_not(None))
            .group_by(VogRecord.person_id)
            .subquery()
        )
        renewals = session.execute(
            select(Person, latest.c.until)
            .join(latest, latest.c.person_id == Person.id)
            .where(Person.status != PersonStatus.GESTOPT, Person.anonymised_on.is_(None))
        )
        for person, until in renewals:
            deadlines.append(
                Deadline(
                    f"person-{person.id}-vog@flevodesk",
                    until,
                    f"VOG vernieuwen: {person.full_name}",
                    f"De VOG is geldig tot en met {until:%d-%m-%Y}; "
                    f"vraag de nieuwe {warning_days} dagen vooraf aan.",
                    "VOG",
                    person.updated_at,
                    alarm_days=warning_days,
                )
            )
        temporary = session.scalars(
            select(Initiative).where(
                Initiative.location_temporary.is_(True), Initiative.location_until.is_not(None)
            )
        )
        for initiative in temporary:
            assert initiative.location_until is not None
            where = initiative.location or "de tijdelijke locatie"
            deadlines.append(
                Deadline(
                    f"initiative-{initiative.id}-location@flevodesk",
                    initiative.location_until,
                    f"Tijdelijke locatie loopt af: {initiative.name}",
                    f"{initiative.name} kan tot en met deze dag terecht op {where}.",
                    "Locatie",
                    initiative.updated_at,
                )
            )
    return sorted(deadlines, key=lambda d: (d.day, d.uid))


def render_calendar(deadlines: list[Deadline]) -> str:
    """The iCalendar text for ``deadlines`` (all-day events)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//FlevoDesk//FlevoDesk {__version__}//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:FlevoDesk deadlines",
    ]
    for deadline in deadlines:
        stamp = deadline.changed.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{deadline.uid}",
            f"DTSTAMP:{stamp}",
            f"LAST-MODIFIED:{stamp}",
            f"DTSTART;VALUE=DATE:{deadline.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{deadline.day + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape(deadline.summary)}",
            f"DESCRIPTION:{escape(deadline.description)}",
            f"CATEGORIES:{escape(deadline.category)}",
            "TRANSP:TRANSPARENT",
        ]
        if deadline.alarm_days:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{escape(deadline.summary)}",
                f"TRIGGER:-P{deadline.alarm_days}D",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return render(lines)


def export_calendar(
    db: Database, path: Path, funding_window_days: int = DEFAULT_WINDOW_DAYS
) -> int:
    """Write all deadlines to ``path`` as iCalendar.

    Returns:
        The number of events written.

    Raises:
        ServiceError: when the file cannot be written.
    """
    deadlines = collect_deadlines(db, funding_window_days)
    text = render_calendar(deadlines).encode("utf-8")
    if any(d.category == "VOG" for d in deadlines):
        note_export(db, "agenda", path)  # VOG renewals carry the person's name
    write_file_whole(path, lambda out: out.write(text))
    return len(deadlines)
