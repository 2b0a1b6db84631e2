"""Every fixed text of a printout reaches the translator and is translated: a label added
to a renderer without its English fails here, before a resident gets a half-Dutch sheet."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from flevodesk.reports.wording import CONTEXT
from tests.english_catalogue import ENGLISH_TS, ROOT

SCRIPT = ROOT / "scripts" / "texts_for_translation.py"
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("texts_for_translation", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entries(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        message.findtext("source", ""): message
        for context in root.iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }


def test_every_printout_text_has_a_finished_english_translation():
    collected = _script().printout_texts()
    assert "Wie zoeken we?" in collected and "pagina {number} van {total}" in collected
    entries = _entries(ENGLISH_TS)
    problems = []
    for source in collected:
        message = entries.get(source)
        if message is None:
            problems.append(f"{source!r}: not in flevodesk_en.ts (run make translations)")
            continue
        translation = message.find("translation")
        assert translation is not None
        english = translation.text or ""
        if translation.get("type") in {"unfinished", "obsolete", "vanished"} or not english:
            problems.append(f"{source!r}: no finished English")
        elif sorted(PLACEHOLDER.findall(english)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{source!r}: the English {english!r} has other placeholders")
    problems += [
        f"{s!r}: in flevodesk_en.ts, no longer in the code" for s in entries.keys() - set(collected)
    ]
    assert problems == []


def test_lupdate_reads_the_collected_texts_as_make_translations_does(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    generated = tmp_path / "printout_texts.py"
    made = subprocess.run(
        [sys.executable, str(SCRIPT), "--printouts"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    generated.write_text(made.stdout, encoding="utf-8")
    ts = tmp_path / "printouts_en.ts"
    subprocess.run(
        [str(lupdate), "-locations", "none", str(generated), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert list(_entries(ts)) == _script().printout_texts()


def test_the_collector_finds_literals_and_refuses_what_no_translator_could_see(tmp_path):
    collect = _script().printout_texts
    (tmp_path / "a.py").write_text(
        'x = words("Naam")\ny = f(words("Naam"), words("Datum {day}").format(day=1))\n',
        encoding="utf-8",
    )
    assert collect(tmp_path) == ["Naam", "Datum {day}"]
    (tmp_path / "b.py").write_text('label = "Naam"\nx = words(label)\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"b\.py:2: words\(\) takes one literal"):
        collect(tmp_path)
