"""The wording of a printout in a language, read from that language's compiled catalogue.

The edge makes it (the command line's ``--language``, the print preview's choice) and hands
it down to :meth:`flevodesk.services.printouts.Printout.render`, since reports and services
import no Qt and so cannot read a catalogue themselves.
"""

from __future__ import annotations

from functools import partial

from flevodesk.language import SOURCE, Language
from flevodesk.reports.wording import CONTEXT, DUTCH, Wording
from flevodesk.translation import catalogue


def wording_in(language: Language) -> Wording:
    """The printouts' texts in ``language`` (context "printouts"); a text the catalogue
    lacks stays Dutch, as the window's texts do."""
    if language is SOURCE:
        return DUTCH
    return Wording(language, partial(catalogue(language).translate, CONTEXT))
