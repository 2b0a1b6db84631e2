"""Fields that never keep a row out: what the import cannot place is kept as typed.

Availability, address, place, skills and notes are free text for the people who fill in a
list. Availability no one can map to dagdelen goes verbatim to the remark beside them;
what else cannot be read (an address longer than the field) is appended verbatim to the
person's notes under a clear label, and the
line gets a warning; the row is imported. Dates that are valid but unlikely (a VOG from
1900, a birth year this year) get a warning too. Names are not soft: a name with a line
break in it is refused, since it would print as two people on every list.
"""

from __future__ import annotations

from datetime import date

from flevodesk.domain.availability import read_availability
from flevodesk.domain.messages import Message, Number, message
from flevodesk.domain.parsing import text_of
from flevodesk.domain.people import AVAILABILITY_NOTE_LENGTH
from flevodesk.services.importing.columns import ColumnMapping, Field
from flevodesk.services.importing.report import Problem

#: The longest text the person's single-line fields hold (as the model allows).
SINGLE_LINE_LIMITS = {Field.ADDRESS: 200, Field.PLACE: 80}
#: A VOG seen longer ago than this, or a start date before it, is probably a typing error.
OLD_YEARS = 20
YOUNGEST_AGE = 12
OLDEST_AGE = 100


def note_line(field: Field, text: str) -> str:
    """How text from the file that had no place of its own reads in the person's notes."""
    return f"{field.label} (uit import): {text}"


class RowNotes:
    """For one row: warnings, refusals for names, and the lines added to the notes."""

    def __init__(self, line: int, mapping: ColumnMapping) -> None:
        self.line = line
        self.mapping = mapping
        self.warnings: list[Problem] = []
        self.notes: list[str] = []
        #: Availability as typed when it could not be read as dagdelen.
        self.availability_note: str | None = None

    def warn(self, field: Field, reason: Message) -> None:
        self.warnings.append(Problem(self.line, self.mapping.header_of(field), reason))

    def keep(self, field: Field, text: str, reason: Message) -> None:
        """Keep ``text`` in the notes, saying why it is there and not in its own field."""
        self.notes.append(note_line(field, text))
        self.warn(field, message("{reason}; de tekst staat bij de opmerkingen", reason=reason))

    def cleaned(self, cleaned: frozenset[tuple[int, int]]) -> None:
        """Warn about the row's cells that lost control characters while reading."""
        for index, field in enumerate(self.mapping.fields):
            if field is not None and (self.line, index) in cleaned:
                self.warn(field, message("onzichtbare stuurtekens (zoals NUL) zijn weggelaten"))

    def availability(self, cell: object) -> str | None:
        """The dagdelen ``cell`` names; what cannot be read is kept verbatim beside them in
        :attr:`availability_note` (or in the notes, when it is longer than that holds)."""
        text = text_of(cell)
        read = read_availability(text)
        if read.unread:
            typed = "', '".join(read.unread)
            reason = message("'{typed}' is niet als dagdeel te lezen", typed=typed)
            if len(text) <= AVAILABILITY_NOTE_LENGTH:
                self.availability_note = text
                self.warn(
                    Field.AVAILABILITY,
                    message("{reason}; de tekst staat bij de toelichting", reason=reason),
                )
            else:
                self.keep(Field.AVAILABILITY, text, reason)
        return read.stored

    def single_line(self, field: Field, cell: object) -> str | None:
        """Address or place on one line; one too long for its field is kept in the notes."""
        text = text_of(cell)
        if "\n" in text or "\t" in text:
            # Alt+Enter in an Excel cell: "Kerkstraat 1<br>Dronten" is one address.
            text = ", ".join(" ".join(p.split()) for p in text.split("\n") if p.strip())
        limit = SINGLE_LINE_LIMITS[field]
        if len(text) > limit:
            self.keep(field, text, message("is langer dan {most} tekens", most=Number(limit)))
            return None
        return text or None

    def birth_year(self, field: Field, year: int | None, typed: object, today: date) -> None:
        """Warn about a birth year that is possible but unlikely for a volunteer."""
        if year is None or not 1900 <= year <= today.year:
            return  # outside that the model refuses it
        age = today.year - year
        if age < YOUNGEST_AGE or age > OLDEST_AGE:
            self.warn(
                field,
                message(
                    "'{typed}': dan is deze persoon {age} jaar; klopt dat?",
                    typed=text_of(typed),
                    age=age,
                ),
            )

    def old_date(self, field: Field, value: date | None, typed: object, today: date) -> None:
        """Warn about a date so long ago (a VOG from 1900) that it is probably mistyped."""
        years = OLD_YEARS if field is Field.VOG_DATE else 4 * OLD_YEARS
        if value is not None and value.year < today.year - years:
            self.warn(
                field,
                message(
                    "'{typed}' ligt meer dan {years} jaar terug; klopt de datum?",
                    typed=text_of(typed),
                    years=years,
                ),
            )

    def notes_with(self, notes: str | None) -> str | None:
        """The row's own notes followed by what the import kept there."""
        return "\n".join(p for p in (notes, *self.notes) if p) or None


def name_text(cell: object, problems: list[Problem], line: int, header: str) -> str | None:
    """A name part as text; a line break in it is refused (it would list two people)."""
    text = text_of(cell)
    if "\n" in text:
        shown = text.replace("\n", " ⏎ ")
        problems.append(
            Problem(
                line,
                header,
                message("'{typed}' bevat een regeleinde; zet de naam op één regel", typed=shown),
            )
        )
        return None
    return " ".join(text.split()) or None
