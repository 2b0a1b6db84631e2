"""One writer per database, through Qt's real lock file: a second window opens read-only at
once and says who holds the database since when; a dead owner's lock is taken over; a
write-protected disk or file opens read-only with that reason, never as "damaged"."""

import os
import socket
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication

from flevodesk.ui import app, startup
from flevodesk.ui.main_window import MainWindow

from .conftest import open_and_settle

# Of a database file: skipped with --on-postgres.
pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.sqlite_only,
]

# Another FlevoDesk holding the lock: a separate process, with Qt's own QLockFile.
HOLDER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("held" if lock.tryLock(0) else "refused", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def holder(demo_db):
    """A separate process that holds the demo database's lock until the test ends."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(startup.lock_file(demo_db.path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "held"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()
    child.stdin.close()
    child.stdout.close()


@pytest.fixture
def way_out(monkeypatch):
    """Records a refusal to open (the way-out dialog) instead of showing it."""
    offered = []
    monkeypatch.setattr(
        startup, "ask_way_out", lambda _w, message, _c: offered.append(message) or startup.Way.QUIT
    )
    return offered


def _assert_read_only(window):
    assert window.read_only and window.lock is None
    assert "alleen-lezen" in window.windowTitle()
    assert window.banner.isVisible()
    window.tabs.setCurrentIndex(1)
    assert not window.main_actions.new.isEnabled() and not window.main_actions.save.isEnabled()
    assert window.main_actions.find.isEnabled()
    tab = window.record_tabs["person"]
    assert not tab.save_button.isEnabled()
    assert tab.form.fields["first_name"].edit.isReadOnly()
    enabled = {a.text(): a.isEnabled() for a in window.data_menu.actions() if a.text()}
    assert not enabled["Vrijwilligers &importeren…"]
    assert enabled["Tabel exporteren naar &CSV…"]
    assert tab.model.rowCount() > 0  # the data is there to look at


def test_a_database_another_process_holds_opens_read_only_with_who_and_since(
    qtbot, window, demo_db, holder, way_out, answers
):
    window.show()
    open_and_settle(qtbot, window, demo_db.path)
    _assert_read_only(window)
    text = window.banner.text()
    assert f"proces {holder.pid} op computer {socket.gethostname()}" in text
    assert "sinds vandaag " in text and "Alleen-lezen" in text
    assert way_out == [] and answers.errors == []


def test_a_second_window_in_the_same_program_sees_the_first_ones_lock(
    qtbot, window, settings, demo_db, answers
):
    open_and_settle(qtbot, window, demo_db.path)
    assert window.lock is not None and window.lock.isLocked()
    assert not window.read_only and not window.banner.isVisibleTo(window)

    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    second.show()
    open_and_settle(qtbot, second, demo_db.path)
    _assert_read_only(second)
    assert f"proces {os.getpid()} op computer" in second.banner.text()


def test_the_lock_of_a_process_that_died_is_taken_over_silently(
    qtbot, window, demo_db, holder, way_out, answers
):
    holder.kill()  # as a crash or a power cut leaves it: the lock file stays behind
    holder.wait()
    assert startup.lock_file(demo_db.path).exists()
    open_and_settle(qtbot, window, demo_db.path)
    assert window.lock is not None and window.lock.isLocked()
    assert not window.read_only and not window.banner.isVisibleTo(window)
    assert way_out == [] and answers.errors == []


def test_the_banner_says_since_when_in_dutch():
    from datetime import datetime

    now = datetime(2026, 12, 1, 9, 30)
    info = startup.LockInfo(4321, "balie-pc", "FlevoDesk", datetime(2026, 11, 28, 14, 3))
    text = startup.held_banner(info, now)
    assert "sinds 28 november 2026 14:03 in gebruik" in text
    assert "proces 4321 op computer balie-pc" in text
    yesterday = startup.LockInfo(1, "pc", "FlevoDesk", datetime(2026, 11, 30, 17, 2))
    assert "sinds gisteren 17:02" in startup.held_banner(yesterday, now)


@pytest.mark.parametrize("protect", ["file", "folder"])
def test_a_write_protected_database_opens_read_only_and_says_why(
    qtbot, window, demo_db, write_protect, way_out, answers, protect
):
    demo_db.dispose()
    write_protect(demo_db.path if protect == "file" else demo_db.path.parent)
    window.show()
    open_and_settle(qtbot, window, demo_db.path)
    assert way_out == [] and answers.errors == []
    _assert_read_only(window)
    text = window.banner.text()
    assert text.startswith("Alleen-lezen: de schijf of het bestand is beveiligd tegen schrijven.")
    assert "beschadigd" not in text
    window.bg.wait()
    window.db.dispose()


@pytest.mark.parametrize("where", ["folder", "inside a file"])
def test_a_folder_or_an_impossible_place_is_refused_in_one_dutch_sentence(
    qtbot, window, tmp_path, way_out, monkeypatch, where
):
    exits = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: exits.append(code))
    (tmp_path / "map").mkdir()
    (tmp_path / "lijst.csv").write_text("Naam\n", encoding="utf-8")
    target = tmp_path / "map" if where == "folder" else tmp_path / "lijst.csv" / "db.sqlite3"
    app.open_in_window(window, str(target))
    qtbot.waitUntil(lambda: exits == [1], timeout=10_000)
    assert len(way_out) == 1 and way_out[0].startswith("Kan ")
    assert ("dit is een map" if where == "folder" else "deel van het pad is geen map") in way_out[0]
    assert window.db is None and window.lock is None
    assert list((tmp_path / "map").iterdir()) == []
