"""Which column holds what: recognise headers by their usual Dutch and English names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from flevodesk.domain.text import fold


class Field(StrEnum):
    """What a column can be imported as; the value is the key a mapping stores."""

    FULL_NAME = "full_name"
    FIRST_NAME = "first_name"
    TUSSENVOEGSEL = "tussenvoegsel"
    LAST_NAME = "last_name"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    POSTCODE = "postcode"
    PLACE = "place"
    BIRTH_DATE = "birth_date"
    BIRTH_YEAR = "birth_year"
    SKILLS = "skills"
    AVAILABILITY = "availability"
    VOG_DATE = "vog_date"
    CONSENT = "consent"
    CONSENT_PURPOSE = "consent_purpose"
    CONSENT_METHOD = "consent_method"
    STATUS = "status"
    NOTES = "notes"
    INITIATIVE = "initiative"
    MUNICIPALITY = "municipality"
    ROLE = "role"
    SINCE = "since"
    UNTIL = "until"

    @property
    def label(self) -> str:
        """The Dutch name of the field, as the wizard's choices and messages show it."""
        return _LABELS[self]


_LABELS = {
    Field.FULL_NAME: "Naam (volledig)",
    Field.FIRST_NAME: "Voornaam",
    Field.TUSSENVOEGSEL: "Tussenvoegsel",
    Field.LAST_NAME: "Achternaam",
    Field.EMAIL: "E-mail",
    Field.PHONE: "Telefoon",
    Field.ADDRESS: "Adres",
    Field.POSTCODE: "Postcode",
    Field.PLACE: "Woonplaats",
    Field.BIRTH_DATE: "Geboortedatum",
    Field.BIRTH_YEAR: "Geboortejaar",
    Field.SKILLS: "Vaardigheden",
    Field.AVAILABILITY: "Beschikbaarheid",
    Field.VOG_DATE: "VOG-datum",
    Field.CONSENT: "Toestemming",
    Field.CONSENT_PURPOSE: "Doel toestemming",
    Field.CONSENT_METHOD: "Toestemming via",
    Field.STATUS: "Status",
    Field.NOTES: "Opmerkingen",
    Field.INITIATIVE: "Initiatief",
    Field.MUNICIPALITY: "Gemeente",
    Field.ROLE: "Rol",
    Field.SINCE: "Startdatum",
    Field.UNTIL: "Einddatum",
}

# Headers as people write them, folded and stripped of everything but letters and digits.
_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.FULL_NAME: ("naam", "volledigenaam", "name", "fullname", "vrijwilliger", "persoon"),
    Field.FIRST_NAME: ("voornaam", "voornamen", "roepnaam", "firstname", "givenname"),
    Field.TUSSENVOEGSEL: ("tussenvoegsel", "tussenvoegsels", "tussenv", "tv", "prefix"),
    Field.LAST_NAME: ("achternaam", "familienaam", "lastname", "surname", "familyname"),
    Field.EMAIL: ("email", "emailadres", "mail", "mailadres", "emailaddress"),
    Field.PHONE: (
        "telefoon",
        "telefoonnummer",
        "tel",
        "telnr",
        "mobiel",
        "mobielnummer",
        "mobieltelefoon",
        "gsm",
        "phone",
        "phonenumber",
        "mobile",
    ),
    Field.ADDRESS: ("adres", "straat", "straatenhuisnummer", "address", "street"),
    Field.POSTCODE: ("postcode", "zip", "zipcode", "postalcode"),
    Field.PLACE: ("woonplaats", "plaats", "city", "town", "place"),
    Field.BIRTH_DATE: ("geboortedatum", "gebdatum", "geboren", "birthdate", "dateofbirth"),
    Field.BIRTH_YEAR: ("geboortejaar", "birthyear", "yearofbirth"),
    Field.SKILLS: ("vaardigheden", "kwaliteiten", "skills", "talenten"),
    Field.AVAILABILITY: ("beschikbaarheid", "beschikbaar", "dagdelen", "availability"),
    Field.VOG_DATE: ("vog", "vogdatum", "datumvog", "vogafgegeven", "vogdate"),
    Field.CONSENT: (
        "toestemming",
        "toestemmingsdatum",
        "datumtoestemming",
        "toestemmingavg",
        "avgtoestemming",
        "consent",
        "consentdate",
    ),
    Field.CONSENT_PURPOSE: ("doeltoestemming", "toestemmingdoel", "toestemmingvoor", "doel"),
    Field.CONSENT_METHOD: ("toestemmingvia", "toestemmingswijze", "wijzetoestemming"),
    Field.STATUS: ("status",),
    Field.NOTES: ("opmerkingen", "opmerking", "notities", "notes", "bijzonderheden"),
    Field.INITIATIVE: ("initiatief", "project", "initiative"),
    Field.MUNICIPALITY: ("gemeente", "municipality"),
    Field.ROLE: ("rol", "functie", "role"),
    Field.SINCE: ("startdatum", "begindatum", "sinds", "vanaf", "actiefsinds", "startdate"),
    Field.UNTIL: ("einddatum", "tot", "totenmet", "gestoptop", "enddate"),
}
_BY_KEY = {key: field for field, keys in _SYNONYMS.items() for key in keys}


def header_key(header: str) -> str:
    """A header folded to letters and digits: "E-mailadres" and "e-mail adres" meet."""
    return re.sub(r"[^a-z0-9]", "", fold(header))


def recognise(header: str) -> Field | None:
    """The field a header names, if it is one of the usual names."""
    return _BY_KEY.get(header_key(header))


@dataclass(frozen=True)
class ColumnMapping:
    """For each column of the file (by position) the field it fills, or ``None`` to skip."""

    headers: tuple[str, ...]
    fields: tuple[Field | None, ...]

    @cached_property
    def _positions(self) -> dict[Field, int]:
        positions: dict[Field, int] = {}
        for index, field in enumerate(self.fields):
            if field is not None:
                positions.setdefault(field, index)
        return positions

    def index_of(self, field: Field) -> int | None:
        """The column that fills ``field``, if any."""
        return self._positions.get(field)

    def header_of(self, field: Field) -> str:
        """The header the user sees for ``field``'s column, else the field's Dutch name."""
        index = self.index_of(field)
        if index is None or not self.headers[index]:
            return field.label
        return self.headers[index]

    def with_field(self, index: int, field: Field | None) -> ColumnMapping:
        """A copy with column ``index`` set to ``field`` (taken away from any other column)."""
        fields = [None if (f == field and field is not None) else f for f in self.fields]
        fields[index] = field
        return ColumnMapping(self.headers, tuple(fields))

    def problems(self) -> list[str]:
        """What keeps this mapping from naming a person, in Dutch; empty when it can."""
        has = set(self.fields)
        if Field.FULL_NAME in has or {Field.FIRST_NAME, Field.LAST_NAME} <= has:
            return []
        return ["Geen kolom voor de naam: kies 'Naam (volledig)' of Voornaam en Achternaam."]


def recognise_columns(headers: Sequence[str]) -> ColumnMapping:
    """The mapping the headers suggest; a field named twice goes to its first column."""
    seen: set[Field] = set()
    fields: list[Field | None] = []
    for header in headers:
        field = recognise(header)
        if field in seen:
            field = None
        if field is not None:
            seen.add(field)
        fields.append(field)
    return ColumnMapping(tuple(headers), tuple(fields))
