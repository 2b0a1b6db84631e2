"""A new database holds every municipality, success factor, partner and phrase of the seed."""

import re
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import CostType, ObligationKind, PartnerScope, PaymentMode, Perspective
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.overview import Challenge, Impression, Link, SuccessFactor, strip_emphasis
from flevodesk.domain.partners import Partner
from flevodesk.domain.schemes import FundingScheme

# A copy of the printed overview the reference data was taken from, kept in the repository
# so a fresh clone can check the data against it.
SEED = Path(__file__).resolve().parents[1] / "fixtures/seed/inwonersinitiatieven-flevoland.md"


def _seed_text() -> str:
    text = SEED.read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", text.replace("**", "").replace("[", "").replace("](#)", ""))


def test_the_six_municipalities_with_their_main_areas(db):
    with db.read() as session:
        municipalities = {m.name: m for m in session.scalars(select(Municipality))}
        areas = {(a.municipality.name, a.name) for a in session.scalars(select(Area))}
    assert sorted(municipalities) == [
        "Almere",
        "Dronten",
        "Lelystad",
        "Noordoostpolder",
        "Urk",
        "Zeewolde",
    ]
    assert municipalities["Noordoostpolder"].abbreviation == "NOP"
    for expected in [
        ("Noordoostpolder", "Emmeloord"),
        ("Dronten", "Biddinghuizen"),
        ("Almere", "Almere Haven"),
        ("Urk", "Urk"),
        ("Zeewolde", "Zeewolde"),
    ]:
        assert expected in areas


def test_success_factors_word_for_word(db):
    seed = _seed_text()
    with db.read() as session:
        factors = session.scalars(select(SuccessFactor).order_by(SuccessFactor.position)).all()
    assert [f.name for f in factors] == [
        "Bottom-up aanpak",
        "Klein beginnen",
        "Kartrekkers",
        "Herkenbaarheid",
        "Vrijwilligers",
    ]
    for factor in factors:
        assert f"{factor.name} {factor.explanation}" in seed


def test_all_ten_partners_with_scope_and_offer_word_for_word(db):
    seed = _seed_text()
    with db.read() as session:
        partners = [p for p in session.scalars(select(Partner)) if not p.kind.is_funder]
    by_scope = {
        scope: sorted(p.name for p in partners if p.scope is scope) for scope in PartnerScope
    }
    assert by_scope[PartnerScope.FLEVOLAND] == [
        "Flever",
        "Katalys",
        "Regiegroep CPO Flevoland",
        "Samen Buurten",
    ]
    assert by_scope[PartnerScope.LANDELIJK] == [
        "Collectieve Kracht",
        "LSA bewoners",
        "Movisie",
        "Nederland Zorgt voor elkaar",
        "ZorgSaamWonen",
        "wedoenhetsamen.nu",
    ]
    for partner in partners:
        assert f"{partner.name} {partner.offers}" in seed


def test_impressions_attributed_alphabetically_without_dronten(db):
    with db.read() as session:
        impressions = session.scalars(
            select(Impression)
            .order_by(Impression.position)
            .options(selectinload(Impression.municipality))
        ).all()
        pairs = [(i.municipality.name, i.text) for i in impressions]
    assert [name for name, _ in pairs] == [
        "Almere",
        "Lelystad",
        "Noordoostpolder",
        "Urk",
        "Zeewolde",
    ]
    assert "Emmeloord" in pairs[2][1]
    assert "geloof" in pairs[3][1]
    seed = _seed_text()
    assert all(text in seed for _, text in pairs)


def test_challenges_in_both_perspectives_and_links_as_in_the_seed(db):
    seed = _seed_text()
    with db.read() as session:
        challenges = session.scalars(select(Challenge)).all()
        links = session.scalars(select(Link).order_by(Link.position)).all()
    per = {p: [c for c in challenges if c.perspective is p] for p in Perspective}
    assert len(per[Perspective.INWONERS]) == 8
    assert len(per[Perspective.GEMEENTE]) == 5
    for challenge in challenges:
        assert strip_emphasis(challenge.text) in seed
    assert len(links) == 5
    for link in links:
        assert link.plain_text in seed
        assert link.url is None  # the seed lost its addresses; we do not invent them


def test_funders_ship_with_example_schemes_marked_for_checking(db):
    with db.read() as session:
        schemes = session.scalars(
            select(FundingScheme).options(
                selectinload(FundingScheme.funder), selectinload(FundingScheme.cost_rules)
            )
        ).all()
        described = {(s.funder.name, s.name): s for s in schemes}
        assert all(s.is_example for s in schemes)
        almere = described[("Gemeente Almere", "Wijkbudget")]
        assert almere.apply_days_before == 42
        assert almere.accountability_months_after == 3
        assert almere.excluded_cost_types() == {
            CostType.ETEN_EN_DRINKEN,
            CostType.PERSONEEL,
            CostType.REISKOSTEN,
            CostType.CADEAUS,
        }
        street = described[("Gemeente Lelystad", "Buurtbudget straatfeest")]
        assert street.max_amount == Decimal("300.00")
        assert street.cost_caps() == {CostType.ETEN_EN_DRINKEN: Decimal("150.00")}
        assert street.excluded_cost_types() == {CostType.ALCOHOL}
        assert described[
            ("Gemeente Lelystad", "Buurtbudget overige plannen")
        ].max_amount == Decimal("2500.00")
        nop = described[("Gemeente Noordoostpolder", "Bewonersinitiatief")]
        assert (nop.max_amount, nop.payment) == (Decimal("2000.00"), PaymentMode.ACHTERAF)
        fund = described[("Provincie Flevoland", "Fonds Leefbaarheid")]
        assert (fund.min_amount, fund.max_amount, fund.max_budget_share_percentage) == (
            Decimal("10000.00"),
            Decimal("500000.00"),
            75,
        )
        assert (fund.window_from, fund.window_until) == ("09-01", "10-31")
        oranje = described[("Oranje Fonds", "Oranje Fonds")]
        assert (oranje.payment, oranje.advance_percentage) == (PaymentMode.VOORSCHOT, 75)
        assert oranje.obligation_kinds == [
            ObligationKind.INHOUDELIJK_EINDVERSLAG,
            ObligationKind.FINANCIEEL_VERSLAG,
        ]
