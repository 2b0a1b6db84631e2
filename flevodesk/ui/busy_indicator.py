"""The status bar's sign that longer work runs: its ``busy`` text and a moving bar.

It follows :attr:`flevodesk.ui.background.Background.activity` and appears only when an
operation runs longer than :data:`SHOW_AFTER_MS`, so quick work does not make it flicker.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from flevodesk.ui.background import Background

#: How long an operation runs before the indicator shows.
SHOW_AFTER_MS = 300


class BusyIndicator(QWidget):
    """A label and an indeterminate progress bar; hidden while nothing long runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no known end: the bar moves to and fro
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        self._text = ""
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SHOW_AFTER_MS)
        self._delay.timeout.connect(self._appear)
        self.hide()

    def follow(self, bg: Background) -> None:
        """Show what ``bg``'s operations say they are busy with."""
        bg.activity.connect(self.show_activity)

    @Slot(str)
    def show_activity(self, text: str) -> None:
        """``text`` is what runs now; "" when nothing long runs any more."""
        self._text = text
        if not text:
            self._delay.stop()
            self.hide()
        elif self.isVisible():
            self.label.setText(text)
        elif not self._delay.isActive():
            self._delay.start()

    @Slot()
    def _appear(self) -> None:
        if self._text:
            self.label.setText(self._text)
            self.show()
