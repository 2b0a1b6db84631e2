"""Availability as a grid of days and dagdelen to tick, instead of ``ma-ochtend,za-middag``
typed by hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from flevodesk.domain.availability import (
    DAYS,
    FLEXIBEL,
    PARTS,
    read_availability,
    stored_availability,
)
from flevodesk.ui.fields import Field
from flevodesk.ui.texts import tr_text


def _day_names() -> dict[str, tuple[str, str]]:
    """Each stored day's short and full name, written out so translation finds them."""
    return {
        "ma": (tr_text("ma"), tr_text("maandag")),
        "di": (tr_text("di"), tr_text("dinsdag")),
        "wo": (tr_text("wo"), tr_text("woensdag")),
        "do": (tr_text("do"), tr_text("donderdag")),
        "vr": (tr_text("vr"), tr_text("vrijdag")),
        "za": (tr_text("za"), tr_text("zaterdag")),
        "zo": (tr_text("zo"), tr_text("zondag")),
    }


def _part_names() -> dict[str, str]:
    return {"ochtend": tr_text("ochtend"), "middag": tr_text("middag"), "avond": tr_text("avond")}


class AvailabilityField(Field):
    """Days across, ochtend/middag/avond down, and "flexibel" for moments to be agreed.

    The value is the stored text (``domain.availability.stored_availability``). A remark
    such as "om de week" goes in the field beside it, ``availability_note``, where the
    importer also puts availability it cannot read.
    """

    def __init__(self, name: str, label: str) -> None:
        super().__init__(name, label)
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        #: One box per stored value ("ma-ochtend", ..., "flexibel").
        self.boxes: dict[str, QCheckBox] = {}
        days, parts = _day_names(), _part_names()
        for column, day in enumerate(DAYS, start=1):
            heading = QLabel(days[day][0])
            heading.setToolTip(days[day][1])
            grid.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignHCenter)
        for row, part in enumerate(PARTS, start=1):
            grid.addWidget(QLabel(parts[part]), row, 0)
            for column, day in enumerate(DAYS, start=1):
                box = QCheckBox()
                spoken = f"{days[day][1]} {parts[part]}"
                box.setToolTip(spoken)
                box.setAccessibleName(spoken)
                self._keep(f"{day}-{part}", box)
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignHCenter)
        flexible = QCheckBox(tr_text("flexibel (in overleg)"))
        self._keep(FLEXIBEL, flexible)
        grid.addWidget(flexible, len(PARTS) + 1, 0, 1, len(DAYS) + 1)
        grid.setColumnStretch(len(DAYS) + 1, 1)

    def _keep(self, value: str, box: QCheckBox) -> None:
        box.toggled.connect(self._emit_changed)
        self.boxes[value] = box

    def value(self) -> str | None:
        return stored_availability(value for value, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: Any) -> None:
        chosen = set(read_availability(value if isinstance(value, str) else None).values)
        for stored, box in self.boxes.items():
            blocked = box.blockSignals(True)
            box.setChecked(stored in chosen)
            box.blockSignals(blocked)
