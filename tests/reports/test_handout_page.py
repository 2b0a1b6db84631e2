"""The handout uses its A4 page as a designer would lay it out for the demo set: no white
band between its blocks, a lead on the measure, the initiative's own figures.

Read back from the PDF as a resident holds it: text positions only, so a band of white
is a band with no text across the whole width of the sheet.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest

from flevodesk.language import Language
from flevodesk.printout_wording import wording_in
from flevodesk.reports import styles as st
from flevodesk.reports.data import HandoutData
from flevodesk.reports.geometry import BAND_HEIGHT, BODY_BOTTOM, PAGE_HEIGHT
from flevodesk.reports.handout import render_handout, render_handouts
from flevodesk.reports.wording import worded
from flevodesk.services.printouts.initiative import initiative_handout_data
from flevodesk.services.printouts.initiatives import all_handouts_data
from tests.reports.conftest import TODAY
from tests.reports.helpers import page_texts
from tests.reports.layout_check import pieces, problems, shrunk
from tests.reports.line_lengths import LONGEST, SHORTEST, paragraphs, too_narrow
from tests.reports.test_layout_check import DAY
from tests.reports.test_layout_check import databases as databases  # a fixture, shared

#: The most white a page may hold between two of its blocks: 25 mm, a generous pause
#: between the columns and the invitation, not a hole in the middle of the sheet.
WIDEST_WHITE = 25 * 72 / 25.4


def _render(handouts: list[HandoutData]) -> bytes:
    out = io.BytesIO()
    render_handouts(handouts, out)
    return out.getvalue()


def widest_white(pdf: bytes) -> dict[int, float]:
    """Per page, the tallest band across the body (under the title band, above the
    footer) without any text in it, between the first line and the last."""
    runs, _ = pieces(pdf)
    spans: dict[int, list[tuple[float, float]]] = {}
    for run in runs:
        if BODY_BOTTOM - 2 < run.y < PAGE_HEIGHT - BAND_HEIGHT:
            spans.setdefault(run.page, []).append((run.bottom, run.top))
    found: dict[int, float] = {}
    for page, ranges in spans.items():
        ranges.sort(key=lambda span: -span[1])
        low = ranges[0][0]
        widest = 0.0
        for bottom, top in ranges:
            widest = max(widest, low - top)
            low = min(low, bottom)
        found[page] = widest
    return found


@pytest.fixture(scope="module")
def demo_handouts(databases) -> list[HandoutData]:
    return list(all_handouts_data(databases["demo"], today=DAY))


def test_demo_handouts_leave_no_white_band_between_their_blocks(demo_handouts):
    pdf = _render(demo_handouts)
    assert len(page_texts(pdf)) == len(demo_handouts)  # one page each
    white = widest_white(pdf)
    assert len(white) == len(demo_handouts)
    too_white = {page + 1: round(height) for page, height in white.items()}
    assert max(white.values()) < WIDEST_WHITE, too_white
    assert not problems(pdf) and not shrunk(pdf)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_lead_stands_in_lines_of_55_to_75_characters(demo_handouts, language):
    """What the initiative is, at the lead's size, on every demo handout: a measure the
    eye follows, not the 43-53 characters of seven columns."""
    with worded(wording_in(Language(language))):
        pdf = _render(demo_handouts)
    leads = [p for p in paragraphs(pdf) if abs(p.lines[0].size - st.SIZE_HEADING) < 0.01]
    # Every description too long for one line is measured (the others fit one line).
    wrapped = {n for n, data in enumerate(demo_handouts) if len(data.description or "") > LONGEST}
    assert len(wrapped) >= 5
    assert wrapped <= {lead.page for lead in leads}
    assert all(SHORTEST <= max(lead.full) <= LONGEST for lead in leads), [str(p) for p in leads]
    assert all(lead.room >= SHORTEST for lead in leads), [str(p) for p in leads]


def test_the_figures_come_from_the_initiative(report_db, cafe_id):
    """Active people only (not the stopped or inactive kartrekker), the hours of the
    twelve months before the day, where most of them went, and since when it runs."""
    cafe = initiative_handout_data(report_db, cafe_id, TODAY)
    assert cafe.volunteers == 2
    assert cafe.minutes_last_year == 180 + 185 + 90 + 120 + 240
    assert cafe.activities == (
        ("Coördinatie", 240),
        ("Lampen en snoeren", 185),
        ("Fietsen repareren", 180),
        ("Voor de aanvraag: buiten de periode", 120),
    )
    later = initiative_handout_data(report_db, cafe_id, date(2027, 12, 1))
    assert later.minutes_last_year == 0 and later.activities == ()
    text = page_texts(_render([cafe]))[0]
    assert "Vrijwilligers 2 doen nu mee" in text
    assert "Uren gegeven 14 in de afgelopen 12 maanden" in text
    assert "Coördinatie 4 uur" in text


def test_a_handout_without_figures_prints_no_noughts():
    bare = HandoutData(name="Buurtmoestuin", municipality="Urk", printed_on=date(2026, 1, 2))
    text = page_texts(_render([bare]))[0]
    assert "Vrijwilligers" not in text and "Uren gegeven" not in text
    assert "Actief sinds" not in text and "0 uur" not in text


def test_a_long_address_breaks_after_a_slash_not_inside_a_word(demo_handouts):
    site = "https://www.repaircafe-dronten.example.nl/meedoen/aanmelden/vrijwilligers"
    out = io.BytesIO()
    render_handout(replace(demo_handouts[0], website=site), out)
    runs, _ = pieces(out.getvalue())
    address = [
        run.text for run in runs if any(part in run.text for part in ("repaircafe", "aanmelden"))
    ]
    assert len(address) > 1 and "".join(address) == site.removeprefix("https://www.")
    assert all(line.endswith("/") for line in address[:-1]), address


def test_the_words_beside_the_code_and_a_lone_contact_are_not_squeezed(demo_handouts):
    """The caption beside the QR code and the contact card of a bare initiative stand in
    lines broken by hand or on one line, not in a column too narrow for running text."""
    site = "https://www.repaircafe-dronten.example.nl/meedoen"
    bare = HandoutData(name="Buurtmoestuin", municipality="Urk", printed_on=date(2026, 1, 2))
    pdf = _render([replace(demo_handouts[0], website=site), bare, replace(bare, website=site)])
    assert [str(p) for p in paragraphs(pdf) if too_narrow(p, SHORTEST)] == []
    assert "Vraag bij de gemeente naar de contactgegevens." in page_texts(pdf)[1]


def test_without_a_facts_panel_the_story_takes_both_halves_balanced():
    """An initiative with a story but nothing for the facts panel: its story does not
    leave the right half of the page white, and its two columns end level."""
    story = "\n\n".join(
        f"Alinea {n}. Buren repareren samen kapotte spullen en drinken koffie in het "
        "buurthuis, en wie wil leert er zelf solderen." * 3
        for n in range(9)
    )
    bare = HandoutData(name="Repair Café", municipality="Urk", printed_on=DAY, story=story)
    pdf = _render([bare])
    runs, _ = pieces(pdf)
    lines = [run for run in runs if run.page == 0 and run.text.rstrip("-") in story]
    left = [run for run in lines if run.x < st.span(6)]
    right = [run for run in lines if run.x > st.span(6) + st.GRID_GUTTER]
    assert len(page_texts(pdf)) == 1
    assert left and right
    # Level within two lines of body text.
    assert abs(min(r.y for r in left) - min(r.y for r in right)) < 2 * 10.8 + 1
