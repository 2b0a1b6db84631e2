"""The English catalogue, compiled for the tests from the Linguist files in the repository.

The ``.qm`` files are built by ``make translations`` and never committed; a test that
prints in English compiles ``resources/translations/flevodesk_en.ts`` once per session
with ``pyside6-lrelease`` and points :func:`flevodesk.translation.catalogue_path` at it.
``tests/conftest.py`` loads it as a plugin, so every test can ask for ``english``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from flevodesk import translation
from flevodesk.language import Language
from flevodesk.printout_wording import wording_in
from flevodesk.reports.wording import Wording

ROOT = Path(__file__).resolve().parent.parent
#: The one Linguist file of English: interface, messages and printouts.
ENGLISH_TS = ROOT / "resources" / "translations" / "flevodesk_en.ts"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture(scope="session")
def english_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``flevodesk_en.qm`` made from the English Linguist file."""
    target = tmp_path_factory.mktemp("translations") / "flevodesk_en.qm"
    subprocess.run(
        [str(LRELEASE), str(ENGLISH_TS), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture
def english(english_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Wording]:
    """The printouts' English wording, read from the compiled catalogue as the program
    reads it; the catalogue cache is emptied before and after."""
    monkeypatch.setattr(translation, "catalogue_path", lambda _language: english_qm)
    translation.catalogue.cache_clear()
    yield wording_in(Language.ENGLISH)
    translation.catalogue.cache_clear()
