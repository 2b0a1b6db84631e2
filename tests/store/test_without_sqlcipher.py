"""Without sqlcipher3's native part the plain database works and encryption says why not."""

import sys

import pytest

from flevodesk.services.errors import ServiceError
from flevodesk.services.persons import PersonService
from flevodesk.services.setup import open_database
from flevodesk.store import crypto


@pytest.fixture
def no_sqlcipher(monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # makes `import sqlcipher3` fail


def test_a_plain_database_needs_no_sqlcipher(no_sqlcipher, db_path):
    assert not crypto.sqlcipher_available()
    opened = open_database(str(db_path))
    assert PersonService(opened.db).create({"first_name": "Kees", "last_name": "Jansen"}).id
    opened.db.dispose()


def test_asking_for_encryption_without_sqlcipher_is_explained(no_sqlcipher, tmp_path):
    with pytest.raises(ServiceError, match="Versleuteling is niet beschikbaar"):
        open_database(str(tmp_path / "geheim.sqlite3"), passphrase="zin")
    assert not (tmp_path / "geheim.sqlite3").exists()
