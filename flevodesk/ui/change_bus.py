"""One bus for "the data changed": every open view listens and reloads what it shows.

The operations layer (:class:`flevodesk.ui.background.Background`) announces what each
piece of work committed; a view connects to :attr:`ChangeBus.changed` and asks
:meth:`Changes.touches` whether the tables it shows are among them. On a team server the
same bus carries what colleagues committed (:meth:`ChangeBus.follow_colleagues`).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from flevodesk.services.unit_of_work import Changes

if TYPE_CHECKING:
    from flevodesk.services.colleague_changes import Following
    from flevodesk.services.setup import Database


class ChangeBus(QObject):
    """Carries :class:`Changes` to every view; ``changed`` is only emitted for real ones."""

    changed = Signal(object)
    #: Emitted on the listener's thread; queued to this bus's (the UI) thread.
    _arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._following: Following | None = None
        self._arrived.connect(self.announce, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def follow_colleagues(self, db: Database) -> Following | None:
        """Announce what others commit on ``db``'s server too (nothing for a file)."""
        # Imported here: the migrations' Alembic is not wanted before the first paint.
        from flevodesk.services.colleague_changes import follow

        self.stop_following()
        self._following = follow(db, self._from_listener)
        return self._following

    def stop_following(self) -> None:
        """Stop hearing colleagues (before the database is let go of)."""
        following, self._following = self._following, None
        if following is not None:
            following.stop()

    def _from_listener(self, changes: Changes) -> None:
        # The bus may be gone with its window while the listener stops.
        with contextlib.suppress(RuntimeError):
            self._arrived.emit(changes)
