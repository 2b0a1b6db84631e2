"""An import on a shared server, while a colleague keeps working in the same database."""

from __future__ import annotations

from flevodesk.services.importing.volunteers import BATCH_ROWS, import_file
from flevodesk.services.persons import PersonService
from flevodesk.store.database import Database


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
