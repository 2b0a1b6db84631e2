"""A new database holds every municipality, success factor, partner and phrase of the seed."""

import re
from pathlib import Path

from sqlalchemy import select

from flevodesk.domain.enums import PartnerScope, Perspective
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.overview import Challenge, Impression, Link, SuccessFactor, strip_emphasis
from flevodesk.domain.partners import Partner

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / \
    "inwonersinitiatieven-flevoland.md"


def _seed_text() -> str:
    text = SEED.read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", text.replace("**", "").replace("[", "").replace("](#)", ""))


def test_the_six_municipalities_with_their_main_areas(db):
    with db.read() as session:
        municipalities = {m.name: m for m in session.scalars(select(Municipality))}
        areas = {(a.municipality.name, a.name) for a in session.scalars(select(Area))}
    assert sorted(municipalities) == ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk",
                                      "Zeewolde"]
    assert municipalities["Noordoostpolder"].abbreviation == "NOP"
    for expected in [("Noordoostpolder", "Emmeloord"), ("Dronten", "Biddinghuizen"),
                     ("Almere", "Almere Haven"), ("Urk", "Urk"), ("Zeewolde", "Zeewolde")]:
        assert expected in areas


def test_success_factors_word_for_word(db):
    seed = _seed_text()
    with db.read() as session:
        factors = session.scalars(select(SuccessFactor).order_by(SuccessFactor.position)).all()
    assert [f.name for f in factors] == ["Bottom-up aanpak", "Klein beginnen", "Kartrekkers",
                                         "Herkenbaarheid", "Vrijwilligers"]
    for factor in factors:
        assert f"{factor.name} {factor.explanation}" in seed


def test_all_ten_partners_with_scope_and_offer_word_for_word(db):
    seed = _seed_text()
    with db.read() as session:
        partners = session.scalars(select(Partner)).all()
    by_scope = {scope: sorted(p.name for p in partners if p.scope is scope)
                for scope in PartnerScope}
    assert by_scope[PartnerScope.FLEVOLAND] == ["Flever", "Katalys", "Regiegroep CPO Flevoland",
                                                "Samen Buurten"]
    assert by_scope[PartnerScope.LANDELIJK] == [
        "Collectieve Kracht", "LSA bewoners", "Movisie", "Nederland Zorgt voor elkaar",
        "ZorgSaamWonen", "wedoenhetsamen.nu"]
    for partner in partners:
        assert f"{partner.name} {partner.offers}" in seed


def test_impressions_attributed_alphabetically_without_dronten(db):
    with db.read() as session:
        impressions = session.scalars(select(Impression).order_by(Impression.position)).all()
        pairs = [(i.municipality.name, i.text) for i in impressions]
    assert [name for name, _ in pairs] == ["Almere", "Lelystad", "Noordoostpolder", "Urk",
                                           "Zeewolde"]
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
