"""The presentielijst: an empty list to sign at an initiative's meeting."""

from __future__ import annotations

from datetime import date

from flevodesk.reports.data import SigninData
from flevodesk.services.printouts.declaration import RESIDENT_LANGUAGES, Input, Printout, need, slug
from flevodesk.services.printouts.selection import initiative_by_name
from flevodesk.store.database import Database


def signin_data(db: Database, initiative_name: str, day: date, rows: int = 20) -> SigninData:
    """A presentielijst for an initiative's meeting on ``day``.

    Raises:
        NotFound: for an unknown initiative name.
    """
    with db.read() as session:
        initiative = initiative_by_name(session, initiative_name)
        return SigninData(
            initiative=initiative.name,
            day=day,
            municipality=initiative.municipality.name,
            location=initiative.location,
            rows=rows,
        )


PRINTOUT = Printout(
    key="signin",
    title="Presentielijst",
    description="Lege lijst om in te tekenen bij een bijeenkomst.",
    build=lambda db, request: signin_data(db, request.initiative.name, need(request.day)),
    renderer="flevodesk.reports.signin:render_signin",
    names_persons=True,
    inputs=(Input.INITIATIVE, Input.DAY),
    command="signin",
    languages=RESIDENT_LANGUAGES,
    menu="&Presentielijst afdrukken",
    file_name=lambda request: (
        f"presentielijst-{slug(request.initiative.name)}-{need(request.day).isoformat()}.pdf"
    ),
)
