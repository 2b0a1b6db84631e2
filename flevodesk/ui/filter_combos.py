"""A record tab's filter combos, filled from their declarations and the database's choices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from flevodesk.ui.choices import Choices
from flevodesk.ui.record_kind import FilterSpec, Options

#: How many letters of its choice a closed filter shows ("Alle gemeen…" for longer ones).
FILTER_LETTERS = 10


class ElidingCombo(QComboBox):
    """A closed combo that ends a choice too long for it with "…" (Qt's own cuts it off
    mid-letter) and names the whole choice in its tooltip."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self.setAccessibleName(label)
        self.currentTextChanged.connect(self.name_choice)
        self.name_choice()

    def shown_text(self) -> str:
        """The current choice as the closed combo paints it."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, room.width()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    @Slot()
    def name_choice(self) -> None:
        """Put the whole current choice in the tooltip (after refilling with signals off
        too)."""
        text = self.currentText()
        self.setToolTip(f"{self._label}: {text}" if text else self._label)


class FilterCombos(QObject):
    """One combo per :class:`FilterSpec`; ``changed`` when the user picks another value.

    Options that come from the database (``FilterSpec.choices``) are filled whenever the
    :class:`Choices` are read again, and again after every pick, because one filter's
    options may depend on another's value (the areas of the chosen municipality).
    """

    changed = Signal()

    def __init__(
        self, specs: Sequence[FilterSpec], choices: Choices | None, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._specs = {spec.key: spec for spec in specs}
        self._choices = choices
        self.combos: dict[str, ElidingCombo] = {}
        for spec in specs:
            combo = ElidingCombo(spec.label)
            # Not as wide as the longest option: four filters and a search must fit a
            # 1024-pixel screen; the open list still shows options whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(FILTER_LETTERS)
            _fill(combo, spec.options, spec.all_text)
            combo.currentIndexChanged.connect(self._picked)
            self.combos[spec.key] = combo
        if choices is not None:
            choices.updated.connect(self.fill_choices)
            self.fill_choices()

    def values(self) -> dict[str, Any]:
        """The chosen value per filter key (``None`` for "all")."""
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def set_options(self, key: str, options: Options, all_text: str) -> None:
        """New options for one filter, keeping its choice where it is still offered."""
        combo = self.combos[key]
        blocked = combo.blockSignals(True)
        current = combo.currentData()
        _fill(combo, options, all_text)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(blocked)
        combo.name_choice()

    @Slot()
    def fill_choices(self) -> None:
        if self._choices is None:
            return
        for key, spec in self._specs.items():
            if spec.choices is not None:
                options = spec.choices(self._choices.lists, self.values())
                self.set_options(key, options, spec.all_text)

    @Slot(int)
    def _picked(self, _index: int) -> None:
        self.fill_choices()
        self.changed.emit()


def _fill(combo: QComboBox, options: Options, all_text: str) -> None:
    combo.clear()
    combo.addItem(all_text, None)
    for text, value in options:
        combo.addItem(text, value)
