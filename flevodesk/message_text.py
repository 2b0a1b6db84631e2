"""Messages from domain and services as text in the reader's language, at the edge.

Domain and services hand the window and the command line a
:class:`~flevodesk.domain.messages.Message` (a Dutch template and typed values). Here the
template is looked up in the language's catalogue under its context (``"messages"``) and the
values are written as that language writes dates, numbers and money. Which language the
reader reads is chosen once per process: ``FLEVODESK_LANG`` or the setting, else Dutch
(:func:`flevodesk.language.chosen_language`); the window calls :func:`speak` when it
applies the user's setting.
"""

from __future__ import annotations

from flevodesk.domain.messages import Message, as_message
from flevodesk.language import Language, speak, spoken
from flevodesk.translation import catalogue

__all__ = ["render", "speak", "spoken"]


def render(text: Message | str, language: Language | None = None) -> str:
    """``text`` in ``language`` (default :func:`spoken`): its template translated, its
    values written as the language writes them. A template without a translation is
    shown in Dutch, never blank."""
    language = language or spoken()
    found = catalogue(language)
    return as_message(text).text(language, found.translate)
