"""What the partner form shows of one partner organisation, read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from flevodesk.domain.enums import Audience, PartnerKind, PartnerScope
from flevodesk.domain.partners import Partner
from flevodesk.services.records import Named, copy_columns


@dataclass(frozen=True, slots=True)
class ContactRow:
    """A contact person, with the version the small contact form saves against."""

    id: int
    version: int
    name: str
    role: str | None
    email: str | None
    phone: str | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class PartnerDetails:
    id: int
    version: int
    name: str
    scope: PartnerScope
    municipality_id: int | None
    kind: PartnerKind
    offers: str | None
    website: str | None
    email: str | None
    phone: str | None
    notes: str | None
    is_demo: bool
    audiences: tuple[Audience, ...]
    contacts: tuple[ContactRow, ...]
    initiatives: tuple[Named, ...]


def partner_details(_session: Session, record: Partner) -> PartnerDetails:
    """The details of ``record``, loaded with the partner service's detail options."""
    return copy_columns(
        record,
        PartnerDetails,
        audiences=tuple(record.audiences),
        contacts=tuple(copy_columns(c, ContactRow) for c in record.contacts),
        initiatives=tuple(Named(i.id, i.name) for i in record.initiatives),
    )
