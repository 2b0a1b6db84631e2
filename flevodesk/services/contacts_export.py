"""Partner contacts (and the partner organisations themselves) as vCard 3.0.

Version 3.0 because every address book imports it: Outlook, Apple Contacts, Google and
Thunderbird. UIDs follow the record ids, so a second import updates rather than doubles.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from flevodesk.domain.partners import Partner
from flevodesk.services.contentlines import escape, render
from flevodesk.services.files import write_file_whole
from flevodesk.services.importing.names import split_name
from flevodesk.store.database import Database


def _card(uid: str, lines: list[str]) -> list[str]:
    return ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", *lines, "END:VCARD"]


def _contact_lines(email: str | None, phone: str | None, notes: str | None, kind: str) -> list[str]:
    lines = []
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET,{kind}:{escape(email)}")
    if phone:
        lines.append(f"TEL;TYPE={kind},VOICE:{escape(phone)}")
    if notes:
        lines.append(f"NOTE:{escape(notes)}")
    return lines


def render_contacts(partners: list[Partner]) -> str:
    """vCards for each partner that can be reached and each of its contact persons."""
    lines: list[str] = []
    for partner in partners:
        org = escape(partner.name)
        if partner.email or partner.phone or partner.website:
            body = [f"FN:{org}", "N:;;;;", f"ORG:{org}", "X-ABSHOWAS:COMPANY"]
            if partner.website:
                body.append(f"URL:{escape(partner.website)}")
            body += _contact_lines(partner.email, partner.phone, None, "WORK")
            body.append("CATEGORIES:FlevoDesk")
            lines += _card(f"partner-{partner.id}@flevodesk", body)
        for contact in partner.contacts:
            parts = split_name(contact.name)
            family = " ".join(p for p in (parts.tussenvoegsel, parts.last_name) if p)
            body = [
                f"FN:{escape(contact.name)}",
                f"N:{escape(family)};{escape(parts.first_name)};;;",
                f"ORG:{org}",
            ]
            if contact.role:
                body.append(f"TITLE:{escape(contact.role)}")
            body += _contact_lines(contact.email, contact.phone, contact.notes, "WORK")
            body.append("CATEGORIES:FlevoDesk")
            lines += _card(f"partner-contact-{contact.id}@flevodesk", body)
    return render(lines)


def export_contacts(db: Database, path: Path) -> int:
    """Write the partners' vCards to ``path``.

    Returns:
        The number of cards written.

    Raises:
        ServiceError: when the file cannot be written; an earlier ``path`` is then unchanged.
    """
    with db.read() as session:
        partners = list(
            session.scalars(
                select(Partner)
                .options(selectinload(Partner.contacts))
                .order_by(func.fold(Partner.name))
            )
        )
        text = render_contacts(partners)
    data = text.encode("utf-8")
    write_file_whole(path, lambda out: out.write(data))
    return text.count("BEGIN:VCARD")
