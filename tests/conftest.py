"""Shared fixtures: isolated user folders and a fresh small database per test."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests never need a screen; without this a run outside `make test` aborts in QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every warning category on, as the frozen smoke test has it: PySide's hints about slots
# registered at run time are off by default and would otherwise only show up there.
os.environ.setdefault("QT_LOGGING_RULES", "*.debug=false;*.info=false;*.warning=true")
# Session-scoped fixtures run before the per-test redirection below; without a home of its
# own for the whole run they would create folders in the user's real data folder.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="flevodesk-tests-home-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
os.environ["HOME"] = str(_SESSION_HOME)
for _variable, _folder in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
):
    os.environ[_variable] = str(_SESSION_HOME / _folder)

# Imported after the environment above is set: platformdirs reads it when first asked.
from flevodesk.services.setup import open_database  # noqa: E402
from flevodesk.store.database import Database  # noqa: E402
from flevodesk.store.location import resolve_target  # noqa: E402

# The PostgreSQL server and its per-test databases (tests/postgres.py).
pytest_plugins = ["tests.postgres", "tests.english_catalogue"]


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point platformdirs and QSettings at a temporary home, so no test touches the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("FLEVODESK_DB", raising=False)
    monkeypatch.delenv("FLEVODESK_LANG", raising=False)  # Dutch unless a test asks
    return home


@pytest.fixture(scope="session")
def reference_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with schema and reference data, made once and copied for each test."""
    path = tmp_path_factory.mktemp("template") / "reference.sqlite3"
    opened = open_database(str(path))
    with opened.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, reference_template: Path) -> Path:
    """The file of a fresh database holding the Flevoland reference data."""
    path = tmp_path / "flevodesk.sqlite3"
    shutil.copyfile(reference_template, path)
    return path


@pytest.fixture
def db_target(request: pytest.FixtureRequest) -> str:
    """What ``--db`` names for a fresh database with the reference data: a file, or with
    ``--on-postgres`` the URL of a database on the server."""
    if request.config.getoption("--on-postgres"):
        return str(request.getfixturevalue("pg_url"))
    return str(request.getfixturevalue("db_path"))


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    """A fresh database with the Flevoland reference data (on PostgreSQL with --on-postgres)."""
    database = Database(resolve_target(db_target))
    yield database
    database.dispose()


@pytest.fixture
def write_protect():
    """Make a file or folder refuse writes as a write-protected medium does, also for root.

    As root, permissions do not stop a write; the immutable attribute (``chattr +i``) does.
    """
    protected = []

    def protect(path):
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
            if done.returncode != 0:
                pytest.skip("cannot write-protect a file as root here (no chattr)")
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
        protected.append(path)

    yield protect
    for path in reversed(protected):
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(0o755 if path.is_dir() else 0o644)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Tests that need a QApplication are marked, so `pytest -m "not gui"` is the fast loop.
    for item in items:
        if {"qtbot", "qapp", "qtmodeltester"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


# Files the run may leave in the repository folder: caches of the tools themselves.
_TOOL_LEFTOVERS = {".hypothesis", ".pytest_cache", "__pycache__"}
_REPOSITORY = Path(__file__).resolve().parent.parent


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_BEFORE] = set(os.listdir(_REPOSITORY))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # A test that names a database "str(None)" made a file called None here once, and it
    # was committed; every file a test writes belongs in its own temporary folder.
    before = session.config.stash.get(_BEFORE, None)
    if before is None:
        return
    new = set(os.listdir(_REPOSITORY)) - before - _TOOL_LEFTOVERS
    if new:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print(f"\nTests wrote into the repository folder: {', '.join(sorted(new))}")


_BEFORE = pytest.StashKey[set[str]]()
