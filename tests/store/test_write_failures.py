"""A save the disk refuses stores nothing, says why in Dutch, and works once there is room."""

import pytest
from sqlalchemy import event

from flevodesk.services.errors import ServiceError
from flevodesk.services.persons import PersonService
from flevodesk.store.database import Database


def _limit_pages(db: Database, extra_pages: int) -> None:
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.dispose()

    @event.listens_for(db.engine, "connect")
    def _small_disk(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def test_a_full_disk_refuses_the_save_whole_and_a_later_save_succeeds(db_path):
    db = Database(f"sqlite:///{db_path}")
    _limit_pages(db, 4)
    service = PersonService(db)
    values = {"first_name": "Zoë", "last_name": "Çelik", "notes": "veel tekst " * 20000}
    with pytest.raises(ServiceError, match="De schijf is vol") as caught:
        service.create(values)
    assert "uw invoer blijft staan" in caught.value.message
    db.dispose()

    roomy = Database(f"sqlite:///{db_path}")
    assert PersonService(roomy).create(values).notes == values["notes"]
    with roomy.read() as session:
        count = (
            session.connection()
            .exec_driver_sql("SELECT count(*) FROM persons WHERE last_name = 'Çelik'")
            .scalar()
        )
    roomy.dispose()
    assert count == 1  # the failed attempt left nothing behind


def test_a_read_only_file_is_explained(db_path):
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    try:
        db = Database(f"sqlite:///{db_path}", read_only=True)
        with pytest.raises(ServiceError, match="alleen-lezen"):
            PersonService(db).create({"first_name": "Kees", "last_name": "Jansen"})
        db.dispose()
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o644)
