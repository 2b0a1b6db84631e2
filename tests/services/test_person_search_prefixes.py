"""The server's table of short word prefixes follows every way persons are written.

A search of one or two characters is answered from ``person_search_prefixes`` on
PostgreSQL (migration 0012), so that table must hold, at every commit, exactly the one-
and two-character prefixes of each person's search vector with the person's sort key:
after a save through the forms, the importer's bulk insert, a rename, an erasure and a
delete, as SQLite's FTS5 index follows the same writes.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from flevodesk.services.erasure import erase_person
from flevodesk.services.importing.volunteers import import_file
from flevodesk.services.listing import ListQuery, fetch_counted
from flevodesk.services.persons import PersonListing, PersonService
from flevodesk.store.database import Database
from tests.services.test_person_search import _fill, _found, both  # noqa: F401 - a fixture

# The rows as the search vector defines them, independently of the triggers: each prefix
# of one or two characters, and for two the third characters that follow it, in order.
_WANTED = """
    SELECT left(word, n) AS prefix, p.id AS person_id, p.sort_key,
           string_agg(DISTINCT substr(word, 3, 1), '' ORDER BY substr(word, 3, 1))
               FILTER (WHERE n = 2 AND length(word) > 2) AS nexts
    FROM persons p,
         unnest(tsvector_to_array(to_tsvector('simple'::regconfig,
             regexp_replace(coalesce(p.search_text, ''), '[^[:alnum:]]+', ' ', 'g')))) AS word,
         generate_series(1, 2) AS n
    WHERE length(word) >= n
    GROUP BY 1, 2, 3
"""
_KEPT = "SELECT prefix, person_id, sort_key, nexts FROM person_search_prefixes"


def _differences(db: Database) -> tuple[int, int, int]:
    """Rows missing from the table, rows too many in it, and rows in it twice."""
    with db.read() as session:
        missing = session.execute(text(f"SELECT count(*) FROM ({_WANTED} EXCEPT {_KEPT}) m"))
        extra = session.execute(text(f"SELECT count(*) FROM ({_KEPT} EXCEPT {_WANTED}) e"))
        twice = session.execute(
            text(f"SELECT count(*) - count(DISTINCT (prefix, person_id)) FROM ({_KEPT}) k")
        )
        return missing.scalar_one(), extra.scalar_one(), twice.scalar_one()


def test_the_prefixes_follow_saves_renames_imports_erasures_and_deletes(pg_url, tmp_path):
    db = Database(pg_url)
    try:
        _fill(db)
        assert _differences(db) == (0, 0, 0)
        service = PersonService(db)
        kees = service.find_by_email("kees.jansen@example.nl")
        service.update(kees.id, kees.version, {"phone": "0527 99 88 77", "place": "Bant"})
        assert _differences(db) == (0, 0, 0)  # words changed, sort key kept
        kees = service.get(kees.id)
        service.update(kees.id, kees.version, {"last_name": "Visser", "first_name": "Klaas"})
        assert _differences(db) == (0, 0, 0)  # a new sort key
        path = tmp_path / "lijst.csv"
        lines = ["Naam;E-mail;Telefoon", "Jan de Wit;jan@wit.nl;06-11112222", "Ole Øst;;"]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert import_file(db, path).committed  # the importer's bulk insert
        assert _differences(db) == (0, 0, 0)
        zoe = service.find_by_email("zoe@example.nl")
        assert erase_person(db, zoe.id).person_id == zoe.id
        assert _differences(db) == (0, 0, 0)
        service.delete(kees.id)
        assert _differences(db) == (0, 0, 0)
        with db.read() as session:
            kept = session.execute(text(f"SELECT count(*) FROM ({_KEPT}) k")).scalar_one()
        assert kept > 50
    finally:
        db.dispose()


def test_an_erased_persons_short_prefixes_are_those_of_the_anonymous_name(pg_url):
    db = Database(pg_url)
    try:
        _fill(db)
        zoe = PersonService(db).find_by_email("zoe@example.nl")
        erase_person(db, zoe.id)
        with db.read() as session:
            rows = session.execute(
                text("SELECT prefix, sort_key FROM person_search_prefixes WHERE person_id = :p"),
                {"p": zoe.id},
            ).all()
            left = session.execute(
                text("SELECT count(*) FROM person_search_prefixes WHERE sort_key LIKE 'celik%'")
            ).scalar_one()
            key = session.execute(
                text("SELECT sort_key FROM persons WHERE id = :p"), {"p": zoe.id}
            ).scalar_one()
    finally:
        db.dispose()
    assert left == 0
    assert not key.startswith("celik")
    assert rows and {k for _, k in rows} == {key}
    # Zoë, Çelik, zoe@example.nl, 06-12345678 and Lelystad-Haven left no prefix behind.
    assert not {prefix for prefix, _ in rows} & {"z", "zo", "c", "ce", "0", "06", "le", "ha"}


def test_a_one_letter_search_follows_a_rename_on_both_databases(both):  # noqa: F811
    for db in both:
        service = PersonService(db)
        kees = service.find_by_email("kees.jansen@example.nl")
        renamed = {"first_name": "Quirijn", "last_name": "Quist", "email": "qq@example.nl"}
        service.update(kees.id, kees.version, renamed)
    on_file, on_server = (_found(db, "q") for db in both)
    assert on_file == on_server == (["Quirijn"], 1)
    assert [_found(db, word) for db in both for word in ("ke", "ja")] == [([], 0)] * 4


@pytest.mark.parametrize(
    ("search", "found"),
    [("Z", (["Zoë", "Œdipe"], 2)), ("ZOË", (["Zoë"], 1)), ("06", (["Zoë", "Kees"], 3))],
)
def test_a_short_search_reads_the_page_and_count_from_the_prefix_index(pg_url, search, found):
    db = Database(pg_url)
    statements: list[tuple[str, object]] = []
    try:
        _fill(db)
        event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2:4]))
        page, total = fetch_counted(db, PersonListing(), ListQuery(search=search, limit=2))
        ran = list(statements)
        sql, params = ran[-1]
        with db.engine.connect() as conn:
            conn.execute(text("SET enable_seqscan = off"))  # seven persons: as with 100,000
            cursor = conn.connection.dbapi_connection.cursor()
            cursor.execute(f"EXPLAIN (COSTS OFF) {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
    finally:
        db.dispose()
    assert len(ran) == 1  # page and count in one statement
    assert ([row["first_name"] for row in page.rows], total) == found
    assert plan.count("Index Only Scan using ix_person_search_prefixes_sorted") == 2
    assert "ix_persons_search" not in plan


def test_each_keystroke_finds_its_own_words_though_the_statement_is_kept(both):  # noqa: F811
    # One statement per shape of search is built and run again with the next words.
    typed = ["j", "z", "ja", "zo", "jan", "zoe", "jans", "celik", "0", "06", "061", "kees"]
    for search in typed + typed[::-1]:
        on_file, on_server = (_found(db, search) for db in both)
        assert on_file == on_server, search
    assert [_found(both[1], s)[1] for s in ("jan", "zoe", "kees", "celik")] == [1, 1, 1, 1]
