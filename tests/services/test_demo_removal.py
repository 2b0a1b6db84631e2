"""Taking the demo set out leaves a new database's content and keeps the user's records."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from flevodesk.domain.enums import FundingStatus, InitiativeStatus, Role
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.language import Language
from flevodesk.message_text import render
from flevodesk.services import demo_removal
from flevodesk.services.demo_removal import demo_record_count, remove_demo_set
from flevodesk.services.errors import ServiceError
from flevodesk.services.first_start import add_demo_set, is_empty
from flevodesk.store.database import Database
from tests.database_rows import table_rows
from tests.english import english_catalogue, english_installed  # noqa: F401

TODAY = date(2026, 6, 15)


def test_removing_the_demo_set_leaves_exactly_the_new_database_it_was(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    # A copy of the very same new database, so even its identity and moments must match.
    new = tmp_path / "new.sqlite3"
    shutil.copyfile(db_path, new)
    assert add_demo_set(db)
    assert not is_empty(db)

    removal = remove_demo_set(db)
    db.dispose()

    assert (removal.persons, removal.initiatives, removal.applications) == (60, 16, 16)
    assert removal.partners == 2 and removal.kept == ()
    assert table_rows(db_path) == table_rows(new)
    assert "60 vrijwilligers, 16 initiatieven, 16 aanvragen en 2 partners" in removal.message()


@pytest.mark.sqlite_only  # a server's backups are its administrator's
def test_the_backup_before_holds_the_demo_set(db: Database) -> None:
    add_demo_set(db)
    removal = remove_demo_set(db)
    assert removal.backup is not None and "voor-demo-verwijderen" in removal.backup.name
    assert str(removal.backup) in removal.message()
    copy = Database(f"sqlite:///{removal.backup}")
    try:
        assert demo_record_count(copy) == 60 + 16 + 16 + 2
    finally:
        copy.dispose()


@pytest.mark.sqlite_only  # a server's backups are its administrator's
def test_no_backup_means_nothing_is_removed(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    add_demo_set(db)

    def refuse(*_args: object) -> Path:
        raise ServiceError("De reservekopie kon niet worden gemaakt: de schijf is vol.")

    monkeypatch.setattr(demo_removal, "backup_database", refuse)
    with pytest.raises(ServiceError):
        remove_demo_set(db)
    assert demo_record_count(db) == 94


def test_a_failure_halfway_leaves_every_demo_record(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_demo_set(db)

    def fail(_session: object) -> None:
        raise RuntimeError("stopped after the deletes")

    monkeypatch.setattr(demo_removal, "_tidy_search_index", fail)
    with pytest.raises(RuntimeError):
        remove_demo_set(db)
    assert demo_record_count(db) == 94


def own_records(db: Database) -> None:
    """An initiative with a volunteer and hours and an application, all the user's."""
    with db.write() as s:
        urk = s.scalars(select(Municipality).where(Municipality.name == "Urk")).one()
        funder = s.scalars(select(Partner).where(Partner.name == "Oranje Fonds")).one()
        mine = Initiative(name="Eigen buurtfeest", municipality=urk, status=InitiativeStatus.IDEE)
        anna = Person(first_name="Anna", last_name="Kok")
        s.add_all([mine, anna])
        s.add(Engagement(person=anna, initiative=mine, role=Role.KARTREKKER, since=TODAY))
        s.add(HoursEntry(person=anna, initiative=mine, worked_on=TODAY, minutes=90))
        s.add(
            FundingApplication(
                initiative=mine,
                funder=funder,
                status=FundingStatus.IN_VOORBEREIDING,
                amount_requested=Decimal("250.00"),
            )
        )


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Initiative, Person, Engagement, HoursEntry, FundingApplication)
        }


def test_records_the_user_added_before_and_after_the_demo_set_are_kept(db: Database) -> None:
    own_records(db)
    before = counts(db)
    add_demo_set(db)
    with db.write() as s:
        urk = s.scalars(select(Municipality).where(Municipality.name == "Urk")).one()
        s.add(Initiative(name="Later eigen plan", municipality=urk, status=InitiativeStatus.IDEE))
    before["initiatives"] += 1

    removal = remove_demo_set(db)

    assert removal.kept == ()
    assert counts(db) == before
    with db.read() as s:
        names = set(s.scalars(select(Initiative.name)))
    assert names == {"Eigen buurtfeest", "Later eigen plan"}


@pytest.mark.usefixtures("english_installed")
def test_a_demo_record_the_user_changed_or_linked_to_stays_and_is_named(db: Database) -> None:
    own_records(db)
    add_demo_set(db)
    with db.write() as s:
        demo = list(s.scalars(select(Initiative).where(Initiative.is_demo).order_by(Initiative.id)))
        demo[0].name = "Moestuin (door mij hernoemd)"
        anna = s.scalars(select(Person).where(Person.first_name == "Anna")).one()
        s.add(Engagement(person=anna, initiative=demo[1], role=Role.VRIJWILLIGER, since=TODAY))
        linked = demo[1].name
        helper = s.scalars(select(Person).where(Person.is_demo).order_by(Person.id)).first()
        assert helper is not None
        mine = s.scalars(select(Initiative).where(Initiative.name == "Eigen buurtfeest")).one()
        s.add(Engagement(person=helper, initiative=mine, role=Role.VRIJWILLIGER, since=TODAY))
        helper_name = helper.first_name

    removal = remove_demo_set(db)

    assert (removal.initiatives, removal.persons) == (14, 59)
    text = removal.message()
    assert "Moestuin (door mij hernoemd) (u heeft het gewijzigd" in text
    assert f"{linked} (eigen gegevens verwijzen ernaar)" in text
    assert f"vrijwilliger {helper_name}" in text
    assert "3 voorbeeldrecords bleven staan" in text
    english = render(removal.said(), Language.ENGLISH)
    assert f"{linked} (your own records refer to it)" in english, english
    assert f"volunteer {helper_name}" in english
    assert "(you changed it or added something to it)" in english
    with db.read() as s:
        left = set(s.scalars(select(Initiative.name).where(Initiative.is_demo)))
        mine = s.scalar(select(func.count(Engagement.id)).join(Person).where(~Person.is_demo))
    assert left == {"Moestuin (door mij hernoemd)", linked}
    assert mine == 2  # Anna in her own initiative and in the demo one she joined
    # A second removal judges the kept ones the same way and removes nothing more.
    again = remove_demo_set(db)
    assert again.removed == 0 and len(again.kept) == 3


def test_nothing_to_remove_says_so_and_makes_no_backup(db: Database) -> None:
    removal = remove_demo_set(db)
    assert removal.removed == 0 and removal.backup is None
    assert removal.message() == (
        "Er staan geen voorbeeldgegevens in deze database; er is niets verwijderd."
    )


def test_a_new_database_is_empty_and_an_own_person_makes_it_not(db: Database) -> None:
    assert is_empty(db)
    with db.write() as s:
        s.add(Person(first_name="Bram", last_name="Dijk"))
    assert not is_empty(db)
