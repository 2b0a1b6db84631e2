"""An import on a shared server, while a colleague keeps working in the same database."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from flevodesk.services.erasure import erase_person
from flevodesk.services.errors import ServiceError
from flevodesk.services.importing import planning
from flevodesk.services.importing.matching import PersonIndex
from flevodesk.services.importing.volunteers import BATCH_ROWS, import_file
from flevodesk.services.persons import PersonService
from flevodesk.store.database import Database
from flevodesk.store.server import PERSONS_LOCK


def test_a_person_a_colleague_adds_during_an_import_is_matched_as_stored(pg_url, tmp_path):
    rows = [f"Persoon{i} de Vries;p{i}@voorbeeld.nl" for i in range(BATCH_ROWS + 10)]
    rows = [f"{row};" for row in rows]
    rows.append("Nieuw Mens;nieuw@voorbeeld.nl;06-12345678")
    path = tmp_path / "lijst.csv"
    path.write_text("\n".join(["Naam;E-mail;Telefoon", *rows]) + "\n", encoding="utf-8")
    db, colleague = Database(pg_url), Database(pg_url)
    added = []

    def progress(done, total):
        if done == BATCH_ROWS:  # after the first batch, in the import's open transaction
            person = {"first_name": "Nieuw", "last_name": "Mens", "email": "nieuw@voorbeeld.nl"}
            added.append(PersonService(colleague).create(person).id)

    try:
        report = import_file(db, path, progress=progress)
    finally:
        colleague.dispose()
        db.dispose()
    assert report.committed
    # The colleague's person is one stored before this row, completed with the phone number.
    assert (report.added, report.matched, report.updated) == (BATCH_ROWS + 10, 1, 1)
    assert added[0] in report.person_ids


def _file(tmp_path, *rows):
    path = tmp_path / "klein.csv"
    path.write_text("\n".join(["Naam;E-mail", *rows]) + "\n", encoding="utf-8")
    return path


def test_imports_and_erasures_of_colleagues_wait_for_each_other(pg_url, tmp_path):
    db = Database(pg_url)
    person = PersonService(db).create({"first_name": "Kees", "last_name": "Jansen"}).id
    colleague = create_engine(pg_url)
    try:
        with colleague.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": PERSONS_LOCK})
            with pytest.raises(ServiceError, match="Een collega importeert of wist op dit moment"):
                import_file(db, _file(tmp_path, "Anja de Jong;anja@voorbeeld.nl"))
            with pytest.raises(ServiceError, match="er is niets gewist"):
                erase_person(db, person)
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PERSONS_LOCK})
        assert import_file(db, _file(tmp_path, "Anja de Jong;anja@voorbeeld.nl")).committed
        assert erase_person(db, person).scrubbed
    finally:
        colleague.dispose()
        db.dispose()


def test_a_colleagues_person_stored_after_the_import_looked_is_refused_in_dutch(
    pg_url, tmp_path, monkeypatch
):
    db = Database(pg_url)
    try:
        PersonService(db).create(
            {"first_name": "Anja", "last_name": "de Jong", "email": "anja@voorbeeld.nl"}
        )
        # As if the colleague's person was stored just after the import looked it up.
        monkeypatch.setattr(planning, "lookup", lambda session, valid, ours: PersonIndex([], ours))
        with pytest.raises(ServiceError, match="er is niets geïmporteerd"):
            import_file(
                db, _file(tmp_path, "Zoë Çelik;zoe@voorbeeld.nl", "A de J;anja@voorbeeld.nl")
            )
        with db.read() as session:
            assert session.scalar(text_count()) == 1
    finally:
        db.dispose()


def text_count():
    from sqlalchemy import text

    return text("SELECT count(*) FROM persons")
