"""A record tab built from its kind's declaration (see ``ui/record_kind.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from flevodesk.ui.background import Background
from flevodesk.ui.kinds import BY_KEY
from flevodesk.ui.record_kind import RecordKind, Tool
from flevodesk.ui.record_tab import RecordTab

if TYPE_CHECKING:
    from flevodesk.services.setup import Database


def build_tab(
    kind: RecordKind,
    db: Database,
    bg: Background,
    parent: QWidget | None = None,
    *,
    load: bool = True,
) -> RecordTab:
    """The tab of ``kind``; ``load=False`` leaves its table empty until it is shown."""
    tab = RecordTab(db, bg, kind.listing(), kind.form(db, bg), kind.filters(), parent, load=load)
    for tool in kind.tools:
        tab.add_tool(_tool_button(tool, tab, db, bg))
    return tab


def record_tab(
    key: str, db: Database, bg: Background, parent: QWidget | None = None, *, load: bool = True
) -> RecordTab:
    """The tab of the kind called ``key`` ("person")."""
    return build_tab(BY_KEY[key], db, bg, parent, load=load)


def _tool_button(tool: Tool, tab: RecordTab, db: Database, bg: Background) -> QPushButton:
    button = QPushButton(tool.label())
    button.setToolTip(tool.tooltip())

    def open_dialog() -> None:
        # What the dialog changes reaches the tab over the change bus, not from here.
        dialog: QDialog = tool.dialog(db, bg, tab)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    button.clicked.connect(open_dialog)
    return button
