"""Tables get pages that are searched, filtered, sorted and counted in SQL."""

from datetime import date

import pytest

from flevodesk.domain.enums import InitiativeStatus, PersonStatus, Role
from flevodesk.services import persons
from flevodesk.services.initiatives import InitiativeListing, InitiativeService
from flevodesk.services.listing import ListQuery, count, count_label, fetch_counted, fetch_page
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


@pytest.mark.parametrize("descending", [False, True])
def test_a_broad_search_walks_the_name_index_to_the_same_rows(db, people, monkeypatch, descending):
    listing = PersonListing()
    queries = [
        ListQuery(search="example", limit=2, descending=descending),
        ListQuery(search="example", offset=2, limit=2, descending=descending),
        ListQuery(search="example", filters={"status": PersonStatus.ACTIEF}, limit=2),
    ]
    narrow = [fetch_counted(db, listing, q) for q in queries]
    monkeypatch.setattr(persons, "BROAD_SEARCH", 0)
    broad = [fetch_counted(db, listing, q) for q in queries]
    assert [([r.id for r in p.rows], n) for p, n in broad] == [
        ([r.id for r in p.rows], n) for p, n in narrow
    ]
    # Zoë, Anja and Kees have an example.nl address; two of them per page, all active.
    assert [n for _page, n in narrow] == [3, 3, 3]
    assert len(narrow[1][0].rows) == 1


def test_the_count_comes_with_the_page(db, people):
    listing = PersonListing()
    for query in [
        ListQuery(),
        ListQuery(limit=1),
        ListQuery(search="example", limit=1),
        ListQuery(search="example", filters={"status": PersonStatus.INACTIEF}, limit=1),
        ListQuery(filters={"role": Role.KARTREKKER}, limit=1),
    ]:
        page, matching = fetch_counted(db, listing, query)
        assert matching == count(db, listing, query), query
        assert [r.id for r in page.rows] == [r.id for r in fetch_page(db, listing, query).rows]


def test_the_partner_list_counts_only_who_may_be_shared(db, people):
    # Nobody consented to sharing: the search hits must not stand in for the count.
    page, matching = fetch_counted(
        db, persons.PartnerVolunteerListing(), ListQuery(search="example", limit=1)
    )
    assert (page.rows, matching) == ([], 0)


def test_initiative_rows_show_municipality_themes_and_active_volunteers(db, people):
    rows = fetch_page(db, InitiativeListing(), ListQuery(search="burenhulp")).rows
    assert len(rows) == 1
    assert rows[0]["municipality"] == "Urk"
    assert rows[0]["volunteers"] == 1
    assert rows[0]["status"] is InitiativeStatus.ACTIEF


def test_search_survives_like_wildcards(db, people):
    assert fetch_page(db, InitiativeListing(), ListQuery(search="%")).rows == []
    assert fetch_page(db, InitiativeListing(), ListQuery(search="_")).rows == []


def test_a_status_sorts_along_its_course_not_by_the_alphabet(db, people):
    lookups = Lookups(db)
    urk = next(m.id for m in lookups.municipalities() if m.label == "Urk")
    for name, status in [
        ("Gestopt buurthuis", InitiativeStatus.GESTOPT),
        ("Idee voor een moestuin", InitiativeStatus.IDEE),
        ("Opstart repaircafé", InitiativeStatus.OPSTART),
    ]:
        InitiativeService(db).create({"name": name, "municipality_id": urk, "status": status})
    listing = InitiativeListing()
    rows = fetch_page(db, listing, ListQuery(sort="status")).rows
    assert [row["status"] for row in rows] == [
        InitiativeStatus.IDEE,
        InitiativeStatus.OPSTART,
        InitiativeStatus.ACTIEF,
        InitiativeStatus.GESTOPT,
    ]
    backwards = fetch_page(db, listing, ListQuery(sort="status", descending=True)).rows
    assert backwards[0]["status"] is InitiativeStatus.GESTOPT
