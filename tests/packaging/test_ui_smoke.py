"""The switch the frozen smoke test uses: dialogs build from source, and it is off by default."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from flevodesk.ui import smoke
from flevodesk.ui.app import install_qt_translations


def test_dialogs_build_and_qt_speaks_dutch(qapp, capsys):
    install_qt_translations(qapp)
    smoke.check_dialogs()
    out = capsys.readouterr().out
    assert "FLEVODESK-SMOKE dialogs file+print ok" in out
    assert "FLEVODESK-SMOKE qt texts dutch" in out


def test_a_preview_page_is_drawn(qapp, capsys):
    smoke.check_preview()
    out = capsys.readouterr().out
    assert "FLEVODESK-SMOKE preview page 1 of 1 794x1123 ink" in out


def test_off_without_the_variable(qapp, qtbot, monkeypatch, capsys):
    monkeypatch.delenv(smoke.ENV_VAR, raising=False)
    window = QWidget()
    qtbot.addWidget(window)
    smoke.install_auto_quit(qapp, window)
    assert not qapp.findChildren(smoke._FirstPaint)


def test_a_bad_value_is_reported_and_ignored(qapp, qtbot, monkeypatch, capsys):
    monkeypatch.setenv(smoke.ENV_VAR, "soon")
    window = QWidget()
    qtbot.addWidget(window)
    smoke.install_auto_quit(qapp, window)
    assert not qapp.findChildren(smoke._FirstPaint)
    assert "not a number" in capsys.readouterr().err


def test_table_cells_hyphenate_in_dutch(capsys):
    smoke.check_hyphenation()
    assert f"{smoke.MARKER} hyphenation dutch" in capsys.readouterr().out


def test_an_exchange_package_is_sealed_and_opened(capsys):
    smoke.check_package()
    assert f"{smoke.MARKER} exchange package ok" in capsys.readouterr().out
