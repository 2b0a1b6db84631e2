"""What a printout's PDF says about itself: who made it, in which language, and when.

The program sets the author (the organisation in its settings) around a render; the
renderers never see the settings. Deliberately free of reportlab, so setting these costs
nothing before a renderer loads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from flevodesk.reports import wording

DEFAULT_AUTHOR = "FlevoDesk"

_AUTHOR: ContextVar[str] = ContextVar("printout_author", default=DEFAULT_AUTHOR)
_SUBJECT: ContextVar[str] = ContextVar("printout_subject", default="")
_FIXED: ContextVar[bool] = ContextVar("printout_fixed_date", default=False)


def author() -> str:
    """Who the printout being rendered names as its author."""
    return _AUTHOR.get()


def language_tag() -> str:
    """The /Lang of the printout being rendered ("nl-NL", "en-GB"), for screen readers and
    hyphenation: the language it is printed in (:func:`flevodesk.reports.wording.worded`)."""
    return wording.language().tag


def subject() -> str:
    """What the printout being rendered is about, one sentence; empty when not set."""
    return _SUBJECT.get()


def fixed_date() -> bool:
    """Whether the printout being rendered carries reportlab's fixed date and id, so the
    same data gives the same bytes (for tests that pin a PDF)."""
    return _FIXED.get()


@contextmanager
def described(author: str | None, about: str = "") -> Iterator[None]:
    """Render printouts inside this block with ``author`` ("FlevoDesk" when empty) and
    ``about`` as their subject."""
    tokens = (_AUTHOR.set(author or DEFAULT_AUTHOR), _SUBJECT.set(about))
    try:
        yield
    finally:
        _AUTHOR.reset(tokens[0])
        _SUBJECT.reset(tokens[1])


@contextmanager
def repeatable() -> Iterator[None]:
    """Render printouts inside this block with a fixed creation date and document id."""
    token = _FIXED.set(True)
    try:
        yield
    finally:
        _FIXED.reset(token)
