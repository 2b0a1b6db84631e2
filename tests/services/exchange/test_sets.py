"""An initiative's themes, target groups, success factors and challenges travel with it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.initiatives import Initiative, TargetGroup, Theme
from flevodesk.domain.overview import Challenge, SuccessFactor
from flevodesk.services import row_restore
from flevodesk.services.exchange import (
    export_package,
    import_package,
    open_conflicts,
    resolve_conflict,
    restore_deleted,
)
from flevodesk.services.initiatives import InitiativeService
from flevodesk.services.record_snapshots import run_and_record
from flevodesk.store.database import Database
from tests.services.exchange import test_sweep
from tests.services.exchange.test_merge import add_initiative, send

PASSPHRASE = "Repair Café Dronten 2026"
NAME = "Repair Café Dronten"
SETS = ("themes", "target_groups", "success_factors", "challenges")
#: Two sites, makelaar and laptop.
sites = test_sweep.sites


def initiative(session: Session) -> Initiative:
    found = session.scalar(
        select(Initiative)
        .where(Initiative.name == NAME)
        .options(*(selectinload(getattr(Initiative, s)) for s in SETS))
    )
    assert found is not None
    return found


def labels(db: Database) -> dict[str, list[str]]:
    """The initiative's sets as a person reads them: names, a challenge by its text."""
    with db.read() as session:
        found = initiative(session)
        return {
            s: sorted(getattr(m, "name", None) or m.text for m in getattr(found, s)) for s in SETS
        }


def choose(db: Database, themes: list[str], new_theme: str | None = None) -> None:
    with db.write() as session:
        found = initiative(session)
        chosen = list(session.scalars(select(Theme).where(Theme.name.in_(themes))))
        if new_theme:
            chosen.append(Theme(name=new_theme))
        found.themes = chosen
        if not found.target_groups:
            found.target_groups = [session.scalars(select(TargetGroup)).first()]
            found.success_factors = [session.scalars(select(SuccessFactor)).first()]
            found.challenges = list(session.scalars(select(Challenge).limit(2)))


def by_file(source: Database, target: Database, folder: Path, peer: str, initiatives=()) -> None:
    out = folder / f"{peer}.flevopakket"
    export_package(source, out, PASSPHRASE, peer=peer, initiatives=list(initiatives))
    import_package(target, out, PASSPHRASE)


def seed_themes(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Theme.name).order_by(Theme.name)))


def themed_and_sent(makelaar: Database, laptop: Database) -> dict[str, list[str]]:
    """The initiative with two seed themes and a new one, sent whole to the laptop; its sets."""
    add_initiative(makelaar, NAME)
    first, second = seed_themes(makelaar)[:2]
    choose(makelaar, [first, second], new_theme="Klussen met buren")
    sent = labels(makelaar)
    send(makelaar, laptop, "laptop")
    return sent


def test_an_initiatives_themes_and_the_like_arrive_with_it_in_a_package(sites, tmp_path):
    makelaar, laptop = sites
    add_initiative(makelaar, NAME)
    first, second = seed_themes(makelaar)[:2]
    choose(makelaar, [first, second], new_theme="Klussen met buren")
    sent = labels(makelaar)
    assert all(sent[s] for s in SETS) and "Klussen met buren" in sent["themes"]
    by_file(makelaar, laptop, tmp_path, "laptop", [NAME])
    assert labels(laptop) == sent
    # A theme known by its name is one record on both laptops, not a renamed copy.
    assert seed_themes(laptop) == seed_themes(makelaar)


def test_a_theme_taken_off_on_the_laptop_goes_off_at_the_makelaar(sites, tmp_path):
    makelaar, laptop = sites
    add_initiative(makelaar, NAME)
    first, second = seed_themes(makelaar)[:2]
    choose(makelaar, [first, second])
    by_file(makelaar, laptop, tmp_path, "laptop", [NAME])
    choose(laptop, [second])
    by_file(laptop, makelaar, tmp_path, "makelaar")
    assert labels(makelaar)["themes"] == [second]
    assert labels(makelaar) == labels(laptop)


def test_themes_changed_on_both_sides_converge_and_the_loser_waits_for_a_person(sites):
    makelaar, laptop = sites
    add_initiative(makelaar, NAME)
    names = seed_themes(makelaar)
    send(makelaar, laptop, "laptop", [NAME])
    choose(makelaar, [names[0]])
    choose(laptop, [names[1]])
    send(makelaar, laptop, "laptop")
    send(laptop, makelaar, "makelaar")
    assert labels(makelaar) == labels(laptop)
    [conflict] = [c for c in open_conflicts(makelaar) if c.field == "themes"]
    assert {conflict.ours, conflict.theirs} == {names[0], names[1]}
    assert conflict.field_label == "Thema's"
    loser = names[0] if labels(makelaar)["themes"] == [names[1]] else names[1]
    resolve_conflict(makelaar, conflict.id, keep_theirs=conflict.theirs == loser)
    send(makelaar, laptop, "laptop")
    assert labels(makelaar)["themes"] == labels(laptop)["themes"] == [loser]
    assert not [c for c in open_conflicts(laptop) if c.field == "themes"]


def test_a_restored_initiative_gets_its_themes_back_here_and_on_the_other_site(sites):
    """The makelaar deletes the initiative while the laptop edits it; the laptop restores
    it: its themes and the like come back with it, and the revival does not empty them
    where the makelaar had deleted it."""
    makelaar, laptop = sites
    sent = themed_and_sent(makelaar, laptop)
    with laptop.write() as session:
        initiative(session).goal = "Minder weggooien"
    with makelaar.write() as session:
        session.delete(initiative(session))
    send(makelaar, laptop, "laptop")
    deleted = [c for c in open_conflicts(laptop) if c.kind == "delete"]
    assert deleted
    restore_deleted(laptop, deleted[0].id)
    assert labels(laptop) == sent
    send(laptop, makelaar, "makelaar")
    assert labels(makelaar) == sent
    with makelaar.read() as session:
        assert initiative(session).goal == "Minder weggooien"


def test_an_undone_delete_of_an_initiative_brings_its_themes_back_on_every_site(sites):
    """Undo puts the initiative back with its links; its revival carries the sets as they
    are here, so the other site gets them back instead of empty ones."""
    makelaar, laptop = sites
    sent = themed_and_sent(makelaar, laptop)
    with makelaar.read() as session:
        record_id = initiative(session).id
    _none, changes = run_and_record(
        makelaar, Initiative, record_id, lambda: InitiativeService(makelaar).delete(record_id)
    )
    send(makelaar, laptop, "laptop")
    row_restore.undo(makelaar, changes)
    send(makelaar, laptop, "laptop")
    assert labels(makelaar) == sent
    assert labels(laptop) == sent
