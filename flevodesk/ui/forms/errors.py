"""Show a ``ValidationError`` beside the widget of the attribute it names."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from flevodesk.ui.texts import tr_text

_ERROR_STYLE = "color: #b00020;"
_INVALID_PROPERTY = "invalid"
_INVALID_BORDER = "border: 1px solid #b00020;"
_NOTE_STYLE = (
    "QLabel { background: #e8f0fe; border: 1px solid #8ab4f8; border-radius: 3px; "
    "padding: 4px; color: #174ea6; }"
)


def error_label() -> QLabel:
    """A hidden, word-wrapping red label that sits under a field."""
    label = QLabel()
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def outside_search_note() -> QLabel:
    """A hidden note over a form whose record the tab's search or filters leave out of the
    list: the record stays in the form, with its edits, and saves as usual."""
    label = QLabel(tr_text("Dit record valt buiten de huidige zoekopdracht."))
    label.setStyleSheet(_NOTE_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class FieldErrors:
    """Maps attribute names to their widget and error label; unknown names go to ``general``.

    ``ValidationError.field`` is the model's attribute name, so the same name registered
    here puts the Dutch message right under the widget the user has to change.
    """

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, QLabel, str]] = {}

    def register(self, name: str, widget: QWidget, label: QLabel, caption: str) -> None:
        self._fields[name] = (widget, label, caption)

    def show(self, name: str, message: str) -> QWidget | None:
        """Display ``message`` at field ``name``; returns the widget to give focus to."""
        if name in self._fields:
            widget, label, _caption = self._fields[name]
            label.setText(message)
            label.setVisible(True)
            widget.setProperty(_INVALID_PROPERTY, True)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                # Only a text box gets the red border: on a dropdown or a group of boxes a
                # style sheet replaces the native look and spreads to every child.
                widget.setStyleSheet(_INVALID_BORDER)
            return widget
        self.general.setText(message)
        self.general.setVisible(True)
        return None

    def message(self, name: str) -> str:
        """The message now shown at ``name`` ("" when none), mostly for tests."""
        if name in self._fields:
            label = self._fields[name][1]
            return label.text() if not label.isHidden() else ""
        return self.general.text() if not self.general.isHidden() else ""

    def hide(self, name: str) -> None:
        """Take the message at field ``name`` away (the user fixed it)."""
        if name in self._fields:
            widget, label, _caption = self._fields[name]
            if not label.isHidden():
                label.clear()
                label.setVisible(False)
                widget.setProperty(_INVALID_PROPERTY, False)
                if widget.styleSheet() == _INVALID_BORDER:
                    widget.setStyleSheet("")
        else:
            self.general.clear()
            self.general.setVisible(False)

    def clear(self) -> None:
        for name in self._fields:
            self.hide(name)
        self.general.clear()
        self.general.setVisible(False)

    def summary(self, names: Sequence[str]) -> str:
        """The status bar's line for errors at ``names``: "Niet opgeslagen: controleer
        Naam, E-mail." (the fields' captions, each once, in the order given)."""
        captions = list(dict.fromkeys(self._caption(name) for name in names))
        if not captions:
            return ""
        return tr_text("Niet opgeslagen: controleer %1.").replace("%1", ", ".join(captions))

    def _caption(self, name: str) -> str:
        caption = self._fields[name][2] if name in self._fields else ""
        return caption or tr_text("het formulier")
