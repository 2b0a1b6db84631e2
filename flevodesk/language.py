"""The languages FlevoDesk speaks, and how the user chose one.

Dutch is the source language: every text in the code is Dutch and is its own key. Another
language is one Qt Linguist file, ``resources/translations/flevodesk_<code>.ts``, compiled
to ``.qm`` at build time (:mod:`flevodesk.translation` reads it). This module imports no Qt,
so domain, services and reports may name a language.
"""

from __future__ import annotations

import os
from enum import StrEnum

#: The environment variable that picks the language for the command line and for tests;
#: it wins over the setting made in the program.
ENVIRONMENT = "FLEVODESK_LANG"


class Language(StrEnum):
    """A language of the interface and of the printouts; the value is its ISO 639-1 code."""

    DUTCH = "nl"
    ENGLISH = "en"

    @property
    def own_name(self) -> str:
        """The language's name in itself, as a language menu shows it."""
        return _OWN_NAMES[self]

    @property
    def tag(self) -> str:
        """The BCP 47 tag for documents (a PDF's /Lang) and locale-aware formatting."""
        return _TAGS[self]


_OWN_NAMES = {Language.DUTCH: "Nederlands", Language.ENGLISH: "English"}
_TAGS = {Language.DUTCH: "nl-NL", Language.ENGLISH: "en-GB"}

#: The language of every text in the code.
SOURCE = Language.DUTCH


def language_named(code: str | None) -> Language | None:
    """The language ``code`` names ("en", "EN", "en_GB.UTF-8", "nl-NL"); ``None`` for an
    empty or unknown code, so a caller can fall back to the next choice."""
    if not code:
        return None
    prefix = code.strip().lower().replace("-", "_").split("_", 1)[0].split(".", 1)[0]
    try:
        return Language(prefix)
    except ValueError:
        return None


def environment_language() -> Language | None:
    """The language ``FLEVODESK_LANG`` asks for, if it names one."""
    return language_named(os.environ.get(ENVIRONMENT))


def chosen_language(setting: str | None = None) -> Language:
    """The language to speak: ``FLEVODESK_LANG`` first, then the user's setting, else Dutch."""
    return environment_language() or language_named(setting) or SOURCE


_spoken: list[Language] = []


def speak(language: Language | None) -> None:
    """Show messages in ``language`` from now on (the window's language setting); ``None``
    goes back to ``FLEVODESK_LANG``, else Dutch."""
    _spoken[:] = [] if language is None else [language]


def spoken() -> Language:
    """The language messages are shown in: the one :func:`speak` named, else the one
    ``FLEVODESK_LANG`` names, else Dutch."""
    return _spoken[0] if _spoken else chosen_language()
