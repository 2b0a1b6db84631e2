"""The shared fresh database, with one initiative that import files can name."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative


@pytest.fixture
def db(db):
    with db.write() as session:
        dronten = session.scalars(select(Municipality).where(Municipality.name == "Dronten")).one()
        session.add(Initiative(name="Repair Café Dronten", municipality=dronten))
    return db
