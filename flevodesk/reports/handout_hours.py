"""Where an initiative's hours went, on its handout: each activity on a line of its own
with a bar for its share and its hours written out, so the chart reads in black and
white as well.

Drawn straight on the canvas: a table of paragraphs per row cost a stack of handouts more
than all its other blocks together, for lines that never need more than a plain split.
"""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from flevodesk.reports import styles as st
from flevodesk.reports.formatting import number, typographic
from flevodesk.reports.wording import words

#: The activity's name takes this share of the width, its hours this much at the end.
_LABEL_SHARE = 0.4
_HOURS = 52.0
_LEADING = 11.0
#: White between two activities, and between a name and its bar.
_ROW_GAP = 3.0
_GAP = 8.0
_BAR = 7.0


def whole_hours(minutes: int) -> str:
    """Hours as a resident counts them on a handout: whole, with thousands dots."""
    return number(round(minutes / 60))


class ActivityHours(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Each activity, a bar as long as its share of the largest, and its hours."""

    def __init__(self, spent: tuple[tuple[str, int], ...]) -> None:
        super().__init__()
        self.spent = spent
        self._rows: list[tuple[list[str], float, str]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        label = availWidth * _LABEL_SHARE - _GAP
        most = max((minutes for _, minutes in self.spent), default=0) or 1
        self._rows = [
            (
                # A name longer than its place wraps at its spaces, never past it.
                simpleSplit(typographic(name), st.FONT, st.SIZE_BODY, label) or [""],
                minutes / most,
                words("{hours} uur").format(hours=whole_hours(minutes)),
            )
            for name, minutes in self.spent
        ]
        self.height = sum(len(lines) * _LEADING + _ROW_GAP for lines, _, _ in self._rows)
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        bar_x = self.width * _LABEL_SHARE
        bar_width = self.width - bar_x - _HOURS
        top = self.height
        for lines, share, hours in self._rows:
            baseline = top - st.SIZE_BODY
            canvas.setFillColor(st.INK)
            canvas.setFont(st.FONT, st.SIZE_BODY)
            for index, line in enumerate(lines):
                canvas.drawString(0, baseline - index * _LEADING, line)
            canvas.drawRightString(self.width, baseline, hours)
            canvas.setFillColor(st.ACCENT)
            canvas.rect(bar_x, baseline - 0.5, max(share * bar_width, 2.0), _BAR, stroke=0, fill=1)
            top -= len(lines) * _LEADING + _ROW_GAP
