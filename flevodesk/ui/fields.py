"""Editors for one model attribute each, with the same small interface.

A form reads ``value()`` (parse errors raise ``ValidationError`` naming the attribute),
writes ``set_value()``, and learns of edits through ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from flevodesk.domain.errors import ValidationError
from flevodesk.domain.parsing import parse_date, parse_hours, parse_int
from flevodesk.services.lookups import Choice
from flevodesk.ui.formatting import format_date, format_money, label_of
from flevodesk.ui.texts import tr_text
from flevodesk.ui.wheel_guard import guard

#: A domain rule for one value (``clean_email``): raises ``ValidationError`` naming the field.
Check = Callable[[str, Any], object]


class Field(QObject):
    """One attribute's editor; subclasses set ``widget`` and convert values.

    ``required`` (the Dutch message when the field is left empty, "" for none) and
    ``check`` are the domain's rules for this one value, so a form can mark required fields
    and name every wrong field at once before it asks the service to save.
    """

    changed = Signal()

    def __init__(self, name: str, label: str) -> None:
        super().__init__()
        self.name = name
        self.label = label
        self.widget: QWidget = QWidget()
        self.required = ""
        self.check: Check | None = None

    def problem(self) -> ValidationError | None:
        """What is wrong with the value now shown (unreadable, missing or against its
        check), or ``None``."""
        try:
            value = self.value()
            if value is None or value == "" or value == []:
                return ValidationError(self.name, self.required) if self.required else None
            if self.check is not None:
                self.check(self.name, value)
        except ValidationError as error:
            return error
        return None

    def shown(self) -> object:
        """The value as it stands, to compare with the one loaded; text that cannot be read
        yet counts as itself."""
        try:
            return self.value()
        except ValidationError:
            return (_UNREADABLE, self.raw_text())

    def raw_text(self) -> str:
        """The text as typed, for values that cannot be read."""
        edit = getattr(self, "edit", None)
        return edit.text() if isinstance(edit, QLineEdit) else ""

    @Slot(bool)
    @Slot(int)
    @Slot(str)
    def _emit_changed(self, *_args: object) -> None:
        # A slot that drops the argument: forwarding toggled(bool) straight into this
        # argument-less signal crashed PySide6 6.12 at exit (a bool's refcount went wrong).
        self.changed.emit()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


_UNREADABLE = object()


class LineField(Field):
    """One line of typed text; each subclass says what the text means."""

    def __init__(self, name: str, label: str, placeholder: str = "") -> None:
        super().__init__(name, label)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.textEdited.connect(self._emit_changed)
        self.widget = self.edit

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class TextField(LineField):
    def value(self) -> str | None:
        return self.edit.text().strip() or None


class LongTextField(Field):
    def __init__(self, name: str, label: str, lines: int = 3) -> None:
        super().__init__(name, label)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        height = self.edit.fontMetrics().lineSpacing() * lines + 12
        self.edit.setFixedHeight(height)
        self.edit.textChanged.connect(self._on_text)
        self._setting = False
        self.widget = self.edit

    @Slot()
    def _on_text(self) -> None:
        if not self._setting:
            self.changed.emit()

    def value(self) -> str | None:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self._setting = True
        try:
            self.edit.setPlainText("" if value is None else str(value))
        finally:
            self._setting = False


class DateField(LineField):
    """A date typed as dd-mm-jjjj: quicker with the keyboard than a calendar."""

    def __init__(self, name: str, label: str) -> None:
        super().__init__(name, label, tr_text("dd-mm-jjjj"))
        width = self.edit.fontMetrics().horizontalAdvance("00-00-00000") + 24
        self.edit.setMaximumWidth(width)

    def value(self) -> date | None:
        return parse_date(self.name, self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText(format_date(value) if isinstance(value, date) else "")


class MoneyField(LineField):
    """Euros as a Dutch reader writes them; the domain parses "1.234,56" exactly."""

    def __init__(self, name: str, label: str) -> None:
        super().__init__(name, label, tr_text("0,00"))
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        width = self.edit.fontMetrics().horizontalAdvance("000.000.000,00") + 24
        self.edit.setMaximumWidth(width)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(format_money(value, symbol=False) if isinstance(value, Decimal) else "")


class IntField(LineField):
    def __init__(self, name: str, label: str) -> None:
        super().__init__(name, label)
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("0000000") + 24)

    def value(self) -> int | None:
        return parse_int(self.name, self.edit.text())


class BoolField(Field):
    def __init__(self, name: str, label: str, text: str = "") -> None:
        super().__init__(name, label)
        self.box = QCheckBox(text)
        self.box.toggled.connect(self._emit_changed)
        self.widget = self.box

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ComboField(Field):
    """A pick from (label, value) pairs; an optional empty first entry stands for None."""

    def __init__(
        self,
        name: str,
        label: str,
        options: Sequence[tuple[str, Any]] = (),
        *,
        empty: str | None = None,
        searchable: bool = False,
    ) -> None:
        super().__init__(name, label)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        guard(self.combo)
        self._empty = empty
        self._searchable = searchable
        #: The value last given, kept while the options that hold it have not arrived.
        self._wanted: Any = None
        if searchable:
            # Thousands of initiatives: type part of a name instead of scrolling.
            self.combo.setEditable(True)
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.combo.completer()
            assert completer is not None, "an editable combo box has a completer"
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.set_options(options)
        self.combo.currentIndexChanged.connect(self._remember)
        self.combo.currentIndexChanged.connect(self._emit_changed)
        self.widget = self.combo

    @Slot(int)
    def _remember(self, _index: int) -> None:
        self._wanted = self.value()

    def set_options(self, options: Sequence[tuple[str, Any]]) -> None:
        current = self.value()
        wanted = current if current is not None else self._wanted
        # New options are no edit: the form must not call itself changed when they arrive.
        blocked = self.combo.blockSignals(True)
        self.combo.clear()
        if self._empty is not None:
            self.combo.addItem(self._empty, None)
        for text, value in options:
            self.combo.addItem(text, value)
        self.set_value(wanted)
        self.combo.blockSignals(blocked)

    def value(self) -> Any:
        index = self.combo.currentIndex()
        if (
            self._searchable
            and index >= 0
            and self.combo.currentText() != self.combo.itemText(index)
        ):
            return None
        return self.combo.itemData(index) if index >= 0 else None

    def set_value(self, value: Any) -> None:
        self._wanted = value
        index = self.combo.findData(value) if value is not None else -1
        if index < 0 and self._empty is not None:
            index = 0
        self.combo.setCurrentIndex(index)


def enum_options(enum: type[Enum]) -> list[tuple[str, Any]]:
    """(label, member) for every member, in the enum's own order."""
    return [(label_of(member), member) for member in enum]


