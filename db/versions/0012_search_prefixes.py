"""Word prefixes of one and two characters for the server's person search (as FTS5's prefix=).

PostgreSQL only; SQLite needs nothing (FTS5 answers prefix queries from its own index).
On a server the GIN index over the search text cannot hand out its hits in name order, and
a short prefix has many hits ("j": 14,213 of 100,000 persons), each a heap visit for the
count and the sort. This table holds, per person, every distinct prefix of one or two
characters of every word of the search vector, with the person's sort key and, for two
characters, the set of third characters that follow, so a search word of one to three
characters is one range of a btree: page in name order and count from the index alone
(FTS5's prefix='2 3' covers two and three). Longer words stay on the GIN index.

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
# A person's rows: each distinct prefix of one or two characters of the words of the
# vector; a two-character one with the characters that follow it in those words ("jan",
# "jaap": "ja" with "an"), so that three characters are a filtered range of the same index.
_PREFIXES_OF = (
    "CREATE FUNCTION person_search_prefixes_of(search_text text) "
    "RETURNS TABLE (prefix text, nexts text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
    "SELECT left(word, n), string_agg(DISTINCT substr(word, 3, 1), '' ORDER BY substr(word, 3, 1)) "
    "FILTER (WHERE n = 2 AND length(word) > 2) "
    f"FROM unnest(tsvector_to_array({_VECTOR.format(text='search_text')})) AS word, "
    "generate_series(1, 2) AS n WHERE length(word) >= n GROUP BY 1 $$"
)
# A save that leaves the search text and the sort key alone writes nothing here (the
# update trigger's WHEN); one that changes a word writes only the rows that came or went;
# a new sort key (a new name) rewrites the person's rows.
_KEEP = """
CREATE FUNCTION person_search_prefixes_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
        OLD.sort_key IS DISTINCT FROM NEW.sort_key OR OLD.id <> NEW.id)) THEN
        DELETE FROM person_search_prefixes WHERE person_id = OLD.id;
    ELSIF TG_OP = 'UPDATE' THEN
        DELETE FROM person_search_prefixes k WHERE k.person_id = NEW.id AND NOT EXISTS (
            SELECT FROM person_search_prefixes_of(NEW.search_text) w
            WHERE w.prefix = k.prefix AND w.nexts IS NOT DISTINCT FROM k.nexts);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN NULL;
    END IF;
    INSERT INTO person_search_prefixes (prefix, person_id, sort_key, nexts)
    SELECT w.prefix, NEW.id, NEW.sort_key, w.nexts
    FROM person_search_prefixes_of(NEW.search_text) w
    WHERE TG_OP = 'INSERT' OR NOT EXISTS (
        SELECT FROM person_search_prefixes k WHERE k.person_id = NEW.id
        AND k.prefix = w.prefix AND k.nexts IS NOT DISTINCT FROM w.nexts);
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute(
        "CREATE TABLE person_search_prefixes ("
        " prefix varchar(2) NOT NULL,"
        " person_id integer NOT NULL,"
        " sort_key varchar(300),"
        " nexts text)"
    )
    op.execute(_PREFIXES_OF)
    # Filled before its indexes exist: built at once they are a quarter smaller.
    op.execute(
        "INSERT INTO person_search_prefixes (prefix, person_id, sort_key, nexts) "
        "SELECT w.prefix, p.id, p.sort_key, w.nexts "
        "FROM persons p, person_search_prefixes_of(p.search_text) w"
    )
    # The page of a short search in name order, and its count, from the index alone.
    op.execute(
        "CREATE INDEX ix_person_search_prefixes_sorted ON person_search_prefixes "
        "(prefix, sort_key NULLS FIRST, person_id) INCLUDE (nexts)"
    )
    op.execute(
        "CREATE INDEX ix_person_search_prefixes_person_id ON person_search_prefixes (person_id)"
    )
    op.execute(_KEEP)
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
    op.execute("DROP FUNCTION IF EXISTS person_search_prefixes_of(text)")
    op.execute("DROP TABLE IF EXISTS person_search_prefixes")
