"""Where the main window opens: inside the screen it opens on, as it was left on that screen.

A laptop's 1366x768 screen and a 1920x1200 monitor at the office want different windows,
so the geometry is remembered per screen (its name and size). A remembered geometry that
no longer fits (the screen's taskbar grew, the resolution went down) is pulled back inside.

Imported before the first paint: only QtCore classes here, never the ``Qt`` namespace.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize

#: What the window asks for on a screen that has room for it.
PREFERRED_SIZE = QSize(1280, 800)
#: Left free around a first window, so it does not look maximised by accident; more above
#: and below, where the window manager adds a title bar the geometry does not count.
_MARGIN = QSize(16, 40)
_KEY = "window/geometry"


class ScreenLike(Protocol):
    """What is used of a ``QScreen`` (tests hand a small laptop screen instead)."""

    def name(self) -> str: ...

    def size(self) -> QSize: ...

    def availableGeometry(self) -> QRect: ...  # noqa: N802


class WindowLike(Protocol):
    def saveGeometry(self) -> QByteArray: ...  # noqa: N802

    def restoreGeometry(self, geometry: QByteArray | bytes) -> bool: ...  # noqa: N802

    def frameGeometry(self) -> QRect: ...  # noqa: N802

    def geometry(self) -> QRect: ...

    def setGeometry(self, rect: QRect) -> None: ...  # noqa: N802

    def minimumSizeHint(self) -> QSize: ...  # noqa: N802


def geometry_key(screen: ScreenLike) -> str:
    """The settings key of the geometry on ``screen``: ``window/geometry/eDP-1 1366x768``."""
    size = screen.size()
    name = screen.name().replace("/", "_").replace("\\", "_") or "scherm"
    return f"{_KEY}/{name} {size.width()}x{size.height()}"


def first_geometry(available: QRect, wanted: QSize = PREFERRED_SIZE) -> QRect:
    """``wanted``, shrunk to fit ``available`` with a small margin, centred in it."""
    width = min(wanted.width(), max(available.width() - 2 * _MARGIN.width(), 0))
    height = min(wanted.height(), max(available.height() - 2 * _MARGIN.height(), 0))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def inside(rect: QRect, available: QRect) -> QRect:
    """``rect`` made no larger than ``available`` and moved until it lies within it."""
    fitted = QRect(rect)
    fitted.setWidth(min(rect.width(), available.width()))
    fitted.setHeight(min(rect.height(), available.height()))
    left = min(max(fitted.left(), available.left()), available.right() - fitted.width() + 1)
    top = min(max(fitted.top(), available.top()), available.bottom() - fitted.height() + 1)
    fitted.moveTo(left, top)
    return fitted


def place(window: WindowLike, settings: QSettings, screen: ScreenLike | None) -> None:
    """Give ``window`` the geometry it had on ``screen``, or a first one that fits it."""
    if screen is None:
        window.setGeometry(QRect(0, 0, PREFERRED_SIZE.width(), PREFERRED_SIZE.height()))
        return
    available = screen.availableGeometry()
    saved = settings.value(geometry_key(screen))
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        frame, inner = window.frameGeometry(), window.geometry()
        if not available.contains(frame):
            # The frame must fit; the geometry set is the part within the frame.
            fitted = inside(frame, available)
            window.setGeometry(
                fitted.adjusted(
                    inner.left() - frame.left(),
                    inner.top() - frame.top(),
                    inner.right() - frame.right(),
                    inner.bottom() - frame.bottom(),
                )
            )
        return
    window.setGeometry(first_geometry(available))


def remember(window: WindowLike, settings: QSettings, screen: ScreenLike | None) -> None:
    """Keep ``window``'s geometry for the screen it is on now."""
    if screen is not None:
        settings.setValue(geometry_key(screen), window.saveGeometry())
