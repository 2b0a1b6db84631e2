"""The person search finds the same persons on PostgreSQL as on SQLite, by its index."""

from __future__ import annotations

import random
import re

import pytest
from sqlalchemy import event, select, text

from flevodesk.domain.text import fold
from flevodesk.services.listing import ListQuery, fetch_counted, page_statement
from flevodesk.services.person_search import PersonMatch, tsquery
from flevodesk.services.persons import PersonListing, PersonService
from flevodesk.store.database import Database

PEOPLE = [
    ("Zoë", None, "Çelik", "zoe@example.nl", "06-12345678", "Lelystad-Haven"),
    ("Anja", "de", "Jong-Bakker", "anja.dejong@example.nl", "0320 123 456", "Dronten"),
    ("Şükrü", None, "Yılmaz", None, "+31 6 9876 5432", "Almere"),
    ("Søren", None, "Ødegård", "soren_o@example.nl", None, "Emmeloord"),
    ("Kees", "van", "Jansen", "kees.jansen@example.nl", "06 1234 5678", "Urk"),
    ("Œdipe", None, "O'Brien", "obrien@exämple.nl", None, "Zeewolde"),
    ("Иван", None, "Петров", "ivan@example.nl", None, "Lelystad"),
]


def _fill(db: Database) -> None:
    service = PersonService(db)
    for first, tussen, last, email, phone, place in PEOPLE:
        service.create(
            {
                "first_name": first,
                "tussenvoegsel": tussen,
                "last_name": last,
                "email": email,
                "phone": phone,
                "place": place,
            }
        )


@pytest.fixture
def both(db_path, pg_url):
    """The same persons in a SQLite file and in a PostgreSQL database."""
    opened = [Database(f"sqlite:///{db_path}"), Database(pg_url)]
    for db in opened:
        _fill(db)
    yield opened
    for db in opened:
        db.dispose()


def _found(db: Database, search: str) -> tuple[list[str], int]:
    page, total = fetch_counted(db, PersonListing(), ListQuery(search=search, sort="last_name"))
    return [row["first_name"] for row in page.rows], total


FIXED = {
    "zoe": ["Zoë"],
    "ZOË çel": ["Zoë"],
    "0612": ["Zoë", "Kees"],
    "06-12": ["Zoë", "Kees"],
    "1234": ["Anja", "Zoë", "Kees"],
    "sukru yilm": ["Şükrü"],
    "soren odeg": ["Søren"],
    "oedipe": ["Œdipe"],
    "o'brien": ["Œdipe"],
    "brien": ["Œdipe"],
    "kees.jansen@exa": ["Kees"],
    "example.nl lelystad": ["Иван", "Zoë"],
    "иван": ["Иван"],
    "haven": ["Zoë"],
    "soren_o": ["Søren"],
    '"; DROP': [],
    "---": [],
    "jong bakker": ["Anja"],
    "jan bakker": [],
    "x": [],
}


@pytest.mark.parametrize("search", FIXED)
def test_the_server_finds_exactly_whom_sqlite_finds(both, search):
    on_file, on_server = (_found(db, search) for db in both)
    assert on_file == on_server
    assert sorted(on_file[0]) == sorted(FIXED[search])


def test_any_start_of_the_records_words_finds_the_same_on_both(both):
    chance = random.Random(17)
    texts = [fold(" ".join(p for p in person if p)) for person in PEOPLE]
    for _ in range(150):
        source = chance.choice(texts)
        start = chance.randrange(len(source))
        search = source[start : start + chance.randint(1, 12)]
        on_file, on_server = (_found(db, search) for db in both)
        assert on_file == on_server, search


def test_the_server_reads_the_search_index(pg_url):
    db = Database(pg_url)
    try:
        with db.read() as session:
            session.execute(text("SET LOCAL enable_seqscan = off"))
            # Four characters or more: three and fewer are read from the prefix table.
            stmt = select(PersonListing.id_column).where(PersonMatch("celik"))
            compiled = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            plan = "\n".join(session.execute(text(f"EXPLAIN {compiled}")).scalars())
    finally:
        db.dispose()
    assert "ix_persons_search" in plan


