"""Word prefixes of one and two characters for the server's person search (as FTS5's prefix=).

PostgreSQL only; SQLite needs nothing (FTS5 answers prefix queries from its own index).
On a server the GIN index over the search text cannot hand out its hits in name order, and
a short prefix has many hits ("j": 14,213 of 100,000 persons), each a heap visit for the
count and the sort. This table holds, per person, every distinct prefix of one or two
characters of every word of the search vector, with the person's sort key, so a first or
second keystroke is one range of a btree: page in name order and count from the index
alone. Longer words stay on the GIN index, where they are selective enough.

Triggers keep the table in step with ``persons`` whatever writes it (the ORM, the
importer's bulk inserts, COPY, erasure's anonymising update), in the same transaction. No
foreign key: its check would cost a lookup per prefix row (20 per person on import); a
delete trigger and a truncate trigger do what its cascade would.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Frozen copy of the search vector of migration 0001 (services/person_search.py).
_VECTOR = (
    "to_tsvector('simple'::regconfig, "
    "regexp_replace(coalesce({text}, ''), '[^[:alnum:]]+', ' ', 'g'))"
)
_LONGEST = 2


def _prefixes(text: str) -> str:
    """SELECT of the distinct prefixes of the search vector of ``text``."""
    vector = _VECTOR.format(text=text)
    return (
        f"SELECT DISTINCT left(word, n) FROM unnest(tsvector_to_array({vector})) AS word, "
        f"generate_series(1, {_LONGEST}) AS n WHERE length(word) >= n"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(
        "CREATE TABLE person_search_prefixes ("
        f" prefix varchar({_LONGEST}) NOT NULL,"
        " person_id integer NOT NULL,"
        " sort_key varchar(300))"
    )
    # Filled before its indexes exist: built at once they are a quarter smaller.
    op.execute(
        "INSERT INTO person_search_prefixes (prefix, person_id, sort_key) "
        f"SELECT DISTINCT left(word, n), p.id, p.sort_key FROM persons p, "
        f"unnest(tsvector_to_array({_VECTOR.format(text='p.search_text')})) AS word, "
        f"generate_series(1, {_LONGEST}) AS n WHERE length(word) >= n"
    )
    # The page of a short search in name order, and its count, from the index alone.
    op.execute(
        "CREATE INDEX ix_person_search_prefixes_sorted ON person_search_prefixes "
        "(prefix, sort_key NULLS FIRST, person_id)"
    )
    op.execute(
        "CREATE INDEX ix_person_search_prefixes_person_id ON person_search_prefixes (person_id)"
    )
    # A save that leaves name and sort key alone writes nothing here; one that changes a
    # word writes only the prefixes that came or went (a new sort key rewrites them all).
    op.execute(
        "CREATE FUNCTION person_search_prefixes_keep() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE wanted text[]; "
        "BEGIN "
        "IF TG_OP = 'DELETE' THEN "
        "DELETE FROM person_search_prefixes WHERE person_id = OLD.id; RETURN NULL; "
        "END IF; "
        f"wanted := ARRAY({_prefixes('NEW.search_text')}); "
        "IF TG_OP = 'UPDATE' THEN "
        "IF OLD.sort_key IS DISTINCT FROM NEW.sort_key OR OLD.id <> NEW.id THEN "
        "DELETE FROM person_search_prefixes WHERE person_id = OLD.id; "
        "ELSE "
        "DELETE FROM person_search_prefixes "
        "WHERE person_id = NEW.id AND prefix <> ALL (wanted); "
        "wanted := ARRAY(SELECT unnest(wanted) EXCEPT "
        "SELECT prefix FROM person_search_prefixes WHERE person_id = NEW.id); "
        "END IF; "
        "END IF; "
        "INSERT INTO person_search_prefixes (prefix, person_id, sort_key) "
        "SELECT w, NEW.id, NEW.sort_key FROM unnest(wanted) AS w; "
        "RETURN NULL; "
        "END $$"
    )
    op.execute(
        "CREATE TRIGGER person_search_prefixes_inserted AFTER INSERT ON persons "
        "FOR EACH ROW EXECUTE FUNCTION person_search_prefixes_keep()"
    )
    op.execute(
        "CREATE TRIGGER person_search_prefixes_updated AFTER UPDATE ON persons FOR EACH ROW "
        "WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text "
        "OR OLD.sort_key IS DISTINCT FROM NEW.sort_key OR OLD.id <> NEW.id) "
        "EXECUTE FUNCTION person_search_prefixes_keep()"
    )
    op.execute(
        "CREATE TRIGGER person_search_prefixes_deleted AFTER DELETE ON persons "
        "FOR EACH ROW EXECUTE FUNCTION person_search_prefixes_keep()"
    )
    op.execute(
        "CREATE FUNCTION person_search_prefixes_clear() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN TRUNCATE person_search_prefixes; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER person_search_prefixes_truncated AFTER TRUNCATE ON persons "
        "FOR EACH STATEMENT EXECUTE FUNCTION person_search_prefixes_clear()"
    )
    # The planner's row estimates per prefix, at once rather than at autovacuum's leisure.
    op.execute("ANALYZE person_search_prefixes")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for event in ("inserted", "updated", "deleted", "truncated"):
        op.execute(f"DROP TRIGGER IF EXISTS person_search_prefixes_{event} ON persons")
    op.execute("DROP FUNCTION IF EXISTS person_search_prefixes_keep()")
    op.execute("DROP FUNCTION IF EXISTS person_search_prefixes_clear()")
    op.execute("DROP TABLE IF EXISTS person_search_prefixes")
