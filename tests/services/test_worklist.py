from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from flevodesk.domain.enums import ConsentPurpose, FundingStatus, PersonStatus, Role, VogOutcome
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Engagement, Person
from flevodesk.domain.privacy import Consent, VogRecord
from flevodesk.services.privacy import RoleRule, role_rules, save_role_rules
from flevodesk.services.worklist import RecordKind, WorkKind, worklist, years_before

TODAY = date(2026, 6, 15)


def test_years_before_handles_leap_days():
    assert years_before(date(2028, 2, 29), 3) == date(2025, 2, 28)


def _vog(*seen):
    return VogRecord(seen_on=date(*seen), outcome=VogOutcome.AFGEGEVEN)


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
        # A kartrekker needs a VOG (set below): an expired one is a problem, not a reminder.
        s.add(Person(first_name="Oud", last_name="Vog", vog_records=[_vog(2023, 1, 1)],
                     engagements=[Engagement(initiative=moved, role=Role.KARTREKKER,
                                             since=date(2024, 1, 1))]))  # fmt: skip
        s.add(Person(first_name="Bijna", last_name="Vog", vog_records=[_vog(2023, 7, 1)]))
        s.add(
            Person(first_name="Weg", last_name="Vog", vog_records=[_vog(2020, 1, 1)],
                   status=PersonStatus.GESTOPT, left_on=date(2024, 1, 1))
        )  # fmt: skip
        s.add(
            Person(first_name="Toe", last_name="Stemming", consents=[
                Consent(purpose=ConsentPurpose.CONTACT, given_on=date(2024, 6, 20))])
        )  # fmt: skip
    rules = role_rules(db)
    rules[Role.KARTREKKER] = RoleRule(Role.KARTREKKER, requires_vog=True, vog_valid_years=3)
    save_role_rules(db, rules)
    work = worklist(db, today=TODAY)
    found = {(item.kind, item.title) for item in work.items}
    assert (WorkKind.DEADLINE, "Pop-up") in found
    assert (WorkKind.ACCOUNTABILITY_OVERDUE, "Pop-up") in found
    assert (WorkKind.VOG_MISSING, "Oud Vog") in found
    assert (WorkKind.VOG_RENEWAL, "Bijna Vog") in found
    assert (WorkKind.CONSENT_EXPIRING, "Toe Stemming") in found
    assert (WorkKind.LOCATION_ENDING, "Pop-up") in found
    assert not any(title == "Weg Vog" for _kind, title in found)
    assert work.items[0].kind.overdue
    location = next(i for i in work.items if i.kind is WorkKind.LOCATION_ENDING)
    assert location.record_kind is RecordKind.INITIATIVE and str(location.detail) == "Loods"
    assert len([i for i in work.items if i.kind is WorkKind.VOG_MISSING]) == 1


def test_obligations_and_verantwoordingen_use_their_own_window(db):
    from flevodesk.domain.enums import ObligationKind
    from flevodesk.domain.funding import Obligation
    from flevodesk.services.funding_reminders import DeadlineKind, funding_deadlines

    with db.write() as s:
        town = s.scalars(select(Municipality)).first()
        funder = s.scalars(select(Partner)).first()
        feest = Initiative(name="Straatfeest", municipality=town)
        granted = FundingApplication(
            initiative=feest, funder=funder, amount_requested=Decimal("300.00"),
            amount_granted=Decimal("300.00"), status=FundingStatus.TOEGEKEND,
            submitted_on=TODAY - timedelta(days=90), decided_on=TODAY - timedelta(days=60),
            accountability_due=TODAY + timedelta(days=20),
            obligations=[
                Obligation(kind=ObligationKind.BONNEN, due_date=TODAY - timedelta(days=2)),
                Obligation(kind=ObligationKind.FOTOVERSLAG, due_date=TODAY + timedelta(days=10)),
                Obligation(kind=ObligationKind.TUSSENRAPPORTAGE, due_date=TODAY + timedelta(days=3),
                           done_on=TODAY),
            ],
        )  # fmt: skip
        s.add(granted)
    deadlines = funding_deadlines(db, 14, TODAY)
    assert [(d.kind, d.what, d.overdue) for d in deadlines] == [
        (DeadlineKind.OBLIGATION, "Bonnen", True),
        (DeadlineKind.OBLIGATION, "Fotoverslag", False),
    ]
    assert {d.application_id for d in deadlines} == {granted.id}
    wider = funding_deadlines(db, 30, TODAY)
    assert [d.what for d in wider] == ["Bonnen", "Fotoverslag", "Verantwoording"]

    work = worklist(db, today=TODAY)
    found = {(item.kind, str(item.detail)) for item in work.items if item.title == "Straatfeest"}
    assert found == {
        (WorkKind.OBLIGATION_OVERDUE, f"Bonnen · {funder.name}"),
        (WorkKind.OBLIGATION_DUE, f"Fotoverslag · {funder.name}"),
    }
    assert all(i.record_kind is RecordKind.FUNDING for i in work.items if i.title == "Straatfeest")
    later = worklist(db, today=TODAY, funding_window_days=30)
    assert (WorkKind.ACCOUNTABILITY_DUE, "Straatfeest") in {(i.kind, i.title) for i in later.items}
    assert later.totals[WorkKind.OBLIGATION_OVERDUE] == 1
