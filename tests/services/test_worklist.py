from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from flevodesk.domain.enums import FundingStatus, PersonStatus
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Person
from flevodesk.services.worklist import RecordKind, WorkKind, worklist, years_before

TODAY = date(2026, 6, 15)


def test_years_before_handles_leap_days():
    assert years_before(date(2028, 2, 29), 3) == date(2025, 2, 28)


def test_worklist_names_what_is_due_and_overdue(db):
    with db.write() as s:
        town = s.scalars(select(Municipality)).first()
        funder = s.scalars(select(Partner)).first()
        moved = Initiative(
            name="Pop-up", municipality=town, location="Loods",
            location_temporary=True, location_until=TODAY + timedelta(days=10),
        )  # fmt: skip
        s.add(moved)
        s.add(
            FundingApplication(
                initiative=moved, funder=funder, amount_requested=Decimal("100.00"),
                deadline=TODAY + timedelta(days=5),
            )
        )  # fmt: skip
        s.add(
            FundingApplication(
                initiative=moved, funder=funder, amount_requested=Decimal("100.00"),
                amount_granted=Decimal("100.00"), status=FundingStatus.TOEGEKEND,
                submitted_on=TODAY - timedelta(days=200), decided_on=TODAY - timedelta(days=150),
                accountability_due=TODAY - timedelta(days=1),
            )
        )  # fmt: skip
        s.add(Person(first_name="Oud", last_name="Vog", vog_date=date(2023, 1, 1)))
        s.add(Person(first_name="Bijna", last_name="Vog", vog_date=date(2023, 7, 1)))
        s.add(
            Person(first_name="Weg", last_name="Vog", vog_date=date(2020, 1, 1),
                   status=PersonStatus.GESTOPT, left_on=date(2024, 1, 1))
        )  # fmt: skip
        s.add(
            Person(first_name="Toe", last_name="Stemming", consent_date=date(2024, 6, 20),
                   consent_purpose="Nieuwsbrief")
        )  # fmt: skip
    work = worklist(db, today=TODAY)
    found = {(item.kind, item.title) for item in work.items}
    assert (WorkKind.DEADLINE, "Pop-up") in found
    assert (WorkKind.ACCOUNTABILITY_OVERDUE, "Pop-up") in found
    assert (WorkKind.VOG_EXPIRED, "Oud Vog") in found
    assert (WorkKind.VOG_EXPIRING, "Bijna Vog") in found
    assert (WorkKind.CONSENT_EXPIRING, "Toe Stemming") in found
    assert (WorkKind.LOCATION_ENDING, "Pop-up") in found
    assert not any(title == "Weg Vog" for _kind, title in found)
    assert work.items[0].kind.overdue
    location = next(i for i in work.items if i.kind is WorkKind.LOCATION_ENDING)
    assert location.record_kind is RecordKind.INITIATIVE and location.detail == "Loods"
    assert work.totals[WorkKind.VOG_EXPIRED] == 1
