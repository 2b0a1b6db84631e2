"""The overview's practices and links as the user keeps them: whom each is for, and the
address of each link ("Overzichtsmateriaal…").

The texts themselves stay as the seed wrote them; the user sets only what the seed could
not know: the audiences that put symbols beside an item on paper, and a link's address
that prints as a short address with a QR code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import Audience
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.overview import Link, Practice
from flevodesk.services.errors import ServiceError
from flevodesk.store.database import Database

PRACTICE = "practice"
LINK = "link"
_SCHEMES = ("https://", "http://")


@dataclass(frozen=True)
class MaterialItem:
    """One practice or link: ``kind`` is :data:`PRACTICE` or :data:`LINK`; ``url`` is
    always None for a practice."""

    kind: str
    id: int
    text: str
    audiences: tuple[Audience, ...] = ()
    url: str | None = None


def read_material(db: Database) -> list[MaterialItem]:
    """The practices, then the links, in the overview's order."""
    with db.read() as session:
        practices = session.scalars(
            select(Practice)
            .options(selectinload(Practice.municipalities), selectinload(Practice.audience_links))
            .order_by(Practice.position, Practice.id)
        ).all()
        links = session.scalars(
            select(Link).options(selectinload(Link.audience_links)).order_by(Link.position, Link.id)
        ).all()
        return [
            *(MaterialItem(PRACTICE, p.id, p.display_name, tuple(p.audiences)) for p in practices),
            *(MaterialItem(LINK, k.id, k.plain_text, tuple(k.audiences), k.url) for k in links),
        ]


def clean_url(value: str | None) -> str | None:
    """An address as stored: trimmed, "https://" put in front of a bare "www.x.nl".

    Raises:
        ValidationError: for text that is no web address.
    """
    url = (value or "").strip()
    if not url:
        return None
    if not url.lower().startswith(_SCHEMES):
        url = "https://" + url
    host = url.split("://", 1)[1].split("/", 1)[0]
    if " " in url or "." not in host or len(url) > 500:
        raise ValidationError("url", f"'{value}' is geen webadres zoals www.voorbeeld.nl")
    return url


def save_material(db: Database, items: Sequence[MaterialItem]) -> int:
    """Store the audiences and addresses of ``items``, all or nothing; how many changed.

    Raises:
        ServiceError: naming the line of an address that is no web address, or an item
            removed meanwhile; nothing is stored then.
    """
    cleaned: list[MaterialItem] = []
    for item in items:
        try:
            url = clean_url(item.url) if item.kind == LINK else None
        except ValidationError as exc:
            raise ServiceError(f"Verwijzing '{item.text[:40]}': {exc.message}.") from None
        cleaned.append(MaterialItem(item.kind, item.id, item.text, item.audiences, url))
    changed = 0
    with db.write() as session:
        for item in cleaned:
            row: Practice | Link | None = (
                session.get(Practice, item.id, options=[selectinload(Practice.audience_links)])
                if item.kind == PRACTICE
                else session.get(Link, item.id, options=[selectinload(Link.audience_links)])
            )
            if row is None:
                raise ServiceError(f"'{item.text[:40]}' bestaat niet meer; er is niets opgeslagen.")
            before = (tuple(row.audiences), getattr(row, "url", None))
            row.audiences = list(item.audiences)
            if isinstance(row, Link):
                row.url = item.url
            changed += before != (tuple(row.audiences), getattr(row, "url", None))
    return changed
