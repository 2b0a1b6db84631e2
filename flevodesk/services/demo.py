"""A fictional but realistic demo set, clearly marked, to try the program with.

Every record it adds carries ``is_demo = True`` (persons, initiatives, applications,
partners), so the program can show the mark and the user can remove the set again.
Names, addresses and numbers are invented; e-mail addresses use the reserved
``example.nl`` style domain ``voorbeeld.invalid`` so nothing can ever be sent to them.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flevodesk.domain.base import utcnow
from flevodesk.domain.enums import (
    Audience,
    ConsentMethod,
    ConsentPurpose,
    Dagdeel,
    FundingDomain,
    FundingStatus,
    PartnerKind,
    PaymentMode,
    PersonStatus,
    Role,
    VogOutcome,
)
from flevodesk.domain.funding import ActualCost, BudgetLine, FundingApplication, Obligation
from flevodesk.domain.geography import Area, Municipality
from flevodesk.domain.initiatives import Initiative, TargetGroup, Theme
from flevodesk.domain.overview import Challenge, SuccessFactor
from flevodesk.domain.partners import Partner, PartnerContact
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import (
    DEFAULT_VOG_VALID_YEARS,
    Consent,
    Setting,
    VogRecord,
    add_years,
)
from flevodesk.domain.schemes import FundingScheme
from flevodesk.domain.text import fold
from flevodesk.services import demo_content
from flevodesk.services.financing import obligation_due_dates

DEMO_MAIL_DOMAIN = "voorbeeld.invalid"
#: The settings key that holds when the demo set was loaded (UTC, ISO 8601): rows created
#: or changed after it are the user's, so removing the demo set keeps them.
LOADED_AT_KEY = "demo_loaded_at"


def has_demo_data(session: Session) -> bool:
    """Whether the demo set is already there."""
    return bool(session.scalar(select(func.count(Initiative.id)).where(Initiative.is_demo)))


def load_demo_data(session: Session, today: date | None = None) -> None:
    """Add the demo set: initiatives in every municipality, ~60 volunteers, their
    engagements and hours, funding applications in every status, and partner contacts."""
    rng = random.Random(2026)
    today = today or date.today()
    municipalities = {m.name: m for m in session.scalars(select(Municipality))}
    areas = {(a.municipality_id, a.name): a for a in session.scalars(select(Area))}
    themes = {t.name: t for t in session.scalars(select(Theme))}
    groups = {g.name: g for g in session.scalars(select(TargetGroup))}
    factors = list(session.scalars(select(SuccessFactor).order_by(SuccessFactor.position)))
    challenges = list(session.scalars(select(Challenge).order_by(Challenge.position)))
    partners = list(session.scalars(select(Partner).order_by(Partner.name)))

    for name, scope, kind, offers in demo_content.PARTNER_CONTACTS:
        partner = Partner(
            name=name,
            scope=scope,
            kind=kind,
            offers=offers,
            is_demo=True,
            email=f"info@{kind.value}.{DEMO_MAIL_DOMAIN}",
            phone="0320-123456",
        )
        partner.audiences = [Audience.INITIATIEVEN, Audience.INWONERS]
        partner.contacts = [
            PartnerContact(
                name="Marieke Vos",
                role="Opbouwwerker",
                email=f"m.vos@{DEMO_MAIL_DOMAIN}",
                phone="06-11223344",
            )
        ]
        session.add(partner)
        partners.append(partner)
    funders = [
        p for p in partners if p.kind in (PartnerKind.FONDS, PartnerKind.GEMEENTE)
    ] or partners

    initiatives = []
    for i, (name, mun, area, theme_names, group_names, status, text) in enumerate(
        demo_content.INITIATIVES
    ):
        municipality = municipalities[mun]
        start = today - timedelta(days=rng.randint(120, 1500))
        initiative = Initiative(
            name=name,
            municipality=municipality,
            area=areas.get((municipality.id, area)),
            status=status,
            description=text,
            start_date=start,
            is_demo=True,
            goal="Meer ontmoeting en onderlinge hulp in de buurt.",
            location=f"{area}, buurthuis",
            schedule="Elke zaterdag 10:00-12:00",
            contact_email=f"info{i}@{DEMO_MAIL_DOMAIN}",
            how_to_join="Loop gerust binnen of mail ons; u hoeft niets mee te nemen.",
            open_roles="Gastvrouw/-heer, hulp bij opbouwen",
            story=f"{name} begon klein, met een paar buren en een goed idee. {text}",
            themes=[themes[t] for t in theme_names if t in themes],
            target_groups=[groups[g] for g in group_names if g in groups],
            success_factors=rng.sample(factors, k=min(2, len(factors))),
            challenges=rng.sample(challenges, k=min(2, len(challenges))),
            partners=rng.sample(partners, k=min(2, len(partners))),
        )
        if i % 5 == 1:
            initiative.location_temporary = True
            initiative.location_until = today + timedelta(days=rng.randint(10, 90))
        session.add(initiative)
        initiatives.append(initiative)

    # Photo and partner consents draw from their own generator, so the rest of the demo set
    # stays what it was before consents had purposes.
    extra = random.Random(2027)
    for n in range(60):
        first = demo_content.FIRST[n % len(demo_content.FIRST)]
        tussen, last = demo_content.LAST[(n * 7) % len(demo_content.LAST)]
        person_status = PersonStatus.ACTIEF if n % 11 else PersonStatus.INACTIEF
        person = Person(
            first_name=first,
            tussenvoegsel=tussen,
            last_name=last,
            # Folded, so "Zoë" gets zoe@…, not zo@… (accents dropped, letters kept).
            email=f"{fold(first)}.{fold(last).replace(' ', '')}{n}@{DEMO_MAIL_DOMAIN}",
            phone=f"06-{rng.randint(10000000, 99999999)}",
            postcode=f"{rng.randint(8200, 8399)} {rng.choice(['AB', 'CD', 'EK', 'GT', 'LM'])}",
            place=initiatives[n % len(initiatives)].municipality.name,
            birth_year=rng.randint(1945, 2008),
            skills=", ".join(rng.sample(demo_content.SKILLS, k=2)),
            availability=",".join(
                sorted(
                    {rng.choice(list(Dagdeel)).value for _ in range(3)},
                    key=[d.value for d in Dagdeel].index,
                )
            ),
            status=person_status,
            is_demo=True,
        )
        session.add(person)
        _add_demo_privacy(person, n, rng, extra, today)
        for k in range(1 + n % 2):
            initiative = initiatives[(n + k * 5) % len(initiatives)]
            since = max(initiative.start_date or today, today - timedelta(days=400)) + timedelta(
                days=rng.randint(0, 60)
            )
            since = min(since, today)
            role = (
                Role.KARTREKKER
                if n < len(initiatives) and k == 0
                else rng.choice(
                    [Role.VRIJWILLIGER, Role.VRIJWILLIGER, Role.COORDINATOR, Role.BESTUUR]
                )
            )
            until = (
                None if person_status is PersonStatus.ACTIEF else min(today, since + timedelta(60))
            )
            session.add(
                Engagement(
                    person=person, initiative=initiative, role=role, since=since, until=until
                )
            )
            for _ in range(rng.randint(3, 12)):
                day = since + timedelta(days=rng.randint(0, max(0, (today - since).days)))
                session.add(
                    HoursEntry(
                        person=person,
                        initiative=initiative,
                        worked_on=day,
                        minutes=rng.choice([60, 90, 120, 150, 180, 240]),
                        activity=rng.choice(
                            ["Opbouwen", "Gastvrouw", "Koken", "Tuinieren", "Vergadering"]
                        ),
                    )
                )

    applications: list[FundingApplication] = []
    for i, funding_status in enumerate(list(FundingStatus) * 2):
        initiative = initiatives[i % len(initiatives)]
        requested = (
            Decimal(rng.choice([250, 300, 750, 1500, 2000, 2500, 5000]))
            + Decimal(rng.choice([0, 50])) / 100
        )
        submitted = today - timedelta(days=rng.randint(20, 200))
        application = FundingApplication(
            initiative=initiative,
            funder=funders[i % len(funders)],
            is_demo=True,
            scheme=rng.choice(
                ["Wijkbudget", "Buurtbudget", "Bewonersinitiatief", "Fonds Leefbaarheid"]
            ),
            domain=rng.choice(list(FundingDomain)),
            title=f"Activiteiten {today.year}",
            amount_requested=requested,
            status=funding_status,
            deadline=today + timedelta(days=rng.randint(-20, 60)),
            # Empty but loaded, so the budgets set after the flush need no lazy load.
            budget_lines=[],
            obligations=[],
            actual_costs=[],
        )
        if funding_status is not FundingStatus.IN_VOORBEREIDING:
            application.submitted_on = submitted
        if funding_status.is_decided:
            application.decided_on = submitted + timedelta(days=rng.randint(10, 40))
        if funding_status.is_granted:
            application.amount_granted = (
                requested
                if funding_status is not FundingStatus.DEELS_TOEGEKEND
                else (requested / 2).quantize(Decimal("0.01"))
            )
            application.accountability_due = (
                application.decided_on + timedelta(days=90) if application.decided_on else None
            )
        if funding_status is FundingStatus.AFGEWEZEN:
            application.rejection_reason = "Past niet binnen de voorwaarden van de regeling."
        if funding_status in (FundingStatus.VERANTWOORDING_INGEDIEND, FundingStatus.AFGEROND):
            application.reported_on = min(
                today, (application.decided_on or today) + timedelta(days=60)
            )
            application.report_costs = application.amount_granted
            application.report_people_reached = rng.randint(20, 300)
            application.report_activities = rng.randint(2, 20)
            application.report_volunteers = rng.randint(3, 15)
            application.report_story = "De activiteiten zijn goed bezocht; de buurt vraagt om meer."
        session.add(application)
        applications.append(application)
    session.flush()
    _demo_budgets(session, applications, today)
    session.flush()
    # After the last flush: the budgets above update rows the set itself inserted.
    session.merge(Setting(key=LOADED_AT_KEY, value=utcnow().isoformat()))


def _demo_budgets(session: Session, applications: list[FundingApplication], today: date) -> None:
    """Schemes, budgets, receipts and obligations for the applications to funders that have
    schemes, and a budget for each initiative (a separate random stream, so the rest of the
    demo set stays as it was)."""
    rng = random.Random(6)
    cent = Decimal("0.01")
    schemes: dict[int, list[FundingScheme]] = defaultdict(list)
    for scheme in session.scalars(select(FundingScheme).order_by(FundingScheme.name)):
        schemes[scheme.funder_id].append(scheme)
    asked: dict[int, Decimal] = defaultdict(Decimal)
    for number, application in enumerate(applications):
        status = application.status
        if status is not FundingStatus.AFGEWEZEN:
            asked[application.initiative.id] += application.amount_requested
        choices = schemes.get(application.funder.id)
        if not choices:
            continue
        scheme = choices[number % len(choices)]
        application.funding_scheme = scheme
        application.scheme = scheme.name
        decided = application.decided_on
        application.activity_date = (
            decided + timedelta(days=rng.randint(7, 40))
            if decided
            else today + timedelta(days=rng.randint(30, 90))
        )
        requested = application.amount_requested
        picked = rng.sample(demo_content.DEMO_LINES, k=3)
        amounts = [(requested * Decimal("0.3")).quantize(cent)]
        amounts.append((requested * Decimal("0.2")).quantize(cent))
        amounts.insert(0, requested - sum(amounts))
        lines = [
            BudgetLine(description=text, cost_type=kind, amount=amount)
            for (text, kind), amount in zip(picked, amounts, strict=True)
        ]
        application.budget_lines = lines
        if not status.is_granted:
            continue
        done = application.reported_on
        application.obligations = [
            Obligation(kind=kind, due_date=due, done_on=done)
            for kind, due in obligation_due_dates(scheme, application.activity_date, decided)
        ]
        granted = application.amount_granted or Decimal("0.00")
        if scheme.payment is PaymentMode.VOORSCHOT and scheme.advance_percentage:
            application.advance_received = (granted * scheme.advance_percentage / 100).quantize(
                cent
            )
        session.flush()  # receipts refer to the budget lines by id
        spent_share = Decimal("0.4") if done is None else Decimal("0.97")
        application.actual_costs = [
            ActualCost(
                budget_line_id=line.id,
                description=line.description,
                cost_type=line.cost_type,
                amount=(line.amount * spent_share).quantize(cent),
                paid_on=application.activity_date,
                receipt=f"bon-{application.id}-{index}.pdf" if index % 2 == 0 else None,
            )
            for index, line in enumerate(lines[: 1 if done is None else 3], start=1)
        ]
        if status is FundingStatus.AFGEROND:
            application.final_payment = granted - (application.advance_received or 0)
    for application in applications:
        initiative = application.initiative
        if initiative.budget_total is None and asked[initiative.id]:
            total = (asked[initiative.id] * Decimal(rng.choice(["1.1", "1.25", "0.9"]))).quantize(
                cent
            )
            initiative.budget_total = total
            initiative.own_contribution = (total / 10).quantize(cent)


def _add_demo_privacy(
    person: Person, n: int, rng: random.Random, extra: random.Random, today: date
) -> None:
    """A demo person's VOG (every third) and consents: contact always, photos and sharing
    with partners for some, so the consent filters have something to leave out."""
    if n % 3 == 0:
        seen = today - timedelta(days=rng.randint(30, 1300))
        person.vog_records.append(
            VogRecord(
                screening_profile="Algemeen: omgang met minderjarigen",
                seen_on=seen,
                seen_by="Coördinator (demo)",
                outcome=VogOutcome.AFGEGEVEN,
                valid_until=add_years(seen, DEFAULT_VOG_VALID_YEARS),
            )
        )
    given = today - timedelta(days=rng.randint(30, 700))
    method = rng.choice(list(ConsentMethod))
    person.consents.append(Consent(purpose=ConsentPurpose.CONTACT, given_on=given, method=method))
    if extra.random() < 0.6:
        person.consents.append(
            Consent(purpose=ConsentPurpose.FOTO_PUBLICATIE, given_on=given, method=method)
        )
    if extra.random() < 0.4:
        person.consents.append(
            Consent(purpose=ConsentPurpose.DELEN_MET_PARTNERS, given_on=given, method=method)
        )