def test_nothing_a_user_types_breaks_the_server_query():
    assert tsquery("jan@x.nl o'brien") == "jan <-> x <-> nl:* & o <-> brien:*"
    assert tsquery("') | !& <->") == ""


@pytest.mark.parametrize("sort", ["last_name", "first_name", "place", "email"])
@pytest.mark.parametrize("descending", [False, True])
def test_the_server_sorts_as_sqlite_does(both, sort, descending):
    pages = [
        fetch_counted(db, PersonListing(), ListQuery(sort=sort, descending=descending))[0]
        for db in both
    ]
    on_file, on_server = ([row["first_name"] for row in page.rows] for page in pages)
    assert on_file == on_server


def _sqlite_plan(db: Database, hits: int) -> str:
    stmt = page_statement(PersonListing(), ListQuery(search="zoe", limit=200), hits)
    with db.read() as session:
        compiled = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    return "\n".join(row[-1] for row in rows)


@pytest.mark.sqlite_only
def test_a_narrow_search_starts_at_its_hits_not_at_every_person(db):
    # Read as a value ("… IN (…) = 1") the match hid its IN from SQLite's planner, which
    # then walked all persons by name for each keystroke: 11 hits among 100,000 persons
    # took 9 ms instead of 0.6 ms.
    narrow = _sqlite_plan(db, hits=11)
    assert "SEARCH persons USING INTEGER PRIMARY KEY" in narrow
    assert "SCAN persons" not in narrow
    # Very many hits: walking the name index and stopping after a page is the better way.
    assert "SCAN persons USING INDEX ix_persons_sort_key" in _sqlite_plan(db, hits=50_000)


WORDS = ["e", "nl", "example", "example.nl", "o", "j", "ja", "zoe", "06", "lelystad", "x"]


def test_every_window_of_a_search_is_the_same_on_both(both):
    # Small windows make a first window that every row matches (the server then reads it
    # along the sort index), windows of sorted hits and windows past the last hit.
    chance = random.Random(7)
    for _ in range(120):
        query = ListQuery(
            search=chance.choice(WORDS),
            sort=chance.choice(["last_name", "first_name", "place"]),
            descending=chance.random() < 0.5,
            offset=chance.randrange(5),
            limit=chance.randint(1, 3),
        )
        found = [fetch_counted(db, PersonListing(), query) for db in both]
        on_file, on_server = ([r["first_name"] for r in page.rows] + [n] for page, n in found)
        assert on_file == on_server, query


def _server_statement(db: Database, query: ListQuery) -> tuple[str, object]:
    statements: list[tuple[str, object]] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append((a[2], a[3])))
    fetch_counted(db, PersonListing(), query)
    assert len(statements) == 1  # the page and its count in one statement
    return statements[0]


def _server_plan(db: Database, query: ListQuery) -> str:
    sql, params = _server_statement(db, query)
    with db.engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.execute(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_search_its_first_rows_all_match_is_read_along_the_sort_index(pg_url):
    db = Database(pg_url)
    try:
        _fill(db)
        # Çelik and Jansen, first by name, both have an example.nl address: their window
        # is the unsearched list's, and no hit needs sorting. (A word of one or two
        # characters, such as "nl", is read from the prefix table instead.)
        broad = _server_plan(db, ListQuery(search="example", limit=2))
        narrow = _server_plan(db, ListQuery(search="zoe", limit=2))
    finally:
        db.dispose()
    assert re.search(r"CTE hits\n\s+->  [^\n]*\(never executed\)", broad)
    assert not re.search(r"CTE hits\n\s+->  [^\n]*\(never executed\)", narrow)


def test_the_servers_search_statement_names_its_window_in_numbers(pg_url):
    # Prepared after five runs, a statement may be planned once for any values; with its
    # window as parameters the server then sorted every person to test the first rows.
    db = Database(pg_url)
    try:
        sql, _params = _server_statement(db, ListQuery(search="zoë ç", offset=3, limit=2))
    finally:
        db.dispose()
    assert re.findall(r"(?:LIMIT|OFFSET) \S+", sql) == [
        "LIMIT 1)",
        "LIMIT 5)",
        "LIMIT 2",
        "OFFSET 3)",
        "LIMIT 2",
        "OFFSET 3))",
    ]
