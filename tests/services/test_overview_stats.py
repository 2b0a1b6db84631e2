from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from flevodesk.domain.enums import FundingStatus, InitiativeStatus, Role
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.services.overview_stats import overview_stats, quiet_areas

TODAY = date(2026, 6, 15)


@pytest.fixture
def filled(db):
    with db.write() as s:
        urk = s.scalars(select(Municipality).where(Municipality.name == "Urk")).one()
        area = s.scalars(select(Area).where(Area.municipality_id == urk.id)).first()
        funder = s.scalars(select(Partner)).first()
        active = Initiative(
            name="Burenhulp", municipality=urk, area=area, status=InitiativeStatus.ACTIEF
        )
        idea = Initiative(name="Idee", municipality=urk, area=area, status=InitiativeStatus.IDEE)
        anna = Person(first_name="Anna", last_name="Kok")
        s.add_all([active, idea, anna])
        s.add(Engagement(person=anna, initiative=active, role=Role.VRIJWILLIGER, since=TODAY))
        s.add(Engagement(person=anna, initiative=idea, role=Role.BESTUUR, since=TODAY))
        s.add(HoursEntry(person=anna, initiative=active, worked_on=TODAY, minutes=90))
        s.add(HoursEntry(person=anna, initiative=active, worked_on=date(2025, 12, 31), minutes=60))
        for status, requested, granted in [
            (FundingStatus.TOEGEKEND, "1000.00", "800.00"),
            (FundingStatus.AFGEWEZEN, "250.50", None),
            (FundingStatus.IN_VOORBEREIDING, "999.00", None),
        ]:
            s.add(
                FundingApplication(
                    initiative=active,
                    funder=funder,
                    status=status,
                    amount_requested=Decimal(requested),
                    amount_granted=Decimal(granted) if granted else None,
                    submitted_on=TODAY - timedelta(days=30),
                    decided_on=TODAY,
                    rejection_reason="Past niet",
                )
            )
    return db, urk.id, area.id


def test_counts_per_municipality_and_area(filled):
    db, urk_id, area_id = filled
    stats = {m.municipality_id: m for m in overview_stats(db, today=TODAY)}
    urk = stats[urk_id].figures
    assert urk.active_initiatives == 1
    assert urk.volunteers == 1  # one person in two initiatives counts once
    assert urk.minutes_this_year == 90
    assert urk.requested == Decimal("1250.50")
    assert urk.granted == Decimal("800.00")
    assert urk.rejected == Decimal("250.50")
    assert urk.initiatives == 2
    area = next(a for a in stats[urk_id].areas if a.area_id == area_id)
    assert area.figures == urk
    assert not area.quiet  # by default only an area none of whose initiatives is active
    assert next(a for a in overview_stats(db, TODAY, few_active=1)[4].areas).quiet


def test_areas_without_any_initiative_are_not_marked_but_known_as_such(db):
    stats = overview_stats(db, today=TODAY)
    assert len(stats) == 6
    assert quiet_areas(stats) == []
    assert all(a.without_initiatives for m in stats for a in m.areas)
    assert all(m.figures.active_initiatives == 0 for m in stats)
