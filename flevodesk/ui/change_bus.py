"""One bus for "the data changed": every open view listens and reloads what it shows.

The operations layer (:class:`flevodesk.ui.background.Background`) announces what each
piece of work committed; a view connects to :attr:`ChangeBus.changed` and asks
:meth:`Changes.touches` whether the tables it shows are among them. In team mode the same
bus will carry what colleagues changed on the server.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from flevodesk.services.unit_of_work import Changes


class ChangeBus(QObject):
    """Carries :class:`Changes` to every view; ``changed`` is only emitted for real ones."""

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
