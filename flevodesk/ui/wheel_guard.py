"""The mouse wheel scrolls a form; it changes a dropdown or number only once it has focus.

Without this, scrolling a long form with the pointer passing over the "Status" dropdown
turned a volunteer into "Gestopt". The wheel event over an unfocused field goes to the
scroll area around it instead (handed on by hand: Qt passes an unaccepted wheel event to
the parent only when it came from the device, not when it was sent).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


class WheelGuard(QObject):
    """An event filter that gives wheel events over unfocused widgets to the scroll area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Wheel:
            return False
        if isinstance(watched, QWidget) and watched.hasFocus():
            return False
        area = _scroll_area_around(watched)
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)
        else:
            event.ignore()
        return True


def _scroll_area_around(watched: QObject) -> QAbstractScrollArea | None:
    parent = watched.parent()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent is not watched:
            return parent
        parent = parent.parent()
    return None


_GUARD: WheelGuard | None = None


def guard(widget: QWidget) -> None:
    """Let the wheel change ``widget`` only while it has focus; a click gives it focus,
    the wheel alone does not."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard()
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_GUARD)


def guard_children(root: QWidget) -> None:
    """:func:`guard` every dropdown and number box inside ``root`` (installing twice is
    harmless: Qt keeps one filter per object)."""
    for widget in root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox):
        guard(widget)
