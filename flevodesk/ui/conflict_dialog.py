"""A save that finds a colleague's newer version: the user's edits go on top of it.

Where the colleague changed other fields, the user's changes are stored again on the new
version without a question (``services.three_way_merge`` decides, field by field); where
both changed the same field, :class:`ConflictDialog` shows the two values side by side and
the user picks per field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from flevodesk.message_text import render
from flevodesk.services.errors import StaleRecord
from flevodesk.services.records import moment_message
from flevodesk.services.three_way_merge import Clash, three_way
from flevodesk.ui.fields import CheckListField, ComboField, Field
from flevodesk.ui.formatting import format_value
from flevodesk.ui.forms.base import RecordForm
from flevodesk.ui.texts import tr_later, tr_text

if TYPE_CHECKING:
    from flevodesk.ui.record_tab import RecordTab

#: What a field without a value shows in the dialog.
EMPTY = tr_later("(leeg)")


def colleague_of(stale: StaleRecord) -> str:
    """Who saved first, as the dialog and the status bar name them."""
    return stale.changed_by or tr_text("een collega")


def save_on_top(
    tab: RecordTab,
    error: BaseException,
    values: Mapping[str, Any],
    saved: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    done: Callable[[bool], None],
) -> bool:
    """Whether ``error``, the refusal of a save of ``values``, was a colleague's newer
    version, now taken care of: the user's edits are stored on that version (asking where
    both changed a field) and ``saved`` or ``failed`` is called as for the first save; the
    status bar says so. When the user cancels the choice, ``done(False)``."""
    form = tab.form
    if not isinstance(error, StaleRecord) or form.record_id is None:
        return False
    merged = on_top_of(tab, form, error, values)
    if merged is None:
        tab.message.emit(not_saved_note(error))
        done(False)
        return True
    service, record_id, newer = form.service, form.record_id, error.current.version

    def stored(record: Any) -> None:
        saved(record)
        tab.message.emit(saved_on_top_note(form.title_of(record), error))

    tab.bg.run(lambda: service.update(record_id, newer, merged), stored, failed)
    return True


def on_top_of(
    parent: QWidget | None, form: RecordForm[Any], stale: StaleRecord, values: Mapping[str, Any]
) -> dict[str, Any] | None:
    """What to store on the colleague's version (``stale.current``): the user's own
    changes, with the choice of :class:`ConflictDialog` where both changed a field;
    ``None`` when the user cancels that dialog (nothing is stored, the edits stay)."""
    loaded = form.record
    if loaded is None:
        return None
    edited = set(form.edited())
    base = {name: form.value_of(loaded, name) for name in form.fields}
    theirs = {name: form.value_of(stale.current, name) for name in form.fields}
    # The user's values only where the form measured an edit: a field left alone keeps
    # the loaded value, so it can never undo the colleague's change.
    mine = {name: values[name] if name in edited else base[name] for name in form.fields}
    merge = three_way(base, mine, theirs)
    if not merge.clashes:
        return merge.values
    dialog = ConflictDialog(form, merge.clashes, stale, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return merge.resolved(dialog.kept_mine())


def saved_on_top_note(title: str, stale: StaleRecord) -> str:
    """The status bar's line after a save that went on top of a colleague's."""
    return (
        tr_text("Opgeslagen: %1, samen met de wijziging van %2 (%3).")
        .replace("%1", title)
        .replace("%2", colleague_of(stale))
        .replace("%3", render(moment_message(stale.changed_at)))
    )


def not_saved_note(stale: StaleRecord) -> str:
    """The status bar's line when the user cancelled the choice."""
    return tr_text("Niet opgeslagen: %1 Uw wijzigingen staan nog in het formulier.").replace(
        "%1", render(stale.translatable)
    )


def value_text(field: Field, value: Any) -> str:
    """A value as the field shows it: a pick by its label, a date the Dutch way."""
    if isinstance(field, ComboField):
        index = field.combo.findData(value) if value is not None else -1
        text = field.combo.itemText(index) if index >= 0 else format_value(value)
    elif isinstance(field, CheckListField):
        picked = set(value or ())
        text = ", ".join(box.text() for box, option in field.boxes if option in picked)
    else:
        text = format_value(value)
    return text or tr_text(EMPTY)


class ConflictDialog(QDialog):
    """Per field both changed: the user's value and the colleague's side by side, one of
    them chosen (the user's own at first). Opslaan stores the choice on the colleague's
    version; Annuleren stores nothing."""

    def __init__(
        self,
        form: RecordForm[Any],
        clashes: Sequence[Clash],
        stale: StaleRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_text("Tegelijk gewijzigd"))
        who, moment = colleague_of(stale), render(moment_message(stale.changed_at))
        layout = QVBoxLayout(self)
        intro = QLabel(
            render(stale.translatable)
            + " "
            + tr_text("U heeft dezelfde velden gewijzigd; kies per veld welke waarde blijft.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        headers = (
            tr_text("Veld"),
            tr_text("Uw waarde"),
            tr_text("Waarde van %1 (%2)").replace("%1", who).replace("%2", moment),
        )
        for column, header in enumerate(headers):
            label = QLabel(f"<b>{header}</b>")
            grid.addWidget(label, 0, column)
        #: Per field: the button that keeps the user's value and the colleague's.
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, clash in enumerate(clashes, start=1):
            field = form.fields[clash.field]
            name = QLabel(field.label or clash.field)
            mine = QRadioButton(value_text(field, clash.mine))
            theirs = QRadioButton(value_text(field, clash.theirs))
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            mine.setChecked(True)
            name.setBuddy(mine)
            grid.addWidget(name, row, 0)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.choices[clash.field] = (mine, theirs)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(self)
        buttons.addButton(tr_text("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr_text("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, field: str, *, mine: bool) -> None:
        """Keep the user's value of ``field`` (``mine``) or the colleague's."""
        keep_mine, keep_theirs = self.choices[field]
        (keep_mine if mine else keep_theirs).setChecked(True)

    def kept_mine(self) -> set[str]:
        """The fields whose own value the user keeps."""
        return {field for field, (mine, _theirs) in self.choices.items() if mine.isChecked()}
