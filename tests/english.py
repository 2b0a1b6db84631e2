"""English for the tests: the message catalogue compiled from the repository's .ts files.

The compiled catalogue is built, never committed: each test session compiles
``resources/translations/flevodesk_en.ts`` once (``tests/english_catalogue.py``), and the
``english`` fixture here points :mod:`flevodesk.translation` at it and sets
``FLEVODESK_LANG``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flevodesk import message_text, translation
from flevodesk.language import Language


@pytest.fixture(scope="session")
def english_catalogue(english_qm: Path) -> Path:
    """``flevodesk_en.qm`` compiled from the English Linguist file, as ``make`` builds it
    (the ``english_qm`` fixture of ``tests/english_catalogue.py``)."""
    return english_qm


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