def choice_options(choices: Sequence[Choice]) -> list[tuple[str, Any]]:
    return [(choice.label, choice.id) for choice in choices]


class CheckListField(Field):
    """Several picks from a short list (themes, audiences): check boxes in columns."""

    def __init__(
        self, name: str, label: str, options: Sequence[tuple[str, Any]] = (), columns: int = 2
    ) -> None:
        super().__init__(name, label)
        self.widget = QWidget()
        self._grid = QGridLayout(self.widget)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = columns
        self.boxes: list[tuple[QCheckBox, Any]] = []
        #: The picks last given, kept while the options that hold them have not arrived.
        self._wanted: list[Any] = []
        self.set_options(options)

    def set_options(self, options: Sequence[tuple[str, Any]]) -> None:
        current = self.value() if self.boxes else self._wanted
        for box, _value in self.boxes:
            self._grid.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        rows = (len(options) + self._columns - 1) // self._columns or 1
        for number, (text, value) in enumerate(options):
            box = QCheckBox(text)
            box.toggled.connect(self._emit_changed)
            # Fill column by column, so an alphabetical list reads downwards.
            self._grid.addWidget(box, number % rows, number // rows)
            self.boxes.append((box, value))
        self.set_value(current)

    def value(self) -> list[Any]:
        return [value for box, value in self.boxes if box.isChecked()]

    def set_value(self, value: Any) -> None:
        self._wanted = list(value or [])
        wanted = set(self._wanted)
        for box, option in self.boxes:
            blocked = box.blockSignals(True)
            box.setChecked(option in wanted)
            box.blockSignals(blocked)


class HoursMinutesField(Field):
    """Hours and minutes side by side, typed without the mouse; the hours box also takes
    "1,5", "1:30", "90 min" or "2 uur" alone (see ``domain.parsing.parse_hours``)."""

    def __init__(self, name: str, label: str) -> None:
        super().__init__(name, label)
        self.widget = QWidget()
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(tr_text("uren"))
        self.hours.setToolTip(tr_text("Bijvoorbeeld 2, 1,5, 1:30, 90 min of 2 uur"))
        self.minutes = QLineEdit()
        self.minutes.setPlaceholderText(tr_text("min"))
        self.hours.setMaximumWidth(self.hours.fontMetrics().horizontalAdvance("00 min 00") + 24)
        self.minutes.setMaximumWidth(self.minutes.fontMetrics().horizontalAdvance("00000") + 24)
        for edit in (self.hours, self.minutes):
            edit.textEdited.connect(self._emit_changed)
            layout.addWidget(edit)
        layout.addStretch(1)

    def value(self) -> tuple[int, int]:
        return parse_hours(self.name, self.hours.text(), self.minutes.text())

    def raw_text(self) -> str:
        return f"{self.hours.text()}|{self.minutes.text()}"

    def set_value(self, value: Any) -> None:
        hours, minutes = value if value else ("", "")
        self.hours.setText(str(hours))
        self.minutes.setText(str(minutes))
