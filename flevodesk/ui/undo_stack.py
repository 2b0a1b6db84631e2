"""Undo and redo in the main window: a ``QUndoStack`` of what was stored, row by row.

An undoable action (a save, a delete, an action of a form's panel) runs through
:func:`run_undoable`: its work runs on the worker between two snapshots of the record's
graph (``services/record_snapshots.py``), and the difference is pushed as a command. The
commands do no work inside ``QUndoCommand.undo``/``redo``, which Qt calls synchronously:
:meth:`UndoStack.undo` first writes the rows back on a worker (``services/row_restore.py``)
and only when that committed moves the stack's index. A refused undo (the record changed
since, an id taken) shows its Dutch sentence and leaves the stack as it was. What the
undo wrote is announced on the change bus like any other work, so open views reload.

Erasure is never undoable and clears the stack: a command holding an erased person's old
values would keep their personal data around (:func:`forget_all`). Opening another
database builds a new stack; a restore, which announces every table, clears it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from flevodesk.message_text import render
from flevodesk.services import row_restore
from flevodesk.services.record_snapshots import RowChange, describe, everything, run_and_record
from flevodesk.services.unit_of_work import Changes
from flevodesk.ui import dialogs
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.services.setup import Database
    from flevodesk.ui.forms.base import RecordForm

T = TypeVar("T")
_NAME = "undo_stack"


class _Command(QUndoCommand):
    """One stored action: its rows before and after. Qt's undo/redo hooks stay empty; the
    rows are written by :class:`UndoStack` before the index moves."""

    def __init__(self, label: str, changes: tuple[RowChange, ...]) -> None:
        super().__init__(label)
        self.changes = changes

    def undo(self) -> None:
        pass

    def redo(self) -> None:
        pass


class UndoStack(QObject):
    """The main window's undo stack (a child of the window named ``undo_stack``).

    Signals:
        changed: what undo or redo would do, or whether they can, changed.
        brought_back: an undo put deleted rows back; carries (table, id) of each row with
            an id of its own, parents first, so the window can show the record again.
    """

    changed = Signal()
    brought_back = Signal(object)

    def __init__(self, db: Database, background: Background, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_NAME)
        self.db = db
        self.bg = background
        self.stack = QUndoStack(self)
        # Through a slot of this object: Qt drops the connection before the stack, a child,
        # is destroyed with it (and clears itself, which would emit once more).
        self.stack.indexChanged.connect(self._index_changed)
        #: An undo or redo is being written; the actions wait for it.
        self.running = False
        #: Goes up when the stack is cleared or given a command, so an undo that finishes
        #: afterwards does not move an index that no longer means the same command (it
        #: stays marked done; undoing it again is refused by the rows' check).
        self._generation = 0
        background.bus.changed.connect(self._on_changes)

    def push(self, label: str, changes: tuple[RowChange, ...]) -> None:
        """Add an action that is already done (nothing when it changed no row)."""
        if changes:
            self._generation += 1
            self.stack.push(_Command(label, changes))

    def clear(self) -> None:
        self._generation += 1
        self.stack.clear()

    @Slot()
    def undo(self) -> None:
        self._step(backwards=True)

    @Slot()
    def redo(self) -> None:
        self._step(backwards=False)

    def _step(self, *, backwards: bool) -> None:
        stack = self.stack
        if self.running or not (stack.canUndo() if backwards else stack.canRedo()):
            return
        command = stack.command(stack.index() - 1 if backwards else stack.index())
        assert isinstance(command, _Command)
        apply = row_restore.undo if backwards else row_restore.redo
        changes, db, generation = command.changes, self.db, self._generation

        def done(written: tuple[RowChange, ...]) -> None:
            self._finish()
            if generation != self._generation:
                return
            command.changes = written
            (stack.undo if backwards else stack.redo)()
            if backwards:
                self.brought_back.emit(_deleted_records(changes))

        def refused(error: BaseException) -> None:
            self._finish()
            dialogs.show_error(self._parent_widget(), user_message(error))

        self.running = True
        self.changed.emit()  # the actions grey out while it runs
        busy = tr_text("Ongedaan maken…") if backwards else tr_text("Opnieuw uitvoeren…")
        self.bg.run(lambda: apply(db, changes), done, refused, busy=busy)

    def _finish(self) -> None:
        self.running = False
        self.changed.emit()

    @Slot(int)
    def _index_changed(self, _index: int) -> None:
        self.changed.emit()

    def _parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        # A restore put another file in place: no command's rows mean anything there.
        if changes and everything(changes.tables):
            self.clear()


def _deleted_records(changes: tuple[RowChange, ...]) -> list[tuple[str, int]]:
    """(table, id) of every row with an id of its own that ``changes`` deleted."""
    return [
        (change.table, change.key[0])
        for change in changes
        if change.after is None
        and change.before is not None
        and len(change.key) == 1
        and isinstance(change.key[0], int)
    ]


def stack_of(widget: QWidget) -> UndoStack | None:
    """The undo stack of the main window ``widget`` is in, or whose dialog it is in (None
    outside a main window)."""
    window: QWidget | None = widget.window()
    while window is not None:
        found = window.findChild(UndoStack, _NAME)
        if isinstance(found, UndoStack):
            return found
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return None


def forget_all(widget: QWidget) -> None:
    """Clear the window's undo stack: erasure is not undoable, and no command may keep the
    erased person's old values (the whole stack goes, which is simplest to trust)."""
    if (stack := stack_of(widget)) is not None:
        stack.clear()


def run_undoable(
    form: RecordForm[Any],
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    record_id: int | None,
    label: Callable[[T], str] | None = None,
) -> None:
    """Run ``work`` (a change to the form's record ``record_id``, None for a new one) as
    ``form.bg.run`` does, and put what it changed on the window's undo stack.

    ``label`` names the action from its result ("opslaan van Anna de Vries"); without it
    the label says what changed, at the record ("toevoegen van urenregel bij …").
    """
    stack = stack_of(form)
    if stack is None:
        form.bg.run(work, on_success, on_failure)
        return
    db, model = form.db, form.service.model
    at = form.title_of(form.record) if form.record is not None else ""

    def id_of(result: T) -> int | None:
        found = getattr(result, "id", None)
        return found if isinstance(found, int) else None

    def recorded() -> tuple[T, tuple[RowChange, ...]]:
        return run_and_record(db, model, record_id, work, id_of)

    def done(outcome: tuple[T, tuple[RowChange, ...]]) -> None:
        result, changes = outcome
        if label is not None:
            text = label(result)
        else:
            text = render(describe(changes)) + (tr_text(" bij %1").replace("%1", at) if at else "")
        stack.push(text, changes)
        on_success(result)

    form.bg.run(recorded, done, on_failure)


def saving(form: RecordForm[Any]) -> Callable[[Any], str]:
    """The label of a save: "opslaan van Anna de Vries"."""
    return lambda record: tr_text("opslaan van %1").replace("%1", form.title_of(record))


def deleting(form: RecordForm[Any]) -> Callable[[Any], str]:
    """The label of a delete: "verwijderen van initiatief Repair Café Dronten"."""
    noun = form.noun()
    for article in ("de ", "het ", "een "):
        noun = noun.removeprefix(article)
    title = form.title_of(form.record) if form.record is not None else ""
    text = tr_text("verwijderen van %1").replace("%1", f"{noun} {title}".strip())
    return lambda _result: text
