import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from flevodesk.reports import styles as st
from flevodesk.reports.funding import render_funding_report
from flevodesk.services.errors import NotFound
from flevodesk.services.printouts.funding import funding_report_data
from tests.reports.conftest import TODAY
from tests.reports.helpers import page_texts, placed_text


def _render(data) -> bytes:
    out = io.BytesIO()
    render_funding_report(data, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def report(report_db, application_id):
    return funding_report_data(report_db, application_id, TODAY)


def test_data_counts_hours_in_the_period(report):
    # 180 + 185 + 90 by Şükrü and 240 by Ayşe between submission and report; the
    # December 2025 entry lies before the submission.
    assert report.hours_minutes == 695
    assert report.hours_people == 2
    assert report.amount_granted == Decimal("1234.56")


def test_one_page_with_money_reach_story_and_dates(report):
    pages = page_texts(_render(report))
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "€ 2.500,00",
        "€ 1.234,56",
        "€ 1.100,10",
        "niet besteed: € 134,46",
        "412",
        "11:35",
        "10 januari 2026 t/m 20 september 2026 · 2 vrijwilligers",
        "We hebben 9 keer een repair café gehouden.",
        "Initiatievenbudget",
        "Gemeente Noordoostpolder",
        "Afgerond",
        "Indienen uiterlijk 15 januari 2026",
        "Besluit 1 februari 2026",
        "Verantwoorden uiterlijk 1 oktober 2026",
        "Verantwoord op 20 september 2026",
        "Verantwoording Repair Café De Schroevendraaier",
    ):
        assert expected in text, expected


def test_open_application_counts_up_to_today(report_db, application_id, report):
    pending = replace(
        report,
        amount_granted=None,
        report_costs=None,
        reported_on=None,
        hours_from=None,
        hours_until=None,
        rejection_reason="Budget op.",
        story=None,
    )
    text = page_texts(_render(pending))[0]
    assert "geen periode" in text
    assert "Reden van afwijzing" in text.title() or "REDEN VAN AFWIJZING" in text
    assert "Nog geen verhaal vastgelegd." in text


def test_a_long_story_flows_onto_numbered_pages_at_its_own_size(report):
    """Nothing shrinks to fit one page: the story continues under the running title."""
    story = "\n\n".join(f"Alinea {n}: " + "Lang verhaal. " * 60 for n in range(1, 26))
    story += " HET LAATSTE WOORD"
    heavy = replace(report, report_costs=Decimal("1500.00"), story=story)
    pdf = _render(heavy)
    pages = page_texts(pdf)
    assert len(pages) > 2
    assert "meer besteed dan toegekend: € 265,44" in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        assert f"Verantwoording {report.initiative} (vervolg)" in page
        assert f"pagina {number} van {len(pages)}" in page
    assert "HET LAATSTE WOORD" in pages[-1]
    assert all(f"Alinea {n}:" in " ".join(pages) for n in range(1, 26))
    assert {size for _, _, _, size in placed_text(pdf, 1)} <= set(st.TEXT_SIZES)


def test_unknown_application(report_db):
    with pytest.raises(NotFound):
        funding_report_data(report_db, 4242)


def test_budget_lines_against_receipts_payments_and_obligations(report_db, granted_id):
    data = funding_report_data(report_db, granted_id, TODAY)
    assert [(c.description, c.budgeted, c.spent) for c in data.cost_lines] == [
        ("Gereedschap", Decimal("1800.00"), Decimal("1800.00")),
        ("Koffie en thee", Decimal("400.00"), Decimal("380.40")),
        ("Huur De Deel", Decimal("800.00"), Decimal("0.00")),
        ("Flyers", None, Decimal("99.99")),
    ]
    # No costs typed into the report: the receipts speak for them, to the cent.
    assert data.report_costs == Decimal("2280.39")
    assert data.received == Decimal("2349.50")
    pages = page_texts(_render(data))
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "BEGROTING EN UITGAVEN",
        "Gereedschap Materiaal € 1.800,00 € 1.800,00 € 0,00",
        "Koffie en thee Eten en drinken € 400,00 € 380,40 € 19,60",
        "Flyers Promotie niet begroot € 99,99",
        "Totaal € 3.000,00 € 2.280,39 € 719,61",
        "Voorschot ontvangen € 1.875,00",
        "Terugbetaald € 25,50",
        "Per saldo ontvangen € 2.349,50",
        "Inhoudelijk eindverslag uiterlijk 5 december 2026 · open",
        "Financieel verslag uiterlijk 5 december 2026 · gedaan 20 oktober 2026",
        "Oranje Fonds",
    ):
        assert expected in text, expected


