"""The language a user chose: the environment, then the setting, else Dutch."""

from __future__ import annotations

import pytest

from flevodesk.language import Language, chosen_language, language_named
from flevodesk.translation import Catalogue, catalogue


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", Language.ENGLISH),
        ("EN", Language.ENGLISH),
        ("en_GB.UTF-8", Language.ENGLISH),
        ("nl-NL", Language.DUTCH),
        ("", None),
        (None, None),
        ("tr", None),
    ],
)
def test_a_code_names_its_language_or_none(code: str | None, expected: Language | None) -> None:
    assert language_named(code) is expected


def test_the_environment_wins_over_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLEVODESK_LANG", "en")
    assert chosen_language("nl") is Language.ENGLISH
    monkeypatch.setenv("FLEVODESK_LANG", "xx")
    assert chosen_language("en") is Language.ENGLISH
    monkeypatch.delenv("FLEVODESK_LANG")
    assert chosen_language(None) is Language.DUTCH
    assert chosen_language("en") is Language.ENGLISH


def test_dutch_is_the_source_and_needs_no_catalogue() -> None:
    dutch = catalogue(Language.DUTCH)
    assert dutch.complete
    assert dutch.translate("", "Opslaan") == "Opslaan"


def test_a_text_without_translation_comes_back_in_dutch() -> None:
    assert Catalogue(Language.ENGLISH, None).translate("", "Opslaan") == "Opslaan"
