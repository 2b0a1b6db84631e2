"""The .ics and .vcf exports, read back with real parsers."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import icalendar
import pytest
import vobject
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from flevodesk.cli import main
from flevodesk.domain.enums import FundingStatus, ObligationKind, PersonStatus, VogOutcome
from flevodesk.domain.funding import FundingApplication, Obligation
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner, PartnerContact
from flevodesk.domain.people import Person
from flevodesk.domain.privacy import VogRecord, add_years
from flevodesk.services.calendar_export import export_calendar
from flevodesk.services.contacts_export import export_contacts
from flevodesk.services.contentlines import fold


def _vog(*seen: int) -> VogRecord:
    return VogRecord(seen_on=date(*seen), outcome=VogOutcome.AFGEGEVEN)


@pytest.fixture
def deadlines(db):
    with db.write() as session:
        initiative = session.scalars(select(Initiative)).one()
        initiative.location = "Het Pand, tijdelijk; achter de kerk"
        initiative.location_temporary = True
        initiative.location_until = date(2027, 6, 30)
        funder = session.scalars(select(Partner).order_by(Partner.id)).first()
        application = FundingApplication(
            initiative=initiative,
            funder=funder,
            scheme="Buurtbudget " + "lang " * 20,
            amount_requested=Decimal("500"),
            status=FundingStatus.TOEGEKEND,
            amount_granted=Decimal("500"),
            submitted_on=date(2026, 1, 5),
            decided_on=date(2026, 2, 1),
            deadline=date(2026, 1, 10),
            accountability_due=date(2027, 2, 1),
            obligations=[
                Obligation(kind=ObligationKind.FOTOVERSLAG, due_date=date(2027, 1, 15)),
                Obligation(
                    kind=ObligationKind.BONNEN,
                    due_date=date(2027, 1, 15),
                    done_on=date(2026, 11, 1),
                ),
            ],
        )
        withdrawn = FundingApplication(
            initiative=initiative,
            funder=funder,
            status=FundingStatus.INGETROKKEN,
            submitted_on=date(2026, 1, 5),
            deadline=date(2026, 1, 12),
        )
        session.add_all([application, withdrawn])
        session.add(Person(first_name="Şükrü", last_name="Yılmaz", vog_records=[_vog(2024, 2, 29)]))
        session.add(
            Person(
                first_name="Oud",
                last_name="Gediende",
                vog_records=[_vog(2020, 1, 1)],
                status=PersonStatus.GESTOPT,
            )
        )
        session.flush()
        return application.id, initiative.id


def test_calendar_parses_with_stable_uids(db, deadlines, tmp_path):
    application_id, initiative_id = deadlines
    path = tmp_path / "deadlines.ics"
    assert export_calendar(db, path, funding_window_days=21) == 5
    data = path.read_bytes()
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        f"funding-{application_id}-deadline@flevodesk",
        f"funding-{application_id}-accountability@flevodesk",
        f"initiative-{initiative_id}-location@flevodesk",
        next(uid for uid in events if uid.startswith("person-")),
        next(uid for uid in events if uid.startswith("obligation-")),
    }
    # Open obligations only, reminded the funding window ahead, like verantwoordingen.
    obligation = next(e for uid, e in events.items() if uid.startswith("obligation-"))
    assert str(obligation["SUMMARY"]).startswith("Fotoverslag ")
    assert obligation.walk("VALARM")[0]["TRIGGER"].dt == -timedelta(days=21)
    accountability = events[f"funding-{application_id}-accountability@flevodesk"]
    assert accountability.walk("VALARM")[0]["TRIGGER"].dt == -timedelta(days=21)
    vog = next(e for uid, e in events.items() if uid.startswith("person-"))
    assert vog["DTSTART"].dt == date(2027, 2, 28)
    assert str(vog["SUMMARY"]) == "VOG vernieuwen: Şükrü Yılmaz"
    # The calendar reminds when the warning window opens (30 days unless set otherwise).
    assert vog.walk("VALARM")[0]["TRIGGER"].dt == -timedelta(days=30)
    location = events[f"initiative-{initiative_id}-location@flevodesk"]
    assert location["DTSTART"].dt == date(2027, 6, 30)
    assert location["DTEND"].dt == date(2027, 7, 1)
    assert "Het Pand, tijdelijk; achter de kerk" in str(location["DESCRIPTION"])
    assert "lang lang" in str(events[f"funding-{application_id}-deadline@flevodesk"]["DESCRIPTION"])
    # Exporting again gives the same file: same UIDs, same stamps.
    again = tmp_path / "again.ics"
    export_calendar(db, again, funding_window_days=21)
    assert again.read_bytes() == data


def test_folding_never_splits_a_character():
    line = "SUMMARY:" + "Şükrü " * 30
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_add_years_handles_leap_days():
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert add_years(date(2024, 3, 1), 3) == date(2027, 3, 1)


def test_contacts_parse_as_vcards(db, tmp_path):
    with db.write() as session:
        partner = session.scalars(
            select(Partner).order_by(Partner.id).options(selectinload(Partner.contacts))
        ).first()
        partner.email = "info@partner.nl"
        partner.contacts.append(
            PartnerContact(
                name="Ingrid van 't Hof",
                role="Buurtverbinder; Almere",
                email="ingrid@partner.nl",
                phone="0612345678",
                notes="Bereikbaar di, do",
            )
        )
        partner.contacts.append(PartnerContact(name="Şükrü Yılmaz"))
        partner_id, partner_name = partner.id, partner.name
    path = tmp_path / "contacten.vcf"
    count = export_contacts(db, path)
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
    assert len(cards) == count >= 3
    by_uid = {card.uid.value: card for card in cards}
    org = by_uid[f"partner-{partner_id}@flevodesk"]
    assert org.fn.value == partner_name
    assert org.email.value == "info@partner.nl"
    ingrid = next(c for c in cards if c.fn.value == "Ingrid van 't Hof")
    assert ingrid.n.value.family == "van 't Hof"
    assert ingrid.n.value.given == "Ingrid"
    assert ingrid.org.value == [partner_name]
    assert ingrid.title.value == "Buurtverbinder; Almere"
    assert ingrid.tel.value == "06-12345678"
    assert ingrid.note.value == "Bereikbaar di, do"
    assert any(c.fn.value == "Şükrü Yılmaz" for c in cards)


def test_command_line_calendar_and_contacts(db, deadlines, tmp_path, capsys):
    db.dispose()
    ics, vcf = tmp_path / "d.ics", tmp_path / "c.vcf"
    assert main(["--db", str(db.path or db.url), "export", "calendar", "--out", str(ics)]) == 0
    assert main(["--db", str(db.path or db.url), "export", "contacts", "--out", str(vcf)]) == 0
    out = capsys.readouterr().out
    assert "5 deadlines" in out and "visitekaartjes" in out
    assert icalendar.Calendar.from_ical(ics.read_bytes())
