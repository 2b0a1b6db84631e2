"""The words a printout is printed in: its fixed labels, headings and legends.

Every fixed text of a renderer is Dutch and goes through :func:`words` where it is written
(``words("Waar en wanneer")``), so ``scripts/texts_for_translation.py --printouts`` finds
it for lupdate (context ``"printouts"``) and a translator sees one entry per text. A text
with a value in it is written with named placeholders, filled after translating:
``words("pagina {number} van {total}").format(number=..., total=...)``, so a language may
put the value where its grammar wants it.

Which language, and the function that translates into it, are handed down from the edge
(the command line's ``--language``, the print preview's choice): reports import no Qt and
cannot read a catalogue themselves. :func:`worded` sets both around one render, as
:func:`flevodesk.reports.metadata.described` sets the author, so the shared parts (page
numbers, "(vervolg)", the dates and money of :mod:`flevodesk.reports.formatting`) follow
without every helper taking a parameter. Outside :func:`worded` a printout is Dutch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from flevodesk.domain.enums import FundingStatus, InitiativeStatus
from flevodesk.language import SOURCE, Language

#: The Qt Linguist context of every printout text (in ``flevodesk_<code>.ts``).
CONTEXT = "printouts"

#: Turns a Dutch source text into the printout's language.
Words = Callable[[str], str]


def as_written(text: str) -> str:
    """The Dutch source text itself: the words of a printout in Dutch."""
    return text


@dataclass(frozen=True)
class Wording:
    """A printout's language and the function that puts its fixed texts into it."""

    language: Language = SOURCE
    translate: Words = as_written


#: The wording of every printout unless the user chose another language.
DUTCH = Wording()

_WORDING: ContextVar[Wording] = ContextVar("printout_wording", default=DUTCH)


def words(text: str) -> str:
    """``text``, a fixed Dutch text of a printout, in the language being printed.

    Write the Dutch text as a literal right in the call: the collector for lupdate reads
    only literals.
    """
    return _WORDING.get().translate(text)


#: The enums whose labels a printout shows as its data hands them over (the overview's
#: chart legends: statuses, funding stages): the collector takes their labels with the
#: literals of :func:`words`, and :func:`label_words` translates them.
PRINTED_LABELS: tuple[type[InitiativeStatus] | type[FundingStatus], ...] = (
    InitiativeStatus,
    FundingStatus,
)


def label_words(label: str) -> str:
    """``label``, the Dutch label of a member of one of :data:`PRINTED_LABELS`' enums, in
    the language being printed."""
    return _WORDING.get().translate(label)


def language() -> Language:
    """The language the printout being rendered is printed in."""
    return _WORDING.get().language


@contextmanager
def worded(wording: Wording) -> Iterator[None]:
    """Render printouts inside this block in ``wording``'s language."""
    token = _WORDING.set(wording)
    try:
        yield
    finally:
        _WORDING.reset(token)
