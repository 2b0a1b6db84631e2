"""On a team server, an erasure that arrives in a package leaves no old row version of the
person either: not of their row, nor of the conflicts about them that it dropped."""

from __future__ import annotations

from pathlib import Path

from flevodesk.services.erasure import erase_person
from flevodesk.services.exchange import open_conflicts, set_same_organisation
from tests.privacy.test_erasure_on_server import _found_in_table_files, server_db
from tests.services.exchange.sites import make_site
from tests.services.exchange.test_erasure_scrub import person_id, send
from tests.services.exchange.test_merge import add_initiative, add_volunteer, edit

__all__ = ["server_db"]  # the fixture, shared with the erasure tests on a server

PLACE, OTHER_PLACE = b"Kwartelkoog", b"Gruttopolder"


def test_a_conflict_about_a_person_erased_elsewhere_leaves_no_old_row_on_the_server(
    server_db, postgres_server, reference_template: Path, tmp_path: Path
):
    laptop = make_site(reference_template, tmp_path, "laptop")
    try:
        set_same_organisation(server_db, "laptop", True)
        set_same_organisation(laptop, "server", True)
        vol = add_volunteer(server_db, add_initiative(server_db, "Repair Café Dronten"), "Anna")
        send(server_db, laptop, "laptop")
        edit(server_db, vol, place=PLACE.decode())
        edit(laptop, vol, place=OTHER_PLACE.decode())
        send(laptop, server_db, "server")  # the server keeps the laptop's value as a conflict
        send(server_db, laptop, "laptop")
        assert open_conflicts(server_db)
        erase_person(laptop, person_id(laptop, vol))
        send(laptop, server_db, "server")
        assert open_conflicts(server_db) == []
        found = _found_in_table_files(server_db, postgres_server.data_dir, [PLACE, OTHER_PLACE])
    finally:
        laptop.dispose()
    assert found == set()
