"""The verwerkingsregister says honestly who secures the data on a team server."""

from __future__ import annotations

from flevodesk.services.printouts.register import register_data
from flevodesk.store.database import Database


def test_on_a_server_the_register_names_the_administrators_part(pg_url):
    db = Database(pg_url + "&sslmode=disable")
    try:
        measures = " ".join(register_data(db).measures)
    finally:
        db.dispose()
    assert "De gegevens staan op een teamserver: database flevodesk_test_" in measures
    assert "(verbinding met sslmode=disable)" in measures
    assert "TLS" in measures and "schijfversleuteling" in measures
    assert "write-ahead log (WAL)" in measures and "bewaartermijn" in measures
    assert "VACUUM FULL" in measures
    assert "alleen op deze computer" not in measures
    assert "dagelijks gemaakt" not in measures


def test_a_file_keeps_its_own_paragraph(db_path):
    db = Database(f"sqlite:///{db_path}")
    try:
        measures = " ".join(register_data(db).measures)
    finally:
        db.dispose()
    assert "alleen op deze computer" in measures and "dagelijks gemaakt" in measures
    assert "teamserver" not in measures
