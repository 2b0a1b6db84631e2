"""The inzageverzoek: everything recorded about one person, with the change log (AVG
access). ``flevodesk privacy export`` and the person's privacy page write it with its JSON
beside it (:func:`flevodesk.services.privacy_export.write_access_export`)."""

from __future__ import annotations

from flevodesk.reports.data import AccessExportData
from flevodesk.services.erasure import find_person_id
from flevodesk.services.printouts.declaration import Input, Printout, Request
from flevodesk.services.privacy_export import access_export
from flevodesk.store.database import Database


def _build(db: Database, request: Request) -> AccessExportData:
    person = request.person
    person_id = person.id if person.id is not None else find_person_id(db, person.name)
    return access_export(db, person_id).printout


PRINTOUT = Printout(
    key="access",
    title="Inzageverzoek",
    description="Alles wat over één persoon is vastgelegd, met het wijzigingslogboek (AVG-inzage).",
    build=_build,
    renderer="flevodesk.reports.privacy:render_access_export",
    names_persons=True,
    inputs=(Input.PERSON,),
)
