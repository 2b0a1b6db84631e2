"""The first rows on screen before the data layer has loaded.

Straight after the first paint, :func:`show_first_rows` reads the current tab's first rows
by the plan the run before remembered (see ``services/first_rows.py``), on a thread of its
own with the standard library's ``sqlite3``, and shows them in a plain table in the tab's
place. Only then does the usual opening begin (lock, checks, imports, tabs); the record tab
takes the table's place once it has read its own first page. Without a plan (the very first
start), or when anything is in doubt, nothing is shown early and nothing is lost.

This module is part of the start-up (the composition root with ``app.py`` and
``startup.py``) and imports neither SQLAlchemy nor the services.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from flevodesk.store.first_rows import FirstRowsPlan, PlanColumn, plan_from_json, read_first_rows
from flevodesk.ui.formatting import format_value
from flevodesk.ui.texts import tr_text

if TYPE_CHECKING:
    from flevodesk.ui.main_window import MainWindow
    from flevodesk.ui.record_tab import RecordTab

PLAN_KEY = "firstRows/plan"
PATH_KEY = "firstRows/path"
#: The opening does not wait longer than this for the early rows (a slow disk).
WAIT_MS = 300

AnyIndex = QModelIndex | QPersistentModelIndex


class FirstRowsModel(QAbstractTableModel):
    """Rows as text, read once; the record tab's own model replaces it."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        super().__init__()
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()][index.column()]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class FirstRowsView(QTableView):
    """The early table: looks like the record tab's, reads only, and says it is loading.

    ``painted`` once its rows have been painted: only then may the opening take the UI
    thread for its imports, or the rows would wait for them after all.
    """

    painted = Signal()

    def __init__(self, model: FirstRowsModel) -> None:
        super().__init__()
        model.setParent(self)
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setToolTip(self.tr("Het programma wordt geladen…"))
        self.resizeColumnsToContents()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)


def shown_text(column: PlanColumn, raw: Any) -> str:
    """What the record tab's table shows for ``raw``, the value as SQLite stores it."""
    if raw is None:
        return ""
    kind = column.kind
    value: Any = raw
    try:
        if kind == "date":
            value = date.fromisoformat(str(raw))
        elif kind == "money":
            value = (Decimal(int(raw)) / 100).quantize(Decimal("0.01"))
        elif kind == "bool":
            value = bool(raw)
        elif kind.startswith("enum:"):
            _, module, name = kind.split(":", 2)
            value = getattr(import_module(module), name)(raw)
    except (ValueError, TypeError, AttributeError, ImportError):
        value = raw
    return format_value(value)


class _Reader(QObject):
    arrived = Signal(object)


def show_first_rows(window: MainWindow, path: Path | None, then: Callable[[], None]) -> None:
    """Put the current tab's first rows on screen if the remembered plan can read them,
    then call ``then`` (the usual opening); at once when there is nothing to show."""
    from flevodesk.ui.kinds import RECORD_KINDS

    index = window.tabs.currentIndex()
    plan = plan_from_json(window.settings.value(PLAN_KEY, ""))
    usable = (
        plan is not None
        and path is not None
        and window.settings.value(PATH_KEY, "") == str(path)
        and 0 <= index < len(RECORD_KINDS)
        and RECORD_KINDS[index].key == plan.kind
    )
    if not usable or plan is None or path is None:
        then()
        return
    reader = _Reader(window)
    started = [False]

    def go_on() -> None:
        if not started[0]:
            started[0] = True
            reader.deleteLater()
            then()

    @Slot(object)
    def arrived(rows: list[tuple[Any, ...]] | None) -> None:
        if rows and not started[0] and window.db is None:
            texts = [
                [shown_text(c, v) for c, v in zip(plan.columns, row[1:], strict=False)]
                for row in rows
            ]
            headers = [tr_text(c.header) for c in plan.columns]  # as the tab's table says them
            view = FirstRowsView(FirstRowsModel(headers, texts))
            view.painted.connect(window.rows_painted)
            view.painted.connect(go_on)
            window.show_early_rows(index, view)
            return
        go_on()

    reader.arrived.connect(arrived, Qt.ConnectionType.QueuedConnection)
    threading.Thread(
        target=lambda: reader.arrived.emit(read_first_rows(path, plan)),
        name="first-rows",
        daemon=True,
    ).start()
    QTimer.singleShot(WAIT_MS, go_on)


def when_first_page(window: MainWindow, kind: str, tab: RecordTab, early: QWidget | None) -> None:
    """Once ``tab`` (on screen) has its own first page: put it in place of the ``early``
    rows, or say its rows are painted when there were none, and remember the plan."""

    def then() -> None:
        tab.model.loaded.disconnect(then)
        if early is None:
            window.rows_painted.emit()
        else:
            window.put_in_place(early, tab)
        remember_plan(window, kind, tab)

    tab.model.loaded.connect(then)


def remember_plan(window: MainWindow, kind: str, tab: RecordTab) -> None:
    """Once ``tab`` has its first page, remember how to read it early on the next start."""
    db = window.db
    if db is None or db.path is None or window.bg is None:
        return
    from flevodesk.services.first_rows import first_rows_plan

    listing = tab.model.listing
    path = str(db.path)

    def store(plan: FirstRowsPlan) -> None:
        window.settings.setValue(PLAN_KEY, plan.to_json())
        window.settings.setValue(PATH_KEY, path)

    window.bg.run(lambda: first_rows_plan(kind, listing), store, lambda _error: None)
