"""The switch the frozen smoke test uses: dialogs build from source, and it is off by default."""

from __future__ import annotations

from flevodesk.ui import smoke


def test_dialogs_build(qapp, capsys):
    smoke.check_dialogs()
    assert "FLEVODESK-SMOKE dialogs file+print ok" in capsys.readouterr().out


def test_off_without_the_variable(qapp, monkeypatch, capsys):
    monkeypatch.delenv(smoke.ENV_VAR, raising=False)
    smoke.install_auto_quit(qapp)
    assert not qapp.findChildren(smoke._FirstPaint)


def test_a_bad_value_is_reported_and_ignored(qapp, monkeypatch, capsys):
    monkeypatch.setenv(smoke.ENV_VAR, "soon")
    smoke.install_auto_quit(qapp)
    assert not qapp.findChildren(smoke._FirstPaint)
    assert "not a number" in capsys.readouterr().err
