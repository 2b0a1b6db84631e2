"""Tables get pages that are searched, filtered, sorted and counted in SQL."""

from datetime import date

import pytest

from flevodesk.domain.enums import InitiativeStatus, PersonStatus, Role
from flevodesk.services.initiatives import InitiativeListing, InitiativeService
from flevodesk.services.listing import ListQuery, count, count_label, fetch_page
from flevodesk.services.lookups import Lookups
from flevodesk.services.partners import PartnerListing
from flevodesk.services.persons import EngagementService, PersonListing, PersonService, fts_query


@pytest.fixture
def people(db):
    lookups = Lookups(db)
    urk = next(m.id for m in lookups.municipalities() if m.label == "Urk")
    initiative = InitiativeService(db).create(
        {"name": "Burenhulp Urk", "municipality_id": urk, "status": InitiativeStatus.ACTIEF}
    )
    service = PersonService(db)
    made = {}
    for first, tussen, last, email, status in [
        ("Zoë", None, "Çelik", "zoe@example.nl", PersonStatus.ACTIEF),
        ("Anja", "de", "Jong-Bakker", "anja@example.nl", PersonStatus.ACTIEF),
        ("Şükrü", None, "Yılmaz", None, PersonStatus.INACTIEF),
        ("Kees", None, "Jansen", "kees.jansen@example.nl", PersonStatus.ACTIEF),
    ]:
        made[first] = service.create(
            {
                "first_name": first,
                "tussenvoegsel": tussen,
                "last_name": last,
                "email": email,
                "status": status,
            }
        )
    EngagementService(db).start(made["Anja"].id, initiative.id, Role.KARTREKKER, date(2026, 1, 1))
    return made, initiative


def _names(page):
    return [row["first_name"] for row in page.rows]


def test_search_ignores_accents_and_case(db, people):
    listing = PersonListing()
    assert _names(fetch_page(db, listing, ListQuery(search="zoe"))) == ["Zoë"]
    assert _names(fetch_page(db, listing, ListQuery(search="CELIK"))) == ["Zoë"]
    assert _names(fetch_page(db, listing, ListQuery(search="sukru yilm"))) == ["Şükrü"]
    assert _names(fetch_page(db, listing, ListQuery(search="kees.jansen@exa"))) == ["Kees"]
    assert _names(fetch_page(db, listing, ListQuery(search='"; DROP'))) == []


def test_fts_query_quotes_every_word():
    assert fts_query('an "ja') == '"an"* """ja"*'


def test_filters_and_sorting(db, people):
    _, initiative = people
    listing = PersonListing()
    actief = fetch_page(db, listing, ListQuery(filters={"status": PersonStatus.ACTIEF}))
    assert sorted(_names(actief)) == ["Anja", "Kees", "Zoë"]
    assert _names(fetch_page(db, listing, ListQuery(filters={"initiative_id": initiative.id}))) == [
        "Anja"
    ]
    assert _names(fetch_page(db, listing, ListQuery(filters={"role": Role.KARTREKKER}))) == ["Anja"]
    by_last = _names(fetch_page(db, listing, ListQuery(sort="last_name")))
    assert by_last == ["Zoë", "Kees", "Anja", "Şükrü"]  # Çelik sorts as Celik
    assert _names(fetch_page(db, listing, ListQuery(sort="last_name", descending=True))) == list(
        reversed(by_last)
    )
    with pytest.raises(KeyError):
        fetch_page(db, listing, ListQuery(filters={"nonsense": 1}))


def test_pages_are_stable_windows(db, people):
    listing = PersonListing()
    first = fetch_page(db, listing, ListQuery(limit=2))
    second = fetch_page(db, listing, ListQuery(offset=2, limit=2))
    everyone = fetch_page(db, listing, ListQuery(limit=None))
    assert [r.id for r in first.rows + second.rows] == [r.id for r in everyone.rows]


def test_counts_for_the_status_line(db, people):
    listing = PersonListing()
    total = count(db, listing)
    shown = count(db, listing, ListQuery(search="zoe"))
    assert count_label(listing, total, shown) == "4 vrijwilligers, 1 getoond"
    assert count_label(listing, total, total) == "4 vrijwilligers"
    assert count_label(PartnerListing(), 1, 1) == "1 partner"


def test_initiative_rows_show_municipality_themes_and_active_volunteers(db, people):
    rows = fetch_page(db, InitiativeListing(), ListQuery(search="burenhulp")).rows
    assert len(rows) == 1
    assert rows[0]["municipality"] == "Urk"
    assert rows[0]["volunteers"] == 1
    assert rows[0]["status"] is InitiativeStatus.ACTIEF


def test_search_survives_like_wildcards(db, people):
    assert fetch_page(db, InitiativeListing(), ListQuery(search="%")).rows == []
    assert fetch_page(db, InitiativeListing(), ListQuery(search="_")).rows == []
