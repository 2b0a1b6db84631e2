"""A real PostgreSQL server for the tests: the one in FLEVODESK_TEST_POSTGRES_URL, or our own.

Without that variable, a test marked ``postgres`` (or asking for :func:`pg_url`) starts a
throwaway cluster once per session: ``initdb`` into a temporary folder and ``pg_ctl`` on a
unix socket in that folder only (no TCP, no system service), stopped when the session ends.
Each test gets a database of its own, copied from a template that holds the schema and the
reference data, so a test starts in milliseconds and never sees another's rows.

Where neither a URL nor ``initdb`` is there, those tests are skipped, saying why.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, make_url, text

URL_VARIABLE = "FLEVODESK_TEST_POSTGRES_URL"
_SUPERUSER = "flevodesk"
_TEMPLATE = "flevodesk_template"
# The user a cluster of our own runs as when the tests run as root (initdb refuses root).
_UNPRIVILEGED = "nobody"
#: A role of our own cluster that must give a password (every other role is trusted).
PASSWORD_ROLE = "flevodesk_pw"
_numbers = itertools.count(1)


@dataclass(frozen=True)
class Server:
    """A server the tests may create and drop databases on."""

    #: A URL on the server's maintenance database (``postgres``), with rights to create.
    admin: URL
    #: Set for a cluster of our own: its data folder, to stop it at the end.
    data_dir: Path | None = None

    def url_for(self, database: str) -> URL:
        return self.admin.set(database=database)


def _pg_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    # Debian keeps the server's programs off PATH, one folder per major version.
    versions = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    return str(versions[-1]) if versions else None


def _as_cluster_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", _UNPRIVILEGED, "--", *command]


_PREFIX = "flevodesk-pg-"


def _stop_orphans(pg_ctl: str) -> None:
    """Stop the clusters of test sessions that died before their end (a crash, a kill)."""
    for owner in Path(tempfile.gettempdir()).glob(f"{_PREFIX}*/owner"):
        try:
            os.kill(int(owner.read_text()), 0)
        except ProcessLookupError:
            pass  # its session is gone
        except (OSError, ValueError):
            continue
        else:
            continue
        folder = owner.parent
        subprocess.run(
            _as_cluster_owner([pg_ctl, "-D", str(folder / "data"), "-m", "immediate", "stop"]),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def _start_cluster() -> Server:
    initdb, pg_ctl = _pg_binary("initdb"), _pg_binary("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip(f"no PostgreSQL server: set {URL_VARIABLE} or install postgresql")
    _stop_orphans(pg_ctl)
    # Not under pytest's tmp folder: that one is private to root, the cluster's user must
    # own its folder, and a unix socket's path must stay under about 100 characters.
    folder = Path(tempfile.mkdtemp(prefix=_PREFIX))
    (folder / "owner").write_text(str(os.getpid()))
    data, socket = folder / "data", folder
    if os.geteuid() == 0:
        owner = pwd.getpwnam(_UNPRIVILEGED)
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    folder.chmod(0o755)
    run = {"check": True, "capture_output": True, "cwd": folder}
    # UTF-8 in code point order: text sorts and compares as in a SQLite file.
    setup = ["-U", _SUPERUSER, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]
    subprocess.run(_as_cluster_owner([initdb, "-D", str(data), *setup]), **run)
    # Before initdb's "trust" lines: the first line that matches decides.
    hba = data / "pg_hba.conf"
    hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba.read_text())
    options = f"-k {socket} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    subprocess.run(
        _as_cluster_owner(
            [pg_ctl, "-D", str(data), "-l", str(folder / "log"), "-w", "-o", options, "start"]
        ),
        **run,
    )
    admin = URL.create(
        "postgresql+psycopg", username=_SUPERUSER, database="postgres", query={"host": str(socket)}
    )
    return Server(admin, data)


def _stop_cluster(server: Server) -> None:
    assert server.data_dir is not None
    pg_ctl = _pg_binary("pg_ctl")
    assert pg_ctl is not None
    subprocess.run(
        _as_cluster_owner([pg_ctl, "-D", str(server.data_dir), "-m", "immediate", "stop"]),
        check=False,
        capture_output=True,
    )
    shutil.rmtree(server.data_dir.parent, ignore_errors=True)


def _admin_execute(server: Server, *statements: str) -> None:
    engine = create_engine(server.admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """The server the PostgreSQL tests use (skips the test when there is none)."""
    given = os.environ.get(URL_VARIABLE)
    if given:
        yield Server(make_url(given))
        return
    server = _start_cluster()
    try:
        yield server
    finally:
        _stop_cluster(server)


def create_database(server: Server, *, template: str | None = None) -> str:
    """A new database on ``server`` (a copy of ``template`` when given); returns its name."""
    name = f"flevodesk_test_{os.getpid()}_{next(_numbers)}"
    copy = f" TEMPLATE {template}" if template else ""
    _admin_execute(server, f"CREATE DATABASE {name}{copy}")
    return name


def drop_database(server: Server, name: str) -> None:
    _admin_execute(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def postgres_template(postgres_server: Server) -> Iterator[str]:
    """A database with the schema at head and the reference data, to copy for each test."""
    from flevodesk.services.setup import migrate_database

    name = f"{_TEMPLATE}_{os.getpid()}"
    _admin_execute(postgres_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin_execute(postgres_server, f"CREATE DATABASE {name}")
    migrate_database(postgres_server.url_for(name).render_as_string(hide_password=False))
    yield name
    drop_database(postgres_server, name)


@pytest.fixture(scope="session")
def postgres_demo_template(postgres_server: Server, postgres_template: str) -> Iterator[str]:
    """The template database with the demo set added, to copy for each test."""
    from flevodesk.services.demo import load_demo_data
    from flevodesk.store.database import Database

    name = create_database(postgres_server, template=postgres_template)
    database = Database(postgres_server.url_for(name).render_as_string(hide_password=False))
    try:
        with database.write() as session:
            load_demo_data(session)
    finally:
        database.dispose()
    yield name
    drop_database(postgres_server, name)


def _fresh_database(server: Server, template: str | None = None) -> Iterator[str]:
    """A new database on ``server`` (a copy of ``template`` when given): its URL while the
    test runs, dropped after it."""
    name = create_database(server, template=template)
    yield server.url_for(name).render_as_string(hide_password=False)
    drop_database(server, name)


@pytest.fixture
def pg_demo_url(postgres_server: Server, postgres_demo_template: str) -> Iterator[str]:
    """The URL of a fresh PostgreSQL database holding the reference data and the demo set."""
    yield from _fresh_database(postgres_server, postgres_demo_template)


@pytest.fixture
def password_role(postgres_server: Server, pg_url: str) -> tuple[str, str]:
    """A role that must log in with a password, owning the test's database: (role, password).

    Only our own cluster is known to ask for it; on another server the test is skipped.
    """
    if postgres_server.data_dir is None:
        pytest.skip(f"needs the tests' own cluster, not {URL_VARIABLE}")
    password = "geheim-123"
    database = make_url(pg_url).database
    _admin_execute(
        postgres_server,
        f"DROP ROLE IF EXISTS {PASSWORD_ROLE}",
        f"CREATE ROLE {PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD '{password}'",
        f"GRANT ALL ON DATABASE {database} TO {PASSWORD_ROLE}",
    )
    return PASSWORD_ROLE, password


@pytest.fixture
def empty_pg_url(postgres_server: Server) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (dropped after the test)."""
    yield from _fresh_database(postgres_server)