def test_spent_has_one_source_so_tile_and_table_agree(report_db, granted_id):
    data = funding_report_data(report_db, granted_id, TODAY)
    # A figure typed into the report beside booked receipts used to stand in the tile
    # while the table added up the receipts: two totals for one thing.
    typed = replace(data, report_costs=Decimal("1234.56"))
    text = page_texts(_render(typed))[0]
    assert "€ 1.234,56" not in text
    assert "Besteed € 2.280,39 niet besteed: € 219,61" in text
    assert "Totaal € 3.000,00 € 2.280,39 € 719,61" in text


def test_a_budget_without_booked_costs_shows_no_column_of_zeros(report_db, granted_id):
    data = funding_report_data(report_db, granted_id, TODAY)
    budgeted = tuple(replace(line, spent=Decimal("0.00")) for line in data.cost_lines[:3])
    plan = replace(data, cost_lines=budgeted, report_costs=Decimal("2100.00"))
    text = page_texts(_render(plan))[0]
    assert "BEGROTING Post Soort Begroot Gereedschap" in text
    assert "Verschil" not in text and "€ 0,00" not in text
    assert "Besteed € 2.100,00" in text


def test_overdue_verantwoording_and_obligations_are_marked(report_db, granted_id):
    data = funding_report_data(report_db, granted_id, TODAY)
    late = replace(data, accountability_due=date(2026, 10, 1), reported_on=None)
    late = replace(late, printed_on=date(2026, 12, 10))
    text = page_texts(_render(late))[0]
    assert "Te laat. De verantwoording had uiterlijk 1 oktober 2026 bij de financier" in text
    assert "Verantwoorden uiterlijk 1 oktober 2026 – te laat" in text
    assert "Inhoudelijk eindverslag: had uiterlijk 5 december 2026 gedaan moeten zijn." in text
    assert "Financieel verslag: had" not in text  # done in time
    on_time = page_texts(_render(data))[0]
    assert "te laat" not in on_time.lower()


def test_plain_words_and_a_place_to_sign(report):
    text = page_texts(_render(report))[0]
    assert "ONDERTEKENING" in text and "Namens het initiatief" in text
    assert "Handtekening: ____" in text
    assert "Gericht op" in text and "Domein" not in text
    for jargon in ("DATA ", "Deadline", "Beide"):
        assert jargon not in text, jargon


def test_a_long_word_in_a_narrow_column_is_hyphenated_in_dutch(report_db, granted_id):
    data = funding_report_data(report_db, granted_id, TODAY)
    word = "Vrijwilligersvergoedingenadministratie"
    line = replace(data.cost_lines[0], cost_type=word)
    text = page_texts(_render(replace(data, cost_lines=(line, *data.cost_lines[1:]))))[0]
    # Broken where Dutch breaks it, with a hyphen, never at an arbitrary letter.
    broken = next(part for part in text.split() if part.startswith("Vrijwilligers"))
    assert broken.endswith("-") and word.startswith(broken[:-1]), broken


def test_the_budget_total_never_stands_alone_on_a_page_of_its_own(report_db, granted_id):
    """However many budget lines push the table over a page, the total goes along with
    the last line (the rule every printout's totals share)."""
    data = funding_report_data(report_db, granted_id, TODAY)
    for count in range(30, 50):
        lines = tuple(replace(data.cost_lines[0], description=f"Post {n}") for n in range(count))
        pages = page_texts(_render(replace(data, cost_lines=lines)))
        page = next(page for page in pages if "Totaal" in page)
        assert f"Post {count - 1} " in page, count
