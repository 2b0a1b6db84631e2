"""What every detail form shares: fields in a form layout, errors at the field, dirtiness."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from flevodesk.domain.errors import ValidationError
from flevodesk.message_text import render
from flevodesk.services.records import Details, RecordService
from flevodesk.ui.background import Background
from flevodesk.ui.choices import shared_choices
from flevodesk.ui.fields import Check, Field
from flevodesk.ui.forms.errors import FieldErrors, error_label, outside_search_note
from flevodesk.ui.forms.related_table import RelatedTable as RelatedTable
from flevodesk.ui.undo_stack import run_undoable
from flevodesk.ui.wheel_guard import guard_children

if TYPE_CHECKING:
    from flevodesk.services.setup import Database


#: After the label of a field that may not be left empty.
REQUIRED_MARK = " *"
_REQUIRED = "is verplicht"

#: The kind of field :meth:`RecordForm.add` was given is the kind it hands back.
F = TypeVar("F", bound=Field)
#: The details the form's service hands back and the form shows.
D = TypeVar("D", bound=Details)


class RecordForm(QWidget, Generic[D]):
    """A detail form for one kind of record; subclasses add fields in :meth:`build`.

    Everything the form and its panels show of a record comes from the one frozen
    ``D`` its service's ``get`` (or a save, or an action on a related row) hands back on
    the worker; showing a record reads nothing from the database.

    Signals:
        dirty_changed: the form went from saved to edited or back.
    """

    dirty_changed = Signal()
    loaded = Signal()

    #: Tables the related panels show beyond the listing's (hours, consents): a change to
    #: one of them reads the record in the form again.
    shows_tables: frozenset[str] = frozenset()

    def __init__(self, db: Database, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bg = background
        self.service: RecordService[Any, D] = self.make_service()
        self.record: D | None = None
        self.fields: dict[str, Field] = {}
        #: The label in front of each field, by attribute name.
        self.labels: dict[str, QLabel] = {}
        #: Under each panel whose buttons store at once, naming the record they act on.
        self.immediate_notes: list[QLabel] = []
        self._dirty = False
        #: What the fields showed right after loading: edits are measured against it.
        self._loaded: dict[str, object] = {}
        self._loading = False
        #: The pickers' choices, read off the UI thread; refresh_lookups fills the pickers.
        self.choices = shared_choices(db, background)
        self.choices.updated.connect(self._choices_updated)

        self._layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self._layout.addWidget(self.heading)
        self.outside_search = outside_search_note()  # the record tab's table shows it
        self._layout.addWidget(self.outside_search)
        self.general_error = error_label()
        self._layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addLayout(self.form)
        self.build()
        if any(field.required for field in self.fields.values()):
            legend = QLabel(
                QCoreApplication.translate("RecordForm", "Velden met %1 zijn verplicht.").replace(
                    "%1", REQUIRED_MARK.strip()
                )
            )
            legend.setEnabled(False)  # drawn in the muted colour of the style
            self._layout.insertWidget(1, legend)
        # Dropdowns the panels made themselves (a role picker) scroll the form as well.
        guard_children(self)
        self._layout.addStretch(1)
        self.load(None)

    # --- for subclasses -----------------------------------------------------------------

    def make_service(self) -> RecordService[Any, D]:
        raise NotImplementedError

    def build(self) -> None:
        """Add the fields (:meth:`add`) and related panels (:meth:`add_section`)."""

    def noun(self) -> str:
        """ "het initiatief": used in questions about this form."""
        return QCoreApplication.translate("RecordForm", "dit record")

    def title_of(self, record: D) -> str:
        return str(getattr(record, "name", "") or "")

    def new_title(self) -> str:
        return QCoreApplication.translate("RecordForm", "Nieuw")

    def defaults(self) -> dict[str, Any]:
        """Values a new record starts with (before the user types anything)."""
        return {}

    def value_of(self, record: D, name: str) -> Any:
        """The value a field shows for a record; override for links given as ids."""
        return getattr(record, name, None)

    def show_related(self, record: D | None) -> None:
        """Fill the related panels for ``record`` (None for a new record)."""

    # --- building -----------------------------------------------------------------------

    def add(
        self,
        field: F,
        layout: QFormLayout | None = None,
        *,
        required: bool | str = False,
        check: Check | None = None,
    ) -> F:
        """Add ``field`` to the main form (or to ``layout``, a section's own form); a field
        without a label spans the whole row, for wide editors such as a budget table.

        ``required`` marks the label and is the domain's message when the field is left
        empty (``True`` says "is verplicht"); ``check`` is the domain rule for its value
        (``clean_email``). Both are checked for every field at once before saving.
        """
        if required:
            field.required = required if isinstance(required, str) else _REQUIRED
        field.check = check
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field.widget)
        message = error_label()
        column.addWidget(message)
        target = layout if layout is not None else self.form
        if field.label:
            label = QLabel(field.label + (REQUIRED_MARK if field.required else ""))
            if field.required:
                label.setToolTip(QCoreApplication.translate("RecordForm", "Verplicht"))
            self.labels[field.name] = label
            label.setBuddy(field.widget)
            target.addRow(label, container)
        else:
            target.addRow(container)
        self.errors.register(field.name, field.widget, message, field.label)
        self.fields[field.name] = field
        field.changed.connect(lambda: self._on_edit(field))
        return field

    def section_form(self, title: str) -> QFormLayout:
        """A new titled section with its own form layout, for :meth:`add` to fill."""
        box = QWidget()
        layout = QFormLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_section(title, box)
        return layout

    def add_section(self, title: str, widget: QWidget, *, immediate: bool = False) -> None:
        """A titled panel under the fields; ``immediate`` when its buttons store at once
        (Inzet toevoegen, Uren boeken): a line under the title says so and names the
        record they act on, since Opslaan is not needed there."""
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 12, 0, 0)
        self._layout.addWidget(heading)
        if immediate:
            note = QLabel()
            note.setWordWrap(True)
            note.setEnabled(False)  # the style's muted colour: a remark, not a field
            self.immediate_notes.append(note)
            self._layout.addWidget(note)
        self._layout.addWidget(widget)

    def _say_what_acts_at_once(self, record: D | None) -> None:
        if record is None:
            text = QCoreApplication.translate(
                "RecordForm", "Eerst opslaan; daarna wordt wat u hier doet meteen vastgelegd."
            )
        else:
            text = QCoreApplication.translate(
                "RecordForm", "Wordt meteen vastgelegd bij %1, zonder Opslaan."
            ).replace("%1", self.describe())
        for note in self.immediate_notes:
            note.setText(text)

    # --- state --------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self.record.id if self.record is not None else None

    @property
    def version(self) -> int | None:
        return self.record.version if self.record is not None else None

    @property
    def dirty(self) -> bool:
        """Whether a field shows another value than the record had when it was loaded
        (typing a letter and deleting it again is no edit)."""
        return self._dirty

    def describe(self) -> str:
        """How questions name what is being edited: "het initiatief 'Taalcafé Poort'"."""
        title = self.title_of(self.record) if self.record is not None else ""
        return f"{self.noun()} '{title}'" if title else self.noun()

    def load(self, record: D | None) -> None:
        """Show ``record`` (or an empty new one for ``None``) and forget earlier edits."""
        self._loading = True
        try:
            self.record = record
            self.errors.clear()
            defaults = self.defaults() if record is None else {}
            for name, field in self.fields.items():
                value = defaults.get(name) if record is None else self.value_of(record, name)
                field.set_value(value)
            self.heading.setText(self.new_title() if record is None else self.title_of(record))
            self.show_related(record)
            self._say_what_acts_at_once(record)
        finally:
            self._loading = False
        self._loaded = self._shown()
        self._set_dirty(False)
        self.loaded.emit()

    def _shown(self) -> dict[str, object]:
        return {name: field.shown() for name, field in self.fields.items()}

    def edited(self) -> list[str]:
        """The fields that show another value than right after loading, in form order."""
        return [name for name, now in self._shown().items() if now != self._loaded.get(name)]

    @Slot()
    def _choices_updated(self) -> None:
        untouched = not self._dirty
        self.refresh_lookups()
        if untouched:
            # Choices arriving after the record fill in what it already had: no edit.
            self._loaded = self._shown()

    def refresh_lookups(self) -> None:
        """Fill the pickers from :attr:`choices` (called again whenever they change)."""

    def values(self) -> dict[str, Any]:
        """Every field's value, keyed by attribute name.

        Raises:
            ValidationError: for a value that cannot even be read (a date like "31-02").
        """
        return {name: field.value() for name, field in self.fields.items()}

    def show_error(self, error: ValidationError) -> None:
        widget = self.errors.show(error.field, render(error.translatable))
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems(self) -> list[ValidationError]:
        """Everything wrong in the fields, in form order: values that cannot be read,
        required fields left empty, values against their field's rule, and the domain's
        rules across fields (:meth:`rules`) over the values that could be read."""
        found = [p for p in (field.problem() for field in self.fields.values()) if p]
        wrong = {problem.field for problem in found}
        readable = {name: f.value() for name, f in self.fields.items() if name not in wrong}
        found += [problem for problem in self.rules(readable) if problem.field not in wrong]
        order = {name: number for number, name in enumerate(self.fields)}
        return sorted(found, key=lambda problem: order.get(problem.field, len(order)))

    def rules(self, values: Mapping[str, Any]) -> list[ValidationError]:
        """The domain's rules across this record's fields (a person who left cannot be
        active), so a save names them with the field errors; none by default."""
        return []

    def show_errors(self, errors: Sequence[ValidationError]) -> str:
        """Show every error at its field (earlier ones cleared), scroll to the first and
        give it focus; returns the summary for the status bar."""
        self.errors.clear()
        first: QWidget | None = None
        errors = [part for error in errors for part in error.each]  # a save's several
        for error in errors:
            widget = self.errors.show(error.field, render(error.translatable))
            first = first or widget
        if first is not None:
            self._scroll_to(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.errors.summary([error.field for error in errors])

    def _scroll_to(self, widget: QWidget) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)

    def refresh_related(self) -> None:
        """Load the record again for its related panels only; edits in fields stay."""
        self.change_related(lambda: None)

    def change_related(
        self,
        work: Callable[[], object],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` (a change to a related row: an engagement, hours, a contact) on the
        worker, then read the record again in the same job: the panels show the details it
        hands back without another read on the user interface thread."""
        record_id = self.record_id
        if record_id is None:
            return
        service = self.service

        def work_then_read() -> D:
            work()
            return service.get(record_id)

        run_undoable(self, work_then_read, self._related_loaded, on_error, record_id=record_id)

    def _related_loaded(self, record: D) -> None:
        # Keep the version the fields were read at, so optimistic locking still holds.
        if record.id == self.record_id:
            self.show_related(record)

    def _on_edit(self, field: Field) -> None:
        if self._loading:
            return
        if self.errors.message(field.name) and field.problem() is None:
            self.errors.hide(field.name)  # fixed: its message goes at once
        self._set_dirty(self._shown() != self._loaded)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit()


def run_and_refresh(
    form: RecordForm[Any], work: Callable[[], object], on_error: Callable[[BaseException], None]
) -> None:
    """Run a change to a related record, then show the form's related panels anew (see
    :meth:`RecordForm.change_related`)."""
    form.change_related(work, on_error)
