"""The "algemeen beeld": the overview of Flevoland (or one municipality) with its network."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import PartnerScope, Perspective
from flevodesk.domain.geography import Municipality
from flevodesk.domain.overview import Challenge, Impression, Link, Practice, SuccessFactor
from flevodesk.reports.data import (
    ImpressionItem,
    LinkItem,
    OverviewData,
    PracticeGroup,
    SuccessFactorItem,
)
from flevodesk.services.overview_charts import figures_in
from flevodesk.services.overview_stats import QUIET_MOST, check_quiet_threshold
from flevodesk.services.printouts.declaration import Input, Option, Printout, Request, slug
from flevodesk.services.printouts.selection import all_partners, municipality_named, partner_item
from flevodesk.store.database import Database


def _practice_groups(practices: Sequence[Practice]) -> tuple[PracticeGroup, ...]:
    # Groups keep the order in which their first practice appears, as the seed lists them.
    groups: dict[str, list[str]] = {}
    order: list[tuple[str, str | None]] = []
    for practice in practices:
        if practice.category is None:
            order.append((practice.display_name, None))
            continue
        if practice.category not in groups:
            groups[practice.category] = []
            order.append((practice.category, practice.category))
        groups[practice.category].append(practice.display_name)
    return tuple(
        PracticeGroup(heading, tuple(groups[key]) if key is not None else ())
        for heading, key in order
    )


def overview_data(
    db: Database,
    municipality: str | None = None,
    today: date | None = None,
    quiet_at_most: int | None = None,
) -> OverviewData:
    """The material of the "algemeen beeld" overview.

    Args:
        db: the database to read.
        municipality: name or abbreviation ("NOP") of a municipality to narrow the
            impressions and practices to; success factors, challenges, links and partners
            stay as they are; the figures page counts that municipality only.
        today: the day the figures are of (hours count up to it); None for today.
        quiet_at_most: the threshold for "minder actief"; None for the stored one.

    Raises:
        NotFound: for an unknown municipality.
    """
    with db.read() as session:
        place = municipality_named(session, municipality) if municipality else None
        impressions_query = (
            select(Impression)
            .options(selectinload(Impression.municipality))
            .order_by(Impression.position, Impression.id)
        )
        practices_query = (
            select(Practice)
            .options(selectinload(Practice.municipalities))
            .order_by(Practice.position, Practice.id)
        )
        if place is not None:
            impressions_query = impressions_query.where(Impression.municipality_id == place.id)
            practices_query = practices_query.where(
                Practice.municipalities.any(Municipality.id == place.id)
            )
        impressions = session.scalars(impressions_query).all()
        practices = session.scalars(practices_query).all()
        factors = session.scalars(
            select(SuccessFactor).order_by(SuccessFactor.position, SuccessFactor.id)
        ).all()
        challenges = session.scalars(
            select(Challenge).order_by(Challenge.position, Challenge.id)
        ).all()
        links = session.scalars(select(Link).order_by(Link.position, Link.id)).all()
        # The seed's network page shows who helps with knowledge and contacts; funders
        # belong with their schemes, not in this network.
        partners = [p for p in all_partners(session) if not p.kind.is_funder]
        return OverviewData(
            impressions=tuple(ImpressionItem(i.municipality.name, i.text) for i in impressions),
            success_factors=tuple(SuccessFactorItem(f.name, f.explanation) for f in factors),
            practice_groups=_practice_groups(practices),
            challenges_inwoners=tuple(
                c.text for c in challenges if c.perspective is Perspective.INWONERS
            ),
            challenges_gemeente=tuple(
                c.text for c in challenges if c.perspective is Perspective.GEMEENTE
            ),
            links=tuple(LinkItem(link.text, link.url) for link in links),
            partners_flevoland=tuple(
                partner_item(p) for p in partners if p.scope is PartnerScope.FLEVOLAND
            ),
            partners_landelijk=tuple(
                partner_item(p) for p in partners if p.scope is PartnerScope.LANDELIJK
            ),
            municipality=place.name if place is not None else None,
            figures=figures_in(
                session,
                today,
                place.id if place is not None else None,
                quiet_at_most=quiet_at_most,
            ),
        )


def _threshold(text: str) -> int:
    try:
        return check_quiet_threshold(int(text))
    except ValueError:  # ValidationError is one too
        raise ValueError(f"'{text}' is geen aantal van 0 tot en met {QUIET_MOST}") from None


def _file_name(request: Request) -> str:
    place = request.municipality
    return f"algemeen-beeld-{slug(place)}.pdf" if place else "algemeen-beeld.pdf"


PRINTOUT = Printout(
    key="overview",
    title="Algemeen beeld",
    description="Het overzicht van Flevoland (of één gemeente) met de netwerkpartners.",
    build=lambda db, request: overview_data(
        db, request.municipality, quiet_at_most=request.quiet_at_most
    ),
    renderer="flevodesk.reports.overview:render_overview",
    names_persons=False,
    inputs=(Input.MUNICIPALITY,),
    command="overview",
    menu="&Algemeen beeld…",
    file_name=_file_name,
    options=(
        Option(
            "--quiet-at-most",
            "quiet_at_most",
            "minder actief: wijken en kernen met initiatieven waarvan hoogstens N actief "
            "(standaard de instelling uit het Overzicht)",
            _threshold,
        ),
    ),
)
