"""The "algemeen beeld": the overview of Flevoland (or one municipality) with its network.

The municipality edition adds that municipality's own initiatives (stopped ones left out)
and its local partners. Of an initiative it prints what the initiative publishes itself on
its handout (:func:`flevodesk.services.printouts.initiative.handout`): its website, e-mail
and phone. Kartrekkers, whom the handout names only with their consent to publication, are
not named: the overview names no person, so its files need no note in the export log.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from flevodesk.domain.enums import InitiativeStatus, PartnerScope, Perspective
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.overview import Challenge, Impression, Link, Practice, SuccessFactor
from flevodesk.reports.data import (
    HandoutData,
    ImpressionItem,
    LinkItem,
    LocalInitiative,
    OverviewData,
    PracticeGroup,
    PracticeItem,
    SuccessFactorItem,
)
from flevodesk.services.overview_charts import figures_in
from flevodesk.services.overview_stats import QUIET_MOST, check_quiet_threshold
from flevodesk.services.printouts.declaration import (
    RESIDENT_LANGUAGES,
    Input,
    Option,
    Printout,
    Request,
    slug,
)
from flevodesk.services.printouts.initiative import handout, handout_loads
from flevodesk.services.printouts.selection import all_partners, municipality_named, partner_item
from flevodesk.store.database import Database


def _practice_groups(practices: Sequence[Practice]) -> tuple[PracticeGroup, ...]:
    # Groups keep the order in which their first practice appears, as the seed lists them.
    groups: dict[str, list[PracticeItem]] = {}
    order: list[PracticeGroup | str] = []
    for practice in practices:
        if practice.category is None:
            order.append(PracticeGroup(practice.display_name, audiences=tuple(practice.audiences)))
            continue
        if practice.category not in groups:
            groups[practice.category] = []
            order.append(practice.category)
        groups[practice.category].append(
            PracticeItem(practice.display_name, tuple(practice.audiences))
        )
    return tuple(
        PracticeGroup(entry, tuple(groups[entry])) if isinstance(entry, str) else entry
        for entry in order
    )


def _first_line(value: str | None) -> str | None:
    """The first sentence of a text, for a list with one line per initiative."""
    line = (value or "").strip().split("\n")[0].strip()
    if not line:
        return None
    end = line.find(". ")
    return line[: end + 1] if end > 0 else line


def _local(item: HandoutData) -> LocalInitiative:
    reach = [value for value in (item.website, item.contact_email, item.contact_phone) if value]
    contact = " · ".join(reach)
    return LocalInitiative(
        name=item.name,
        area=item.area,
        line=_first_line(item.goal) or _first_line(item.description),
        contact=contact or None,
    )


def local_initiatives(
    session: Session, place: Municipality, day: date
) -> tuple[LocalInitiative, ...]:
    """The municipality's initiatives that have not stopped, by area and name."""
    found = session.scalars(
        select(Initiative)
        .where(
            Initiative.municipality_id == place.id,
            Initiative.status != InitiativeStatus.GESTOPT,
        )
        .options(*handout_loads(day))
        .order_by(Initiative.name)
    ).all()
    items = [_local(handout(initiative, day)) for initiative in found]
    return tuple(sorted(items, key=lambda i: ((i.area or "").lower(), i.name.lower())))


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
            impressions and practices to and to list its own initiatives and local
            partners; success factors, challenges, links and the partners of Flevoland
            and landelijk stay as they are; the figures page counts that municipality only.
        today: the day the figures are of (hours count up to it); None for today.
        quiet_at_most: the threshold for "minder actief"; None for the stored one.

    Raises:
        NotFound: for an unknown municipality.
    """
    day = today or date.today()
    with db.read() as session:
        place = municipality_named(session, municipality) if municipality else None
        impressions_query = (
            select(Impression)
            .options(selectinload(Impression.municipality))
            .order_by(Impression.position, Impression.id)
        )
        practices_query = (
            select(Practice)
            .options(selectinload(Practice.municipalities), selectinload(Practice.audience_links))
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
        links = session.scalars(
            select(Link).options(selectinload(Link.audience_links)).order_by(Link.position, Link.id)
        ).all()
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
            links=tuple(LinkItem(link.text, link.url, tuple(link.audiences)) for link in links),
            partners_flevoland=tuple(
                partner_item(p) for p in partners if p.scope is PartnerScope.FLEVOLAND
            ),
            partners_landelijk=tuple(
                partner_item(p) for p in partners if p.scope is PartnerScope.LANDELIJK
            ),
            municipality=place.name if place is not None else None,
            initiatives=local_initiatives(session, place, day) if place is not None else (),
            partners_local=tuple(
                partner_item(p)
                for p in partners
                if place is not None
                and p.scope is PartnerScope.GEMEENTE
                and p.municipality_id == place.id
            ),
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
    languages=RESIDENT_LANGUAGES,
)
