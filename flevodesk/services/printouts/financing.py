"""An initiative's financing plan (its budget against all its applications) with its track
record, to go with a new application."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import FundingStatus
from flevodesk.domain.initiatives import Initiative
from flevodesk.reports.data import FinancingPlanData, PlanLineItem, TrackRecordRow
from flevodesk.services.financing import PENDING, financing_plan, track_record
from flevodesk.services.printouts.declaration import Input, Printout, slug
from flevodesk.services.printouts.selection import initiative_id
from flevodesk.store.database import Database


def financing_plan_data(
    db: Database, initiative_id: int, today: date | None = None
) -> FinancingPlanData:
    """An initiative's financing plan with its track record, to go with a new application.

    Raises:
        NotFound: for an unknown initiative id.
    """
    plan = financing_plan(db, initiative_id)
    history = track_record(db, initiative_id)
    with db.read() as session:
        initiative = session.scalars(
            select(Initiative)
            .where(Initiative.id == initiative_id)
            .options(selectinload(Initiative.municipality))
        ).one()
        municipality = initiative.municipality.name
    return FinancingPlanData(
        initiative=plan.initiative,
        municipality=municipality,
        printed_on=today or date.today(),
        budget_total=plan.budget_total,
        own_contribution=plan.own_contribution,
        granted=plan.granted,
        pending=plan.pending,
        rejected=plan.rejected,
        covered=plan.covered,
        gap=plan.gap,
        over_financed=plan.over_financed,
        lines=tuple(
            PlanLineItem(
                line.funder,
                line.scheme,
                line.status.label,
                line.requested,
                line.granted,
                _counts_as(line.status),
            )
            for line in plan.lines
        ),
        double_financed=plan.double_financed,
        track_record=tuple(
            TrackRecordRow(item.year, item.funder, item.scheme, item.granted) for item in history
        ),
    )


def _counts_as(status: FundingStatus) -> str:
    if status.is_granted:
        return "toegekend"
    if status in PENDING:
        return "in behandeling"
    if status is FundingStatus.AFGEWEZEN:
        return "afgewezen"
    return ""


PRINTOUT = Printout(
    key="financing",
    title="Financieringsplan en trackrecord",
    description=(
        "De begroting van een initiatief tegen al zijn aanvragen, en wie het eerder steunde."
    ),
    build=lambda db, request: financing_plan_data(db, initiative_id(db, request.initiative)),
    renderer="flevodesk.reports.financing:render_financing_plan",
    names_persons=False,
    inputs=(Input.INITIATIVE,),
    command="financing",
    file_name=lambda request: f"financieringsplan-{slug(request.initiative.name)}.pdf",
)
