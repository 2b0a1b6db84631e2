"""On a server, an erasure rewrites the tables it changed, so no old row version is left."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import text

from flevodesk.services import scrubbing
from flevodesk.services.erasure import erase_person
from flevodesk.services.persons import PersonService
from flevodesk.store.database import Database
from tests.privacy.conftest import add_person

SECRETS = [b"yilmaz-geheim@voorbeeld.nl", b"0687654321"]
#: The folded name, as the sort key holds it in persons and in the search's prefix table.
SORT_KEY = b"jansen\x1fkees"


@pytest.fixture
def server_db(pg_url, postgres_server):
    if postgres_server.data_dir is None:
        pytest.skip("reads the cluster's own data files")
    db = Database(pg_url)
    yield db
    db.dispose()


def _found_in_table_files(
    db: Database, data_dir: Path, secrets: Sequence[bytes] = (*SECRETS, SORT_KEY)
) -> set[bytes]:
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("CHECKPOINT"))  # the pages in shared memory reach the files
        files = conn.execute(
            text(
                "SELECT pg_relation_filepath(c.oid) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i', 't')"
            )
        ).scalars()
        blobs = [(data_dir / f).read_bytes() for f in files if (data_dir / f).exists()]
    return {s for s in secrets for blob in blobs if s in blob}


def test_after_erasure_no_table_or_index_of_the_server_holds_the_person(server_db, postgres_server):
    person = add_person(server_db, SECRETS[0].decode(), phone=SECRETS[1].decode())
    service = PersonService(server_db)
    service.update(person, service.get(person).version, {"place": "Almere"})  # an old version
    assert _found_in_table_files(server_db, postgres_server.data_dir) == {*SECRETS, SORT_KEY}

    result = erase_person(server_db, person)

    assert result.scrubbed and not scrubbing.is_pending(server_db)
    assert _found_in_table_files(server_db, postgres_server.data_dir) == set()


def test_a_colleagues_open_transaction_leaves_the_scrub_pending_until_later(server_db):
    person = add_person(server_db, SECRETS[0].decode(), phone=SECRETS[1].decode())
    colleague = Database(server_db.url)
    try:
        with colleague.read() as session:
            session.execute(text("SELECT count(*) FROM persons")).scalar()  # holds its lock
            result = erase_person(server_db, person, wait_s=0.2)
        assert not result.scrubbed and scrubbing.is_pending(server_db)
        assert "teamserver" in result.message()
    finally:
        colleague.dispose()
    scrubbing.finish_pending_work(server_db)  # the next opening finishes it
    assert not scrubbing.is_pending(server_db)
