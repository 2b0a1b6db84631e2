"""Sentences for a user with values in them, kept apart until the edge shows them.

A :class:`Message` is a Dutch template with named placeholders and the typed values to fill
them with: ``message("Datum {day} ligt vóór de startdatum", day=d)``. The Dutch template is
its own translation key (gettext style), so Dutch stays the reference and no text gets an
artificial id. Domain and services build messages and never format a value into a sentence;
the window and the command line translate the template (``flevodesk.message_text.render``)
and fill the values as the reader's language writes them. ``str(message)`` is the Dutch
text, for logs and for code that still wants one string.

``scripts/texts_for_translation.py --messages`` finds every ``message("...")`` literal, so a
template must be written out at the call, never put together from pieces.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import PurePath
from string import Formatter
from typing import TypeAlias

from flevodesk.domain.conventions import Conventions, conventions
from flevodesk.language import SOURCE, Language


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in euros: ``€ 1.234,56`` / ``€1,234.56``."""

    amount: Decimal


@dataclass(frozen=True, slots=True)
class Number:
    """A count or quantity written with thousands separators: ``12.500`` / ``12,500``."""

    value: int | Decimal


@dataclass(frozen=True, slots=True)
class Hours:
    """A duration in whole minutes, written as hours and minutes: ``3:05``."""

    minutes: int


@dataclass(frozen=True, slots=True)
class Clock:
    """The time of day of a moment, in the computer's time zone: ``14:05``."""

    moment: datetime


@dataclass(frozen=True, slots=True)
class ShortDate:
    """A date as tables and forms write it: ``14-11-2026`` / ``14/11/2026``."""

    day: date


@dataclass(frozen=True, slots=True)
class DayOfYear:
    """A day of every year, from a month-day pair written ``09-01``: ``1 september``."""

    month_day: str


@dataclass(frozen=True, slots=True)
class Lowered:
    """A value in lower case, as an enum label within a sentence ("voor eten en drinken")."""

    value: Value


@dataclass(frozen=True, slots=True)
class Capitalised:
    """A value whose first letter is a capital, as at the start of a sentence."""

    value: Value


#: What a placeholder may be filled with. A plain ``int`` is written without separators (a
#: line number, a year); a ``date`` is written out ("1 december 2026"); a ``str`` is the
#: user's own text or a file name, shown as it is; a ``Message`` is translated in turn.
Value: TypeAlias = (
    "str | int | date | PurePath | Money | Number | Hours | Clock | ShortDate | DayOfYear"
    " | Capitalised | Lowered | Message"
)


#: ``translate(context, template)``: a template in the reader's language.
Translate: TypeAlias = Callable[[str, str], str]


@dataclass(frozen=True, slots=True, eq=True)
class Message:
    """A Dutch template and the values for its ``{name}`` placeholders."""

    template: str
    values: Mapping[str, Value] = field(default_factory=dict)
    #: The Qt context its translation is filed under: ``messages`` for a template of
    #: domain and services, ``""`` for an interface text (:func:`label`), ``None`` for a
    #: template that is never translated (:func:`verbatim`, :func:`joined`).
    context: str | None = "messages"

    def text(self, language: Language = SOURCE, translate: Translate | None = None) -> str:
        """The sentence in ``language``: ``translate(context, template)`` gives a template's
        translation (the edge passes its catalogue; without one the Dutch template is
        used), and the values are written as ``language`` writes them."""
        return _fill(self, conventions(language), translate or _same)

    def __str__(self) -> str:
        return self.text()

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted(self.values))))


def message(template: str, /, **values: Value) -> Message:
    """A message from its Dutch ``template``; every placeholder needs a value and every
    value a placeholder, so a typo fails where the message is made, not where it is read."""
    named = placeholders(template)
    if named != set(values):
        raise ValueError(f"template {template!r} names {sorted(named)}, given {sorted(values)}")
    return Message(template, values)


def label(text: str) -> Message:
    """An interface text kept as Dutch data below the UI (an enum label, a printout's
    title), translated under the context the interface files it in (``""``, as ``tr_text``)."""
    return Message(text.replace("{", "{{").replace("}", "}}"), {}, "")


def verbatim(text: str) -> Message:
    """A sentence made elsewhere (the store's Dutch OS and SQLite texts) that is shown as it
    is: its template is a bare placeholder, so no translation is looked up for it."""
    return Message("{text}", {"text": text}, None)


def as_message(text: Message | str) -> Message:
    """``text`` as a message; a plain string (a sentence from the store, or from code that
    still builds its own) is shown as it is, see :func:`verbatim`."""
    return text if isinstance(text, Message) else verbatim(text)


def joined(parts: Sequence[Message | str], separator: str = "; ") -> Message:
    """Several messages as one, each translated on its own; the template holds no words,
    only placeholders and ``separator``, so it needs no translation."""
    names = [f"part{index}" for index in range(len(parts))]
    template = separator.replace("{", "{{").replace("}", "}}").join("{" + n + "}" for n in names)
    return Message(template, dict(zip(names, map(as_message, parts), strict=True)), None)


def placeholders(template: str) -> set[str]:
    """The names of a template's placeholders."""
    return {name for _, name, _, _ in Formatter().parse(template) if name is not None}


def _same(context: str, template: str) -> str:
    return template


def _fill(message: Message, style: Conventions, translate: Translate) -> str:
    parts = []
    template = message.template
    if message.context is not None:
        template = translate(message.context, template)
    for literal, name, _, _ in Formatter().parse(template):
        parts.append(literal)
        if name is not None:
            # A translation naming a placeholder the code does not fill keeps it visible.
            value = message.values.get(name)
            parts.append("{" + name + "}" if value is None else _value(value, style, translate))
    return "".join(parts)


def _value(value: Value, style: Conventions, translate: Translate) -> str:
    match value:
        case Message():
            return _fill(value, style, translate)
        case Capitalised(inner):
            text = _value(inner, style, translate)
            return text[:1].upper() + text[1:]
        case Lowered(inner):
            return _value(inner, style, translate).lower()
        case ShortDate(day):
            return style.short_date(day)
        case DayOfYear(month_day):
            month, of_month = (int(part) for part in month_day.split("-"))
            return style.day_month(month, of_month)
        case Money(amount):
            return style.money(amount)
        case Number(count):
            return style.number(count)
        case Hours(minutes):
            return style.hours(minutes)
        case Clock(moment):
            return style.clock(moment)
        case datetime():
            return f"{style.long_date(value.date())} {style.clock(value)}"
        case date():
            return style.long_date(value)
        case _:
            return str(value)
