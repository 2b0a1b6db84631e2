"""Texts in the chosen language, for the window and for the command line alike.

The catalogue of a language is ``resources/translations/flevodesk_<code>.qm``, compiled at
build time (``scripts/translations.py compile``, which ``make run``, ``make test`` and
``make dist`` run) from all of the language's Linguist files ``*_<code>.ts``, merged.
Qt's ``QTranslator`` reads it
without a running application, so the command line and the printouts use the same
translations as the window. A text the catalogue lacks comes back as the Dutch source:
nothing is ever shown blank.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from flevodesk.language import SOURCE, Language
from flevodesk.resources import app_root


def catalogue_path(language: Language) -> Path:
    """Where the compiled catalogue of ``language`` lies (it may not have been built)."""
    return app_root() / "resources" / "translations" / f"flevodesk_{language.value}.qm"


class Catalogue:
    """One language's translations, looked up by Qt context and Dutch source text."""

    def __init__(self, language: Language, translator: QTranslator | None) -> None:
        self.language = language
        self._translator = translator

    @property
    def complete(self) -> bool:
        """Whether this language has a catalogue (Dutch needs none)."""
        return self.language is SOURCE or self._translator is not None

    def translate(self, context: str, text: str) -> str:
        """``text`` in this language; the Dutch ``text`` itself when it has no translation."""
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    def install(self, app: QCoreApplication) -> bool:
        """Make every ``tr()`` of ``app`` speak this language; whether there was a
        catalogue to install (Dutch needs none, a missing .qm has none)."""
        if self._translator is None:
            return False
        return app.installTranslator(self._translator)

    def remove(self, app: QCoreApplication) -> None:
        """Take this catalogue out of ``app`` again, as :meth:`install` put it there."""
        if self._translator is not None:
            app.removeTranslator(self._translator)


@cache
def catalogue(language: Language) -> Catalogue:
    """The catalogue of ``language``, loaded once per process."""
    if language is SOURCE:
        return Catalogue(language, None)
    translator = QTranslator()
    path = catalogue_path(language)
    if not translator.load(str(path)):
        return Catalogue(language, None)
    return Catalogue(language, translator)
