"""The verantwoording of one funding application: requested, granted and spent money, its
reach and its story."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from flevodesk.domain.enums import FundingDomain
from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.messages import message
from flevodesk.domain.people import HoursEntry
from flevodesk.reports.data import CostLineItem, FundingReportData, ObligationItem
from flevodesk.services.errors import NotFound
from flevodesk.services.funding_details import costs_total
from flevodesk.services.printouts.declaration import Input, Printout, need, slug
from flevodesk.store.database import Database


def funding_report_data(
    db: Database, application_id: int, today: date | None = None
) -> FundingReportData:
    """The verantwoording of one funding application.

    Hours count from the submission date (the decision date when there is none) up to the
    reporting date, or up to today while the verantwoording is still open.

    Raises:
        NotFound: for an unknown application id.
    """
    day = today or date.today()
    with db.read() as session:
        application = session.scalars(
            select(FundingApplication)
            .where(FundingApplication.id == application_id)
            .options(
                selectinload(FundingApplication.initiative).selectinload(Initiative.municipality),
                selectinload(FundingApplication.funder),
                selectinload(FundingApplication.funding_scheme),
                selectinload(FundingApplication.budget_lines),
                selectinload(FundingApplication.actual_costs),
                selectinload(FundingApplication.obligations),
            )
        ).first()
        if application is None:
            raise NotFound(message("Aanvraag {number} bestaat niet.", number=application_id))
        start = application.submitted_on or application.decided_on
        end = application.reported_on or day
        minutes, people = 0, 0
        if start is not None:
            minutes_sum, people_count = session.execute(
                select(
                    func.coalesce(func.sum(HoursEntry.minutes), 0),
                    func.count(func.distinct(HoursEntry.person_id)),
                ).where(
                    HoursEntry.initiative_id == application.initiative_id,
                    HoursEntry.worked_on >= start,
                    HoursEntry.worked_on <= end,
                )
            ).one()
            minutes, people = int(minutes_sum), int(people_count)
        return FundingReportData(
            initiative=application.initiative.name,
            municipality=application.initiative.municipality.name,
            funder=application.funder.name,
            status=application.status.label,
            printed_on=day,
            title=application.title,
            scheme=application.funding_scheme.name
            if application.funding_scheme
            else application.scheme,
            domain=_PLAIN_DOMAIN[application.domain],
            amount_requested=application.amount_requested,
            amount_granted=application.amount_granted,
            report_costs=costs_total(application),
            people_reached=application.report_people_reached,
            activities=application.report_activities,
            volunteers=application.report_volunteers,
            hours_minutes=minutes,
            hours_people=people,
            hours_from=start,
            hours_until=end if start is not None else None,
            story=application.report_story,
            rejection_reason=application.rejection_reason,
            deadline=application.deadline,
            submitted_on=application.submitted_on,
            decided_on=application.decided_on,
            accountability_due=application.accountability_due,
            reported_on=application.reported_on,
            cost_lines=_cost_lines(application),
            advance_received=application.advance_received,
            final_payment=application.final_payment,
            repayment=application.repayment,
            obligations=tuple(
                ObligationItem(o.kind.label, o.due_date, o.done_on) for o in application.obligations
            ),
        )


#: The domain in the words a funder or resident reads ("Beide" alone says nothing).
_PLAIN_DOMAIN = {
    FundingDomain.SOCIAAL: "mensen en ontmoeting (sociaal)",
    FundingDomain.FYSIEK: "de buurt zelf (fysiek)",
    FundingDomain.BEIDE: "mensen en de buurt (sociaal en fysiek)",
}


def _cost_lines(application: FundingApplication) -> tuple[CostLineItem, ...]:
    """Each budget line with what was spent on it, then costs booked outside the budget."""
    spent: dict[int, Decimal] = defaultdict(lambda: Decimal("0.00"))
    loose: list[CostLineItem] = []
    for cost in application.actual_costs:
        if cost.budget_line_id is None:
            loose.append(CostLineItem(cost.description, cost.cost_type.label, None, cost.amount))
        else:
            spent[cost.budget_line_id] += cost.amount
    lines = [
        CostLineItem(line.description, line.cost_type.label, line.amount, spent[line.id])
        for line in application.budget_lines
    ]
    return tuple(lines + loose)


PRINTOUT = Printout(
    key="funding",
    title="Verantwoording",
    description="Aangevraagd, toegekend en besteed geld, bereik en verhaal van een aanvraag.",
    build=lambda db, request: funding_report_data(db, need(request.application.id)),
    renderer="flevodesk.reports.funding:render_funding_report",
    names_persons=False,
    inputs=(Input.APPLICATION,),
    command="funding",
    file_name=lambda request: (
        f"verantwoording-{slug(request.application.name) or request.application.id}.pdf"
    ),
)
