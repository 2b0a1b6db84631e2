"""Split a full Dutch name into first name, tussenvoegsel and last name."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lower-cased words that make up a tussenvoegsel ("van der", "van 't", "in 't", "de la").
TUSSENVOEGSEL_WORDS = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "‘t",
        "’t",
        "'s",
        "te",
        "ter",
        "ten",
        "in",
        "op",
        "aan",
        "bij",
        "uit",
        "voor",
        "onder",
        "over",
        "tot",
        "la",
        "le",
        "les",
        "du",
        "da",
        "di",
        "dos",
        "das",
        "del",
        "della",
        "von",
        "vom",
        "zu",
        "zum",
        "d'",
        "l'",
    }
)


@dataclass(frozen=True)
class NameParts:
    first_name: str
    tussenvoegsel: str | None
    last_name: str


def _is_tussenvoegsel(word: str) -> bool:
    return word.lower() in TUSSENVOEGSEL_WORDS


def split_name(text: str) -> NameParts:
    """Split a name the way Dutch lists write it.

    ``"Anja de Jong-Bakker"`` gives ("Anja", "de", "Jong-Bakker"); ``"Ingrid van 't Hof"``
    gives ("Ingrid", "van 't", "Hof"); ``"Jansen, Kees"`` and ``"Jong, Anja de"`` put the
    part before the comma last. The tussenvoegsel starts at the first tussenvoegsel word after
    the first name; a hyphenated word there ("Anja Jansen-de Jong") starts the last name.
    A single word becomes the first name with an empty last name, for the caller to refuse.
    """
    text = re.sub(r"\s+", " ", text).strip()
    if "," in text:
        last_part, _, first_part = text.partition(",")
        return _from_sorted_form(last_part.strip(), first_part.strip())
    words = text.split(" ")
    if len(words) == 1:
        return NameParts(words[0], None, "")
    start = len(words) - 1
    for index in range(1, len(words) - 1):
        if _is_tussenvoegsel(words[index]) or "-" in words[index].strip("-"):
            start = index
            break
    first = " ".join(words[:start])
    end = start
    while end < len(words) - 1 and _is_tussenvoegsel(words[end]):
        end += 1
    tussenvoegsel = " ".join(words[start:end]) or None
    return NameParts(first, tussenvoegsel, " ".join(words[end:]))


def _from_sorted_form(last_part: str, first_part: str) -> NameParts:
    # "Jong, Anja de": trailing tussenvoegsel words belong to the last name.
    first_words = first_part.split(" ") if first_part else []
    cut = len(first_words)
    while cut > 1 and _is_tussenvoegsel(first_words[cut - 1]):
        cut -= 1
    tail = first_words[cut:]
    # "de Jong, Anja": a leading tussenvoegsel before the last name.
    last_words = last_part.split(" ") if last_part else []
    lead = 0
    while lead < len(last_words) - 1 and _is_tussenvoegsel(last_words[lead]):
        lead += 1
    tussenvoegsel = " ".join(last_words[:lead] + tail) or None
    return NameParts(" ".join(first_words[:cut]), tussenvoegsel, " ".join(last_words[lead:]))
