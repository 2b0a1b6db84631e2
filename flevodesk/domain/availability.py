"""Read availability the way people write it: "za", "wo, do", "ma t/m vr ochtend",
"doordeweeks 's avonds", "zaterdag- en zondagmiddag", "flexibel".

A person's availability is stored as dagdelen (``ma-ochtend,za-middag``, see
:class:`~flevodesk.domain.enums.Dagdeel`) plus, for someone who says any moment can be
arranged, :data:`FLEXIBEL`. A day without a dagdeel means the whole day; a dagdeel without
a day means every day. Text is split into parts at commas, semicolons, slashes and line
breaks; a part is read only when every word in it is understood, so nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from flevodesk.domain.enums import Dagdeel
from flevodesk.domain.text import fold

#: Stored for someone available at moments to be agreed ("flexibel", "in overleg").
FLEXIBEL = "flexibel"

DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
PARTS = ("ochtend", "middag", "avond")
_ORDER = [d.value for d in Dagdeel] + [FLEXIBEL]
_CANONICAL = frozenset(_ORDER)

_FULL_DAYS = {
    "maandag": "ma",
    "dinsdag": "di",
    "woensdag": "wo",
    "donderdag": "do",
    "vrijdag": "vr",
    "zaterdag": "za",
    "zondag": "zo",
}
_SHORT_DAYS = {d: d for d in DAYS} | {"din": "di", "woe": "wo", "don": "do", "zat": "za"}
_PART_WORDS = {
    "ochtend": ("ochtend",),
    "morgen": ("ochtend",),
    "voormiddag": ("ochtend",),
    "middag": ("middag",),
    "namiddag": ("middag",),
    "avond": ("avond",),
    "overdag": ("ochtend", "middag"),
    "heledag": PARTS,
}
_DAY_GROUPS = {
    "doordeweeks": DAYS[:5],
    "doordeweekse": DAYS[:5],
    "werkdagen": DAYS[:5],
    "weekdagen": DAYS[:5],
    "weekend": DAYS[5:],
    "weekenden": DAYS[5:],
    "weekends": DAYS[5:],
    "alledagen": DAYS,
    "dagelijks": DAYS,
    "altijd": DAYS,
}
_FLEX_WORDS = {"flexibel", "flex", "wisselend", "inoverleg", "opafroep"}
_FILLERS = {"en", "of", "op", "in", "het", "de", "elke", "iedere", "alle", "ook", "wel"}
_FILLERS |= {"inzetbaar", "beschikbaar", "dagen", "dag"}
_RANGE_WORDS = {"tm", "tot", "-"}
_PHRASES = (
    (re.compile(r"\bt\s*/\s*m\b|\bt\.\s*e\.\s*m\.?|\btot\s+en\s+met\b"), " tm "),
    (re.compile(r"\bdoor\s+de\s+week\b"), " doordeweeks "),
    (re.compile(r"\b(?:de\s+)?hele\s+dag(?:en)?\b"), " heledag "),
    (re.compile(r"\b(?:elke|iedere|alle)\s+dag(?:en)?\b"), " alledagen "),
    (re.compile(r"\bin\s+overleg\b"), " inoverleg "),
    (re.compile(r"\bop\s+afroep\b"), " opafroep "),
    (re.compile(r"[’‘`]s\b|'s\b"), " "),
)
_COMPOUND = re.compile(
    r"^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:s|en)?"
    r"(ochtend|morgen|voormiddag|middag|namiddag|avond)?(?:s|en)?$"
)
_WORD_FORMS = re.compile(r"^(ochtend|morgen|voormiddag|middag|namiddag|avond)(?:s|en)?$")
# Parts end at these; a slash does too unless it is the one in "t/m".
_SEPARATORS = re.compile(r"\s*(?:[,;\n+&]|(?<![tT])/|/(?![mM]))\s*")


@dataclass(frozen=True)
class ReadAvailability:
    """What a text says: the stored values in week order, and the parts not understood
    (as the user typed them)."""

    values: tuple[str, ...]
    unread: tuple[str, ...]

    @property
    def stored(self) -> str | None:
        """The values as the ``availability`` column holds them."""
        return ",".join(self.values) or None


def stored_availability(values: Iterable[str]) -> str | None:
    """Dagdelen (and :data:`FLEXIBEL`) as the ``availability`` column holds them: in week
    order, each once; ``None`` for none. Values that are no dagdeel are left out."""
    chosen = {value for value in values if value in _CANONICAL}
    return ",".join(sorted(chosen, key=_ORDER.index)) or None


def read_availability(text: str | None) -> ReadAvailability:
    """Read ``text`` (see the module docstring); never raises."""
    return _read(text or "")


# A list repeats the same few texts, and saving a person reads its stored value again.
@lru_cache(maxsize=4096)
def _read(text: str) -> ReadAvailability:
    parts = [p.strip().lower() for p in text.split(",")]
    if all(p in _CANONICAL for p in parts if p):
        # Already stored form ("ma-ochtend,za-middag"): nothing to interpret.
        return ReadAvailability(tuple(sorted({p for p in parts if p}, key=_ORDER.index)), ())
    found: set[str] = set()
    unread: list[str] = []
    for raw in _SEPARATORS.split(text):
        part = raw.strip()
        if not part:
            continue
        values = _read_part(part)
        if values is None:
            unread.append(part)
        else:
            found.update(values)
    return ReadAvailability(tuple(sorted(found, key=_ORDER.index)), tuple(unread))


def _read_part(part: str) -> set[str] | None:
    text = fold(part)
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    tokens = re.findall(r"[a-z]+|-", text)
    groups: list[tuple[list[str], set[str]]] = [([], set())]
    flexible = False
    understood = False
    pending_range = False
    for token in tokens:
        days, parts = groups[-1]
        word_days, word_parts = _meaning(token)
        if token in _FLEX_WORDS:
            flexible = understood = True
        elif token in _RANGE_WORDS:
            pending_range = bool(days)
        elif word_days or word_parts:
            understood = True
            if word_days and days and parts:
                # "ma ochtend en wo avond": a new day after a complete group starts another.
                groups.append(([], set()))
                days, parts = groups[-1]
            elif word_days and pending_range:
                word_days = _days_between(days[-1], word_days[0]) + word_days[1:]
            days.extend(word_days)
            parts.update(word_parts)
            pending_range = False
        elif token not in _FILLERS:
            return None
    if not understood:
        return None
    values = {FLEXIBEL} if flexible else set()
    for days, parts in groups:
        if not days and not parts:
            continue
        for day in days or DAYS:
            values.update(f"{day}-{p}" for p in (parts or PARTS))
    return values


def _meaning(token: str) -> tuple[list[str], tuple[str, ...]]:
    """The days and dagdelen one word names (both empty for any other word)."""
    if token in _SHORT_DAYS:
        return [_SHORT_DAYS[token]], ()
    if token in _DAY_GROUPS:
        return list(_DAY_GROUPS[token]), ()
    if token in _PART_WORDS:
        return [], _PART_WORDS[token]
    form = _WORD_FORMS.match(token)
    if form:
        return [], _PART_WORDS[form.group(1)]
    compound = _COMPOUND.match(token)
    if compound:
        day, part = compound.groups()
        return [_FULL_DAYS[day]], _PART_WORDS[part] if part else ()
    return [], ()


def _days_between(first: str, last: str) -> list[str]:
    """The days after ``first`` up to and including ``last`` ("ma t/m vr"), round the week."""
    start, end = DAYS.index(first), DAYS.index(last)
    if end <= start:
        end += len(DAYS)
    return [DAYS[i % len(DAYS)] for i in range(start + 1, end + 1)]
