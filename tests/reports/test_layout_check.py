"""Every printout kind, on the demo set and on data that pushes it, reads cleanly on paper:
no text where printers cut, none drawn over other text, none too small to read.

The stressed database adds to the demo set what real users have: an initiative whose name
is 113 characters long with 60 volunteers and a long story, a verantwoording with 14
budget lines and a long story, a volunteer with 70 hour entries, and a period in which
nothing happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from flevodesk.domain.enums import ConsentPurpose, CostType, FundingStatus, InitiativeStatus, Role
from flevodesk.domain.funding import BudgetLine, FundingApplication
from flevodesk.domain.geography import Municipality
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.partners import Partner
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent
from flevodesk.reports import styles as st
from flevodesk.services.demo import load_demo_data
from flevodesk.services.printouts import PRINTOUTS, Input, Ref, Request
from flevodesk.services.setup import open_database
from flevodesk.store.database import Database
from tests.reports.layout_check import EDGE, Problem, pieces, problems, shrunk, sizes

DAY = date(2026, 11, 1)
LONG_NAME = (
    "Stichting Buurtnetwerk voor Ontmoeting, Zorg en Duurzaamheid in de Noordoostpolder "
    "en de Kernen rond Emmeloord eo"
)
STORY = "\n\n".join(
    "We begonnen in een lege schuur met een paar tafels en een koffiezetapparaat. "
    "Inmiddels komen er elke week buurtbewoners van alle leeftijden, die samen "
    "repareren, koken, verhalen delen en elkaar helpen met formulieren. "
    f"Dit is alinea {n} van ons verhaal over wat het geld mogelijk maakte."
    for n in range(1, 9)
)


def _stress(db: Database) -> None:
    with db.write() as s:
        nop = s.scalars(select(Municipality).where(Municipality.name == "Noordoostpolder")).one()
        funder = s.scalars(select(Partner).where(Partner.name == "Provincie Flevoland")).one()
        big = Initiative(
            name=LONG_NAME,
            municipality=nop,
            status=InitiativeStatus.ACTIEF,
            description="Een netwerk van buren die elkaar helpen. " * 6,
            goal="Niemand in de kern staat er alleen voor.",
            story=STORY,
            budget_total=Decimal("25000.00"),
        )
        s.add(big)
        for n in range(60):
            person = Person(
                first_name=f"Vrijwilliger{n:02d}",
                tussenvoegsel="van der" if n % 3 == 0 else None,
                last_name="Achternaammetlengte" + "x" * (n % 7),
                email=f"v{n}@example.nl",
                phone=f"06-{10000000 + n}",
                availability="ma-ochtend,di-middag,wo-avond,za-ochtend",
                consents=[Consent(purpose=p, given_on=date(2024, 1, 1)) for p in ConsentPurpose],
            )
            s.add(person)
            s.add(
                Engagement(
                    person=person,
                    initiative=big,
                    role=Role.KARTREKKER if n < 3 else Role.VRIJWILLIGER,
                    since=date(2024, 1, 1),
                )
            )
            if n == 0:
                for k in range(70):
                    s.add(
                        HoursEntry(
                            person=person,
                            initiative=big,
                            worked_on=date(2026, 1, 1) + timedelta(days=4 * k),
                            minutes=30 + 15 * (k % 9),
                            activity=f"Inloopochtend en koffie schenken, ronde {k}",
                        )
                    )
        kinds = list(CostType)
        s.add(
            FundingApplication(
                initiative=big,
                funder=funder,
                scheme="Fonds Leefbaarheid",
                title="Een jaar lang samen sterk in de kernen",
                amount_requested=Decimal("14000.00"),
                amount_granted=Decimal("12000.00"),
                report_costs=Decimal("11876.45"),
                status=FundingStatus.AFGEROND,
                submitted_on=date(2026, 1, 10),
                decided_on=date(2026, 2, 1),
                accountability_due=date(2026, 10, 1),
                reported_on=date(2026, 9, 20),
                report_people_reached=1412,
                report_activities=52,
                report_volunteers=60,
                report_story=STORY,
                budget_lines=[
                    BudgetLine(
                        description=f"Vrijwilligersvergoedingen en onkosten post {n}",
                        cost_type=kinds[n % len(kinds)],
                        amount=Decimal("850.00") + n,
                    )
                    for n in range(14)
                ],
            )
        )


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Database]]:
    made = {}
    for name in ("demo", "stressed"):
        opened = open_database(str(tmp_path_factory.mktemp(name) / f"{name}.sqlite3"))
        with opened.db.write() as session:
            load_demo_data(session, today=DAY)
        if name == "stressed":
            _stress(opened.db)
        made[name] = opened.db
    yield made
    for db in made.values():
        db.dispose()


def _requests(db: Database, stressed: bool) -> list[Request]:
    """What a user would print of each kind: on the stressed set the record that pushes
    it, and an empty period besides."""
    with db.read() as s:
        if stressed:
            initiative = s.scalars(select(Initiative).where(Initiative.name == LONG_NAME)).one()
        else:
            initiative = s.scalars(
                select(Initiative).where(Initiative.is_demo).order_by(Initiative.id)
            ).first()
        assert initiative is not None
        application = s.scalars(
            select(FundingApplication.id)
            .where(FundingApplication.initiative_id == initiative.id)
            .order_by(FundingApplication.id.desc())
        ).first()
        if application is None:
            application = s.scalars(select(FundingApplication.id)).first()
        person = (
            s.scalars(
                select(Person)
                .join(HoursEntry, HoursEntry.person_id == Person.id)
                .where(HoursEntry.initiative_id == initiative.id)
                .order_by(Person.id)
            ).first()
            or s.scalars(select(Person).join(HoursEntry).order_by(Person.id)).first()
        )
        assert person is not None
        base = Request(
            municipality="Noordoostpolder",
            initiative=Ref(initiative.id, initiative.name),
            person=Ref(person.id, person.email or ""),
            application=Ref(application),
            day=DAY,
            start=date(2026, 1, 1),
            end=DAY,
        )
    found = [base, replace(base, municipality=None)]  # None: all of Flevoland
    if stressed:
        found.append(replace(base, start=date(2020, 1, 1), end=date(2020, 2, 1)))
    return found


CASES = [(key, name) for key in PRINTOUTS for name in ("demo", "stressed")]


@pytest.mark.parametrize(("key", "name"), CASES)
def test_printout_reads_cleanly_on_paper(key, name, databases, tmp_path):
    printout = PRINTOUTS[key]
    db = databases[name]
    found: list[tuple[Request, Problem]] = []
    seen: set[tuple[object, ...]] = set()
    for request in _requests(db, name == "stressed"):
        # Only the fields the printout reads make it differ; the same request once.
        relevant = tuple(
            getattr(request, field) for wanted in printout.inputs for field in _FIELDS[wanted]
        )
        if relevant in seen:
            continue
        seen.add(relevant)
        out = tmp_path / f"{key}-{len(seen)}.pdf"
        printout.make(db, request, out)
        found += [(request, p) for p in problems(out)]
    assert not found, "\n".join(f"{printout.key} {r}: {p}" for r, p in found[:15])


_FIELDS = {
    Input.MUNICIPALITY: ("municipality",),
    Input.INITIATIVE: ("initiative",),
    Input.INITIATIVE_ID_OR_NAME: ("initiative",),
    Input.APPLICATION: ("application",),
    Input.PERSON: ("person",),
    Input.DAY: ("day",),
    Input.PERIOD: ("start", "end"),
}


@pytest.mark.parametrize(("key", "name"), CASES)
def test_body_text_is_never_shrunk_below_body_size(key, name, databases, tmp_path):
    printout = PRINTOUTS[key]
    db = databases[name]
    found: list[Problem] = []
    for index, request in enumerate(_requests(db, name == "stressed")):
        out = tmp_path / f"{key}-{index}.pdf"
        printout.make(db, request, out)
        found += shrunk(out)
    assert not found, "\n".join(str(p) for p in found[:10])


@pytest.mark.parametrize(("key", "name"), CASES)
def test_every_text_stands_at_one_of_the_four_sizes_of_the_type_scale(
    key, name, databases, tmp_path
):
    printout = PRINTOUTS[key]
    db = databases[name]
    found: set[float] = set()
    for index, request in enumerate(_requests(db, name == "stressed")):
        out = tmp_path / f"{key}-{index}.pdf"
        printout.make(db, request, out)
        found |= sizes(out)
    assert found <= set(st.TEXT_SIZES), sorted(found - set(st.TEXT_SIZES))
    # Small print and body text at least: every printout has a footer and some text.
    assert {st.SIZE_SMALL, st.SIZE_BODY} <= found


def test_the_checker_finds_what_it_is_for(tmp_path):
    """Text at the edge, text over text and print too small are each reported."""
    from reportlab.pdfgen.canvas import Canvas

    from flevodesk.reports import styles as st

    st.register_fonts()
    out = tmp_path / "bad.pdf"
    canvas = Canvas(str(out))
    canvas.setFont(st.FONT, 9)
    canvas.drawString(EDGE - 3, 400, "aan de rand")
    canvas.drawString(100, 300, "regel een")
    canvas.drawString(104, 302, "regel twee")
    canvas.drawString(100, 200, "gewone regel")
    canvas.drawString(100, 189, "volgende regel")
    canvas.setFont(st.FONT, 5)
    canvas.drawString(100, 100, "kleine letters")
    canvas.save()
    kinds = sorted(p.kind.split(" ")[0] + " " + p.text.split(" /")[0] for p in problems(out))
    assert kinds == ["text aan de rand", "text kleine letters", "text regel twee"]


@pytest.mark.parametrize("key", ["volunteers", "hours", "funding", "financing"])
def test_names_and_amounts_stay_whole_on_a_line(key, databases, tmp_path):
    """A line never ends between "van der" and the surname, or between "€" and its
    amount, however narrow the column."""
    db = databases["stressed"]
    out = tmp_path / f"{key}.pdf"
    PRINTOUTS[key].make(db, _requests(db, stressed=True)[0], out)
    runs, _ = pieces(out)
    assert any("van der" in run.text for run in runs) or key in ("funding", "financing")
    assert any("€" in run.text for run in runs) or key in ("volunteers", "hours")
    broken = [r.text for r in runs if r.text.endswith((" van der", " van", "€"))]
    assert not broken


@pytest.mark.parametrize(
    ("key", "word"),
    [("funding", "Vrijwilligersvergoeding"), ("register", "Verwerkingsverantwoordelijke")],
)
def test_a_long_label_is_never_broken_inside_the_word(key, word, databases, tmp_path):
    """Its column is as wide as the label: "Vrijwilligersvergoedin|g" reads as a typo."""
    db = databases["stressed"]
    out = tmp_path / f"{key}.pdf"
    PRINTOUTS[key].make(db, _requests(db, stressed=True)[0], out)
    runs, _ = pieces(out)
    assert any(run.text == word for run in runs)
