"""Three databases, each a site of its own, for the exchange tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flevodesk.store.database import Database
from tests.services.exchange.sites import make_site


@pytest.fixture
def sites(reference_template: Path, tmp_path: Path) -> Iterator[list[Database]]:
    """The makelaar, a laptop and a third computer, with the reference data."""
    made = [make_site(reference_template, tmp_path, n) for n in ("makelaar", "laptop", "derde")]
    yield made
    for db in made:
        db.dispose()
