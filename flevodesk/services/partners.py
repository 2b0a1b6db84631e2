"""Partner organisations and their contact persons."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.messages import message
from flevodesk.domain.partners import Partner, PartnerAudience, PartnerContact
from flevodesk.services.errors import InUse
from flevodesk.services.listing import Column, Listing
from flevodesk.services.partner_details import PartnerDetails, partner_details
from flevodesk.services.records import RecordService, RowService

_contact_count = (
    select(func.count(PartnerContact.id))
    .where(PartnerContact.partner_id == Partner.id)
    .correlate(Partner)
    .scalar_subquery()
)


class PartnerListing(Listing):
    singular = "partner"
    plural = "partners"
    id_column = Partner.__table__.c.id
    columns = (
        Column("name", "Naam", Partner.name, func.fold(Partner.name)),
        Column("scope", "Werkgebied", Partner.scope),
        Column("kind", "Soort", Partner.kind),
        Column("website", "Website", Partner.website),
        Column("email", "E-mail", Partner.email),
        Column("phone", "Telefoon", Partner.phone),
        Column("contacts", "Contactpersonen", _contact_count),
    )
    default_sort = "name"
    filters = {
        "scope": lambda s, v: s.where(Partner.scope == v),
        "kind": lambda s, v: s.where(Partner.kind == v),
        "audience": lambda s, v: s.where(
            Partner.id.in_(select(PartnerAudience.partner_id).where(PartnerAudience.audience == v))
        ),
        "municipality_id": lambda s, v: s.where(Partner.municipality_id == v),
    }

    def joins(self, stmt: Select[Any]) -> Select[Any]:
        return stmt.select_from(Partner)

    def search_columns(self) -> list[Any]:
        return [Partner.name, Partner.offers, Partner.notes]


class PartnerService(RecordService[Partner, PartnerDetails]):
    model = Partner
    noun = message("de partner")
    detail_options = (
        selectinload(Partner.contacts),
        selectinload(Partner.audience_links),
        selectinload(Partner.initiatives),
        selectinload(Partner.municipality),
    )

    def detail(self, session: Session, record: Partner) -> PartnerDetails:
        return partner_details(session, record)

    def _before_delete(self, session: Session, record: Partner) -> None:
        applications = session.scalar(
            select(func.count(FundingApplication.id)).where(
                FundingApplication.funder_id == record.id
            )
        )
        if applications:
            raise InUse(
                message(
                    "{name} is financier van {count} aanvraag; verwijder of wijzig die eerst.",
                    name=record.name,
                    count=applications,
                )
                if applications == 1
                else message(
                    "{name} is financier van {count} aanvragen; verwijder of wijzig die eerst.",
                    name=record.name,
                    count=applications,
                )
            )

    def delete_impact(self, record_id: int) -> list[str]:
        with self.db.read() as session:
            contacts = session.scalar(
                select(func.count(PartnerContact.id)).where(PartnerContact.partner_id == record_id)
            )
        return (
            [f"{contacts} {'contactpersoon' if contacts == 1 else 'contactpersonen'}"]
            if contacts
            else []
        )


class PartnerContactService(RowService[PartnerContact]):
    model = PartnerContact
    noun = message("de contactpersoon")
    detail_options = (selectinload(PartnerContact.partner),)
