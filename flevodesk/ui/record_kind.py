"""What a kind of record is to the window: the declaration each module in ``ui/kinds/`` makes.

A :class:`RecordKind` names everything its tab needs: the key the worklist and settings use,
the tab's title, the listing (columns, search, filters in SQL), the form (and through it the
service), the filter combos and any tool buttons. ``ui/tabs.py`` builds a tab from it; the
main window builds its tabs from ``ui.kinds.RECORD_KINDS``.

This module is read before the window's first paint (for the tab titles), so it and the
kind modules import nothing heavy at the top: listings, forms and enums come in the
functions a declaration names, and the declarations are named tuples (``dataclasses``
alone would cost the first paint 3 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from flevodesk.services.listing import Listing
    from flevodesk.services.lookups import ChoiceLists
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background
    from flevodesk.ui.forms.base import RecordForm

Options = Sequence[tuple[str, Any]]
#: Options read from the pickers' lists, given the values the other filters have now.
ChoiceOptions = Callable[["ChoiceLists", Mapping[str, Any]], Options]


class FilterSpec(NamedTuple):
    """A filter combo: the listing's filter key, its label, the text for "no filter", and
    either fixed ``options`` or ``choices`` read from the database's pickers' lists."""

    key: str
    label: str
    all_text: str
    options: Options = ()
    choices: ChoiceOptions | None = None


class Tool(NamedTuple):
    """A button beside the filters that opens a dialog of this kind ("Regelingen…")."""

    label: Callable[[], str]
    tooltip: Callable[[], str]
    dialog: Callable[[Database, Background, QWidget], QDialog]


class RecordKind(NamedTuple):
    """One kind of record, declared once in its module in ``ui/kinds/``."""

    #: The name the worklist, the settings and the command line use ("person").
    key: str
    #: The tab's title, in the user's language.
    title: Callable[[], str]
    listing: Callable[[], Listing]
    form: Callable[[Database, Background], RecordForm[Any]]
    filters: Callable[[], Sequence[FilterSpec]] = tuple
    tools: Sequence[Tool] = ()


# --- filters several kinds share -------------------------------------------------------


def enum_filter(key: str, label: str, enum: type[Enum], all_text: str) -> FilterSpec:
    """A filter over an enum's members; listing filters compare with the stored value."""
    from flevodesk.ui.fields import enum_options

    options = [(text, getattr(value, "value", value)) for text, value in enum_options(enum)]
    return FilterSpec(key, label, all_text, options)


def status_filter(statuses: type[Enum]) -> FilterSpec:
    return enum_filter("status", tr_text("Status"), statuses, tr_text("Alle statussen"))


def municipality_filter() -> FilterSpec:
    return FilterSpec(
        "municipality_id",
        tr_text("Gemeente"),
        tr_text("Alle gemeenten"),
        choices=lambda lists, _chosen: [(c.label, c.id) for c in lists.municipalities],
    )
