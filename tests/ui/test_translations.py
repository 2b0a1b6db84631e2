"""Every interface text can be extracted for a translation (the issue: English later)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "flevodesk" / "ui"


def _lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_finds_texts_from_tr_and_from_tr_text(tmp_path):
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "flevodesk_en.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    # The same command as `make translations`.
    subprocess.run(
        [lupdate, "-tr-function-alias", "tr+=tr_text", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    assert {
        "Database openen…",  # main_window, self.tr
        "&Nieuw",  # main_actions, self.tr
        "Bezig met importeren…",  # import_wizard, tr_text
        "Gemaakt op",  # backups_dialog, tr_text
        "Wachtzin",  # startup, tr_text
    } <= found
    assert len(found) > 400  # distinct texts; 443 when this was written


def test_no_module_keeps_its_own_translation_helper():
    # A private helper around QCoreApplication.translate hides its texts from lupdate.
    helpers = [p.name for p in UI.rglob("*.py") if "def _tr(" in p.read_text(encoding="utf-8")]
    assert helpers == []
