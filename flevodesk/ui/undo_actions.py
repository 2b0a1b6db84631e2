"""The Bewerken menu's Ongedaan maken and Opnieuw, naming the action they act on.

Built with the menus just after the first paint, so this module imports nothing of the data
layer; the stack itself (``ui/undo_stack.py``) comes with each database the window attaches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.services.setup import Database
    from flevodesk.ui.background import Background
    from flevodesk.ui.undo_stack import UndoStack


class UndoActions(QObject):
    """Ongedaan maken / Opnieuw in the Bewerken menu, naming the action they act on."""

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.undo = QAction(tr_text("Ongedaan maken"), window)
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo = QAction(tr_text("Opnieuw"), window)
        self.redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.undo.triggered.connect(lambda: self._call(backwards=True))
        self.redo.triggered.connect(lambda: self._call(backwards=False))
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.undo, self.redo])  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        self.stack: UndoStack | None = None
        self.update()

    def attach(self, db: Database, background: Background) -> UndoStack:
        """A new, empty stack for the database the window now shows."""
        from flevodesk.ui.undo_stack import UndoStack

        if self.stack is not None:
            self.stack.setParent(None)
            self.stack.deleteLater()
        self.stack = UndoStack(db, background, self.window)
        self.stack.changed.connect(self.update)
        self.update()
        return self.stack

    @Slot()
    def update(self) -> None:
        stack = self.stack
        writable = not getattr(self.window, "read_only", False)
        for action, can, text, name in (
            (self.undo, stack and stack.stack.canUndo(), tr_text("Ongedaan maken"), "undoText"),
            (self.redo, stack and stack.stack.canRedo(), tr_text("Opnieuw"), "redoText"),
        ):
            what = getattr(stack.stack, name)() if stack is not None and can else ""
            action.setText(f"{text}: {what}" if what else text)
            action.setEnabled(bool(can) and writable and not (stack and stack.running))

    def _call(self, *, backwards: bool) -> None:
        # Unsaved edits first: an undo of that very record would meet them at the next save.
        no_edits = getattr(self.window, "no_unsaved_edits", lambda: True)
        if self.stack is not None and no_edits():
            (self.stack.undo if backwards else self.stack.redo)()
