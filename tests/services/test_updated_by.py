"""Who saved a record: the user's own name on a laptop, the server's role in a team."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import make_url, text

from flevodesk.services.persons import PersonService
from flevodesk.services.privacy import read_settings, save_settings
from flevodesk.services.setup import open_database
from flevodesk.store.database import Database


def _saved_by(db: Database, person_id: int) -> str | None:
    with db.read() as session:
        return session.execute(
            text("SELECT updated_by FROM persons WHERE id = :id"), {"id": person_id}
        ).scalar()


@pytest.mark.sqlite_only
def test_a_file_names_the_saver_by_the_name_in_the_settings(db_path):
    opened = open_database(str(db_path))
    save_settings(opened.db, replace(read_settings(opened.db), user_name="Bram de Vries"))
    person = PersonService(opened.db).create({"first_name": "Kees", "last_name": "Jansen"})
    opened.db.dispose()
    again = open_database(str(db_path), daily_backups=False)
    try:
        assert _saved_by(again.db, person.id) == "Bram de Vries"
        PersonService(again.db).update(person.id, person.version, {"place": "Urk"})
        assert _saved_by(again.db, person.id) == "Bram de Vries"
    finally:
        again.db.dispose()


def test_on_a_server_each_colleague_saves_as_the_role_they_logged_in_as(pg_url):
    db = Database(pg_url)
    try:
        # The settings are the whole team's: a name there must not sign for everybody.
        save_settings(db, replace(read_settings(db), user_name="Het hele team"))
        person = PersonService(db).create({"first_name": "Kees", "last_name": "Jansen"})
        assert _saved_by(db, person.id) == make_url(pg_url).username
    finally:
        db.dispose()
