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
    generated = tmp_path / "domain_texts.py"
    script = UI.parents[1] / "scripts" / "texts_for_translation.py"
    made = subprocess.run(
        [sys.executable, str(script)], check=True, capture_output=True, text=True, timeout=120
    )
    generated.write_text(made.stdout, encoding="utf-8")
    sources = [*sorted(str(p) for p in UI.rglob("*.py")), str(generated)]
    # The same commands as `make translations`.
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
        "Kartrekker",  # a role's label (domain)
        "Achternaam",  # a table header (services)
        "Naam (volledig)",  # an import field's label (services)
    } <= found
    assert len(found) > 400  # distinct texts; 443 when this was written


def test_no_module_keeps_its_own_translation_helper():
    # A private helper around QCoreApplication.translate hides its texts from lupdate.
    helpers = [p.name for p in UI.rglob("*.py") if "def _tr(" in p.read_text(encoding="utf-8")]
    assert helpers == []


ENGLISH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message><source>Kartrekker</source><translation>Team leader</translation></message>
    <message><source>Achternaam</source><translation>Last name</translation></message>
    <message><source>Gemaakt op</source><translation>Made on</translation></message>
</context>
</TS>
"""


def test_an_english_translation_reaches_labels_headers_and_texts(qapp, tmp_path, db):
    from PySide6.QtCore import Qt, QTranslator

    from flevodesk.domain.enums import Role
    from flevodesk.services.persons import PersonListing
    from flevodesk.ui.background import Background
    from flevodesk.ui.formatting import format_value
    from flevodesk.ui.table_model import RecordTableModel
    from flevodesk.ui.texts import tr_text

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    (tmp_path / "en.ts").write_text(ENGLISH_TS, encoding="utf-8")
    subprocess.run(
        [str(lrelease), str(tmp_path / "en.ts"), "-qm", str(tmp_path / "en.qm")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "en.qm"))
    qapp.installTranslator(translator)
    bg = Background()
    model = RecordTableModel(db, PersonListing(), bg)
    try:
        assert format_value(Role.KARTREKKER) == "Team leader"
        assert tr_text("Gemaakt op") == "Made on"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Last name"
    finally:
        qapp.removeTranslator(translator)
        bg.wait()
    assert format_value(Role.KARTREKKER) == "Kartrekker"
