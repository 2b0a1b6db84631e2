"""The figures behind the overview's charts and the user's threshold for "minder actief"."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from flevodesk.domain.enums import FundingStatus, InitiativeStatus, Role
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Setting
from flevodesk.services.overview_charts import overview_figures, overview_page
from flevodesk.services.overview_stats import (
    DEFAULT_QUIET_AT_MOST,
    QUIET_KEY,
    overview_stats,
    quiet_areas,
    quiet_threshold,
    save_quiet_threshold,
)
from flevodesk.store.database import Database

TODAY = date(2026, 6, 15)


def _town(session, name):
    return session.scalars(select(Municipality).where(Municipality.name == name)).one()


def _area(session, name):
    return session.scalars(select(Area).where(Area.name == name)).one()


@pytest.fixture
def filled(db):
    """Urk: two active and an idea; Almere: one stopped; Lelystad's Warande: only an idea,
    Atolwijk: one active. Hours in January and twice in March of this year, and some
    outside it; applications in three stages."""
    with db.write() as s:
        urk, almere, lelystad = _town(s, "Urk"), _town(s, "Almere"), _town(s, "Lelystad")
        koor = Initiative(name="Koor", municipality=urk, status=InitiativeStatus.ACTIEF)
        hulp = Initiative(name="Hulp", municipality=urk, status=InitiativeStatus.ACTIEF)
        s.add_all(
            [
                koor,
                hulp,
                Initiative(name="Plan", municipality=urk, status=InitiativeStatus.IDEE),
                Initiative(name="Oud", municipality=almere, status=InitiativeStatus.GESTOPT),
                Initiative(
                    name="Wijktuin",
                    municipality=lelystad,
                    area=_area(s, "Warande"),
                    status=InitiativeStatus.IDEE,
                ),
                Initiative(
                    name="Speeltuin",
                    municipality=lelystad,
                    area=_area(s, "Atolwijk"),
                    status=InitiativeStatus.ACTIEF,
                ),
            ]
        )
        anna = Person(first_name="Anna", last_name="Kok")
        s.add(anna)
        s.add(Engagement(person=anna, initiative=koor, role=Role.VRIJWILLIGER, since=TODAY))
        for day, minutes in [
            (date(2026, 1, 31), 90),
            (date(2026, 3, 1), 60),
            (date(2026, 3, 31), 45),
            (date(2025, 12, 31), 600),  # last year
            (date(2026, 6, 16), 120),  # after today: not yet worked
        ]:
            s.add(HoursEntry(person=anna, initiative=koor, worked_on=day, minutes=minutes))
        funder = s.scalars(select(Partner)).first()
        for status, requested, granted in [
            (FundingStatus.INGEDIEND, "1000.10", None),
            (FundingStatus.INGEDIEND, "250.45", None),
            (FundingStatus.DEELS_TOEGEKEND, "800.00", "400.01"),
            (FundingStatus.AFGEROND, "99.99", "99.99"),
        ]:
            s.add(
                FundingApplication(
                    initiative=hulp,
                    funder=funder,
                    status=status,
                    amount_requested=Decimal(requested),
                    amount_granted=Decimal(granted) if granted else None,
                    submitted_on=date(2026, 2, 1),
                    decided_on=date(2026, 3, 1) if granted else None,
                )
            )
    return db


def test_initiatives_per_municipality_by_status_in_the_enums_order(filled):
    chart = overview_figures(filled, TODAY).by_status
    assert chart.municipalities == ("Almere", "Dronten", "Lelystad", "NOP", "Urk", "Zeewolde")
    assert [s.label for s in chart.series] == [s.label for s in InitiativeStatus]
    counts = {s.label: s.counts for s in chart.series}
    assert counts["Actief"] == (0, 0, 1, 0, 2, 0)
    assert counts["Idee"] == (0, 0, 1, 0, 1, 0)
    assert counts["Gestopt"] == (1, 0, 0, 0, 0, 0)
    assert counts["Opstart"] == counts["Gepauzeerd"] == (0,) * 6


def test_hours_per_month_of_this_year_up_to_today_with_empty_months(filled):
    hours = overview_figures(filled, TODAY).hours
    assert hours.year == 2026
    assert hours.minutes == (90, 0, 105, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    # The months add up to the table's "Uren dit jaar".
    table = overview_stats(filled, TODAY)
    assert sum(hours.minutes) == sum(m.figures.minutes_this_year for m in table)
    next_year = overview_figures(filled, date(2027, 2, 1)).hours
    assert next_year.year == 2027 and next_year.minutes == (0,) * 12


def test_pipeline_lists_every_stage_in_process_order_with_exact_sums(filled):
    stages = overview_figures(filled, TODAY).pipeline.stages
    assert [s.label for s in stages] == [s.label for s in FundingStatus]
    assert stages[0].label == "In voorbereiding" and stages[-1].label == "Afgerond"
    by_label = {s.label: s for s in stages}
    submitted = by_label["Ingediend"]
    assert (submitted.applications, submitted.requested, submitted.granted) == (
        2,
        Decimal("1250.55"),
        Decimal("0.00"),
    )
    assert isinstance(submitted.requested, Decimal)
    assert by_label["Deels toegekend"].granted == Decimal("400.01")
    assert by_label["Afgerond"].requested == by_label["Afgerond"].granted == Decimal("99.99")
    assert by_label["Afgewezen"].applications == 0
    assert by_label["Afgewezen"].requested == Decimal("0.00")


def test_one_municipality_narrows_every_chart(filled):
    with filled.read() as s:
        lelystad = _town(s, "Lelystad").id
    figures = overview_figures(filled, TODAY, lelystad)
    assert figures.by_status.municipalities == ("Lelystad",)
    assert figures.hours.minutes == (0,) * 12
    assert sum(stage.applications for stage in figures.pipeline.stages) == 0
    assert {a.municipality for a in figures.quiet + figures.without_initiatives} == {"Lelystad"}


def test_quiet_means_initiatives_known_but_at_most_the_threshold_active(filled):
    assert quiet_threshold(filled) == DEFAULT_QUIET_AT_MOST == 0
    stats = overview_stats(filled, TODAY)
    assert quiet_areas(stats) == [("Lelystad", "Warande")]
    warande = next(a for m in stats for a in m.areas if a.name == "Warande")
    hout = next(a for m in stats for a in m.areas if a.name == "Almere Hout")
    assert not warande.without_initiatives and hout.without_initiatives and not hout.quiet
    figures = overview_figures(filled, TODAY)
    assert [(q.municipality, q.area) for q in figures.quiet] == [("Lelystad", "Warande")]
    assert figures.quiet_at_most == 0
    assert ("Almere", "Almere Hout") in [
        (q.municipality, q.area) for q in figures.without_initiatives
    ]


def test_a_saved_threshold_changes_the_marks_and_survives_reopening(filled):
    save_quiet_threshold(filled, 1)
    reopened = Database(str(filled.engine.url))
    try:
        assert quiet_threshold(reopened) == 1
        assert quiet_areas(overview_stats(reopened, TODAY)) == [
            ("Lelystad", "Atolwijk"),
            ("Lelystad", "Warande"),
        ]
        stats, figures = overview_page(reopened, TODAY)
        assert figures.quiet_at_most == 1
        assert [(q.municipality, q.area) for q in figures.quiet] == quiet_areas(stats)
    finally:
        reopened.dispose()


def test_a_threshold_out_of_range_is_refused_and_a_damaged_one_ignored(filled):
    with pytest.raises(ValidationError, match="tussen 0 en 99"):
        save_quiet_threshold(filled, 100)
    with pytest.raises(ValidationError):
        save_quiet_threshold(filled, -1)
    assert quiet_threshold(filled) == 0
    with filled.write() as s:
        s.merge(Setting(key=QUIET_KEY, value="veel"))
    assert quiet_threshold(filled) == DEFAULT_QUIET_AT_MOST