@pytest.fixture
def pg_url(postgres_server: Server, postgres_template: str) -> Iterator[str]:
    """The URL of a fresh PostgreSQL database holding the schema and the reference data."""
    yield from _fresh_database(postgres_server, postgres_template)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--on-postgres",
        action="store_true",
        help="run the tests of the shared database fixtures (db, db_target, demo_db) on "
        "PostgreSQL instead of a SQLite file; every other test (of a database file, of no "
        "database, or of the server by name) is deselected, as plain pytest runs it",
    )


def on_postgres(config: pytest.Config) -> bool:
    """Whether this run puts the shared `db` fixture on the PostgreSQL server."""
    return bool(config.getoption("--on-postgres"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A test on the server is marked, so `-m postgres` runs just those and `-m "not
    # postgres"` needs no server at all.
    named = {"postgres_server", "postgres_template", "pg_url", "empty_pg_url", "pg_demo_url"}
    switched = {"db", "db_target", "demo_db"}
    wanted = named | switched if on_postgres(config) else named
    repeats: list[pytest.Item] = []
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if wanted & names:
            item.add_marker(pytest.mark.postgres)
        file_bound = {"db_path", "demo_template"} & names or item.get_closest_marker("sqlite_only")
        # The second run exists for what the flag moves onto the server. A test of a file,
        # of no database, or of the server by name runs the same in plain `pytest` already,
        # and running it twice only doubled CI's time.
        if on_postgres(config) and (file_bound or not switched & names):
            repeats.append(item)
    if repeats:
        config.hook.pytest_deselected(items=repeats)
        skipped = set(repeats)
        items[:] = [item for item in items if item not in skipped]
