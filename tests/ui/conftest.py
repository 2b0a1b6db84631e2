"""Fixtures for the user interface tests: a small demo database, background, answers."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from flevodesk.services.demo import load_demo_data
from flevodesk.services.setup import open_database
from flevodesk.store.database import Database
from flevodesk.ui import dialogs
from flevodesk.ui.background import Background
from flevodesk.ui.main_thread_gc import collect_on_main_thread


@pytest.fixture(autouse=True)
def collector_on_main_thread(qapp: object) -> Iterator[None]:
    """As the program does: no cycle collection on a worker thread, where it can finalize Qt
    objects of the GUI thread; collect here, between tests, instead."""
    collect_on_main_thread(qapp)  # type: ignore[arg-type]
    yield
    gc.collect()
    # What outlives a test and a full collection lives on (modules, caches, the application);
    # frozen, later collections skip it. Without this each collection walked the whole
    # session's heap, and a window's teardown took 10 s late in the suite instead of 0.4 s.
    gc.freeze()


@pytest.fixture(autouse=True)
def ui_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real settings or data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("FLEVODESK_DB", raising=False)
    return tmp_path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Reference data plus the demo set, built once and copied for each test."""
    path = tmp_path_factory.mktemp("ui-template") / "demo.sqlite3"
    opened = open_database(str(path))
    with opened.db.write() as session:
        load_demo_data(session)
    with opened.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.db.dispose()
    return path


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.config.getoption("--on-postgres"):  # see tests/postgres.py
        database = Database(request.getfixturevalue("pg_demo_url"))
        yield database
        database.dispose()
        return
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(request.getfixturevalue("demo_template"), path)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


def target_of(database: Database) -> str:
    """What ``--db`` (or the window's opening) names for ``database``: its file, or on a
    team server its URL; ``str(database.path)`` would name a new file called "None"."""
    if database.path is not None:
        return str(database.path)
    return database.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def bg(qapp: object) -> Iterator[Background]:
    background = Background()
    yield background
    background.wait()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@dataclass
class Answers:
    """What the fake dialogs answer, and what they were asked."""

    unsaved: dialogs.Unsaved = dialogs.Unsaved.CANCEL
    delete: bool = True
    asked_unsaved: list[str] = field(default_factory=list)
    asked_delete: list[tuple[str, list[str]]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Replace the modal questions with recorded, scripted answers."""
    given = Answers()

    def ask_unsaved(_parent: object, what: str) -> dialogs.Unsaved:
        given.asked_unsaved.append(what)
        return given.unsaved

    def confirm_delete(_parent: object, what: str, impact: list[str]) -> bool:
        given.asked_delete.append((what, impact))
        return given.delete

    monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(dialogs, "confirm_delete", confirm_delete)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, message: given.errors.append(message))
    return given


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The exit codes the program asked for, instead of ending the test run."""
    from PySide6.QtCore import QCoreApplication

    codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: codes.append(code))
    return codes


def settle(qtbot: object, background: Background) -> None:
    """Wait until every background operation and its follow-ups have been delivered."""
    qtbot.waitUntil(lambda: not background.busy, timeout=10_000)  # type: ignore[attr-defined]


@pytest.fixture
def window(qtbot, settings, answers):
    """A main window that opens a database as the program does (lock, check, tabs).

    With ``answers``: an error the opening shows is recorded, not a modal box that hangs.
    """
    from flevodesk.ui.main_window import MainWindow

    made = MainWindow(settings=settings)
    qtbot.addWidget(made)
    yield made
    made.release()


def open_and_settle(qtbot: object, window: object, path: object) -> None:
    """Open ``path`` in ``window`` as start-up does and wait until its tabs have loaded."""
    from flevodesk.ui import app

    app.open_in_window(window, str(path))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.db is not None, timeout=10_000)  # type: ignore[attr-defined]
    settle(qtbot, window.bg)  # type: ignore[attr-defined]
