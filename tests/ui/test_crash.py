"""An error nobody caught in the GUI: its traceback in the log file, a Dutch dialog naming
that file, and the program goes on."""

import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from flevodesk import error_log
from flevodesk.ui import crash
from flevodesk.ui.background import user_message


@pytest.fixture
def shown(qapp, monkeypatch):
    """The crash handler installed as the program has it; the dialogs' texts, recorded."""
    texts = []
    monkeypatch.setattr(crash, "show_crash", lambda _parent, message: texts.append(message))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install_crash_handler(qapp)
    yield texts
    error_log.uninstall()


def _logged():
    return error_log.log_path().read_text(encoding="utf-8")


def _assert_names_the_log(text):
    assert text.startswith("Er ging iets onverwachts mis; de details staan in ")
    assert str(error_log.log_path()) in text
    assert "Traceback" not in text and "RuntimeError" not in text


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_in_dutch(qtbot, shown):
    def broken_slot():
        raise RuntimeError("slot kapot 4711")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert len(shown) == 1
    _assert_names_the_log(shown[0])
    assert "Traceback (most recent call last)" in _logged()
    assert "RuntimeError: slot kapot 4711" in _logged() and "broken_slot" in _logged()


def test_an_error_that_ends_a_thread_is_shown_on_the_ui_thread(qtbot, shown):
    def broken_thread():
        raise RuntimeError("draad kapot 4712")

    worker = threading.Thread(target=broken_thread, name="rekenwerk")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    _assert_names_the_log(shown[0])
    assert "thread rekenwerk" in _logged() and "RuntimeError: draad kapot 4712" in _logged()


def test_an_error_in_background_work_names_the_log_file(qtbot, bg):
    failures = []

    def broken_work():
        raise RuntimeError("werk kapot 4713")

    bg.run(broken_work, lambda _result: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    _assert_names_the_log(user_message(failures[0]))
    assert "RuntimeError: werk kapot 4713" in _logged() and "broken_work" in _logged()
    error_log.uninstall()


def test_a_disk_refusal_in_background_work_is_told_as_such(qtbot, bg, tmp_path):
    failures = []

    def full_disk():
        raise OSError(28, "No space left on device", str(tmp_path / "x.pdf"))

    bg.run(full_disk, lambda _result: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5_000)
    assert (
        user_message(failures[0]) == f"Kan {tmp_path / 'x.pdf'} niet gebruiken: de schijf is vol."
    )
    assert not error_log.log_path().exists()


# The offscreen platform cannot size a top-level dialog's window; not our warning.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_crash_dialog_shows_the_sentence_and_closes(qtbot, qapp):
    seen = []

    def close_it():
        box = qapp.activeModalWidget()
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    QTimer.singleShot(50, close_it)
    crash.show_crash(None, "Er ging iets onverwachts mis; de details staan in /x/flevodesk.log.")
    assert seen == [
        ("Er ging iets mis", "Er ging iets onverwachts mis; de details staan in /x/flevodesk.log.")
    ]
