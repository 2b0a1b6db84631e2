"""English for the tests: the message catalogue compiled from the repository's .ts files.

The compiled catalogue is built, never committed: each test session compiles
``resources/translations/*_en.ts`` once with lrelease into a temporary folder, and the
``english`` fixture points :mod:`flevodesk.translation` at it and sets ``FLEVODESK_LANG``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from flevodesk import message_text, translation
from flevodesk.language import Language

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture(scope="session")
def english_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``flevodesk_en.qm`` compiled from every English .ts file, as ``make`` builds it."""
    target = tmp_path_factory.mktemp("qm") / "flevodesk_en.qm"
    sources = sorted(str(path) for path in TRANSLATIONS.glob("*_en.ts"))
    subprocess.run([str(LRELEASE), *sources, "-qm", str(target)], check=True, capture_output=True)
    return target


@pytest.fixture
def english_installed(english_catalogue: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The English catalogue where the program looks for it, as a build ships it; which
    language is spoken is still the user's choice (Dutch unless asked)."""
    monkeypatch.setattr(translation, "catalogue_path", lambda language: english_catalogue)
    monkeypatch.delenv("FLEVODESK_LANG", raising=False)
    translation.catalogue.cache_clear()
    message_text.speak(None)
    yield
    translation.catalogue.cache_clear()
    message_text.speak(None)


@pytest.fixture
def english(english_installed: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages, tables and the command line in English for one test."""
    monkeypatch.setenv("FLEVODESK_LANG", Language.ENGLISH.value)
