"""The pickers' choices of one database, read off the UI thread and kept until they change.

Every filter combo and form picker of a window reads its options from the one
:class:`Choices` of its database (:func:`shared_choices`) and fills itself again on
:attr:`Choices.updated`; a change on the bus to a table the lists come from reads them again.
Until the first read is in, the lists are empty and a field keeps the value it was given
(see ``ComboField``), so a record shown early still shows its municipality.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal, Slot

from flevodesk.services.lookups import CHOICE_TABLES, ChoiceLists, choice_lists
from flevodesk.services.unit_of_work import Changes
from flevodesk.ui.background import Background

if TYPE_CHECKING:
    from flevodesk.services.setup import Database


class Choices(QObject):
    """One database's :class:`ChoiceLists`; ``updated`` after each read of them."""

    updated = Signal()

    def __init__(self, db: Database, background: Background) -> None:
        super().__init__(background)
        self._db = db
        self._bg = background
        self.lists = ChoiceLists()
        self.loaded = False
        background.bus.changed.connect(self._on_changes)
        self.load()

    def load(self) -> None:
        db = self._db
        self._bg.run(lambda: choice_lists(db), self._loaded)

    def _loaded(self, lists: ChoiceLists) -> None:
        self.lists = lists
        self.loaded = True
        self.updated.emit()

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(CHOICE_TABLES):
            self.load()


_shared: WeakKeyDictionary[Background, dict[int, Choices]] = WeakKeyDictionary()


def shared_choices(db: Database, background: Background) -> Choices:
    """The one :class:`Choices` of ``db`` in the views run by ``background``."""
    per_db = _shared.setdefault(background, {})
    choices = per_db.get(id(db))
    if choices is None or choices._db is not db:
        choices = per_db[id(db)] = Choices(db, background)
    return choices
