"""Running text on every printout stands in lines a reader follows: 55-75 characters, not
110 across the page, nor 30 in a column too narrow for it.

Every printout kind is read back on the demo set and on the stressed data of
``test_layout_check`` (a long story on the initiative with the 113-character name, a
verantwoording with a long story, 70 hour entries, an empty period), in Dutch and, where
a printout is printed for residents, in English.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, PageTemplate, SimpleDocTemplate, Table

from flevodesk.language import Language
from flevodesk.printout_wording import wording_in
from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st
from flevodesk.reports.measured import MeasuredParagraph
from flevodesk.services.printouts import PRINTOUTS
from tests.reports.line_lengths import (
    SHORTEST,
    TWO_COLUMNS,
    paragraphs,
    too_long,
    too_narrow,
)
from tests.reports.test_layout_check import CASES, _requests
from tests.reports.test_layout_check import databases as databases  # a fixture, shared

ENGLISH = wording_in(Language("en"))


@pytest.mark.parametrize(("key", "name"), CASES)
def test_running_text_stands_in_lines_of_55_to_75_characters(key, name, databases, tmp_path):
    printout = PRINTOUTS[key]
    db = databases[name]
    requests = _requests(db, name == "stressed")
    if printout.translatable:
        requests += [replace(request, wording=ENGLISH) for request in requests]
    found: list[str] = []
    for index, request in enumerate(requests):
        out = tmp_path / f"{key}-{index}.pdf"
        printout.make(db, request, out)
        found += [
            f"{request.wording.language.value}: {paragraph}"
            for paragraph in paragraphs(out)
            if too_long(paragraph) or too_narrow(paragraph)
        ]
    assert not found, "\n".join(found[:15])


@pytest.mark.parametrize("key", ["initiative", "funding", "access", "overview"])
def test_the_running_text_that_is_there_is_measured(key, databases, tmp_path):
    """The printouts with stories and explanations have paragraphs the check reads: a
    check that found no paragraph at all would pass whatever the page looked like."""
    db = databases["stressed"]
    out = tmp_path / f"{key}.pdf"
    PRINTOUTS[key].make(db, _requests(db, stressed=True)[0], out)
    found = paragraphs(out)
    assert found
    assert all(not too_narrow(p) and not too_long(p) for p in found), [str(p) for p in found]


def _sample(width: float, tmp_path, name: str, cells: bool = False) -> bytes:
    """A page with one paragraph of running text ``width`` wide, beside a table row of
    wrapping cells when ``cells``."""
    st.register_fonts()
    style = ParagraphStyle("sample", fontName=st.FONT, fontSize=st.SIZE_BODY, leading=10.8)
    words = "Buren repareren samen kapotte spullen en drinken koffie in het buurthuis. " * 8
    story = [MeasuredParagraph(words, style)]
    if cells:
        row = [MeasuredParagraph(words[:150], style) for _ in range(3)]
        story.append(Table([row], colWidths=[width / 3] * 3))
    out = tmp_path / f"{name}.pdf"
    margin = (A4[0] - width) / 2
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=margin, rightMargin=margin).build(story)
    return out.read_bytes()


def test_the_check_finds_lines_too_long_and_columns_too_narrow(tmp_path):
    """A paragraph across a whole page's body, one in a column of half the measure and
    one at the measure: only the last passes; table cells count for nothing."""
    wide = paragraphs(_sample(st.span(12), tmp_path, "wide"))
    narrow = paragraphs(_sample(st.span(4), tmp_path, "narrow"))
    right = paragraphs(_sample(st.measure(st.SIZE_BODY), tmp_path, "right", cells=True))
    assert [too_long(p) for p in wide] == [True]
    assert [too_narrow(p) for p in narrow] == [True]
    assert [(too_long(p), too_narrow(p)) for p in right] == [(False, False)]
    # Ragged lines at the measure: each would have taken the next word at 55 or more.
    assert right[0].room >= 55 and max(right[0].full) <= 75


def _document(story: list, tmp_path, name: str) -> bytes:
    """``story`` in one frame across the page's body, as the printouts' frames stand."""
    out = tmp_path / f"{name}.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4)
    doc.addPageTemplates(
        [PageTemplate("body", [ly.frame("body", ly.MARGIN, ly.BODY_BOTTOM, ly.BODY_WIDTH, 700)])]
    )
    doc.build(story)
    return out.read_bytes()


TEXT = "Buren repareren samen kapotte spullen en drinken koffie in het buurthuis. "


def test_two_columns_of_running_text_are_measured_from_their_first_paragraph(tmp_path):
    """Both columns of six begin on one baseline like a table row's cells, yet they are
    running text: their lines are measured, the first paragraph's included."""
    st.register_fonts()
    pdf = _document(
        [ly.two_columns([MeasuredParagraph(TEXT * 12, st.stylesheet().body)])], tmp_path, "two"
    )
    found = paragraphs(pdf)
    assert sorted(round(p.lines[0].x) for p in found) == [round(x) for x in TWO_COLUMNS]
    assert all(not too_long(p) and not too_narrow(p, SHORTEST) for p in found)


@pytest.mark.parametrize("size", st.TEXT_SIZES)
def test_running_text_at_every_size_is_measured(size, tmp_path):
    """Small print across the whole body runs far past 75 characters, and so does text
    at any size of the scale: none is left out for its size."""
    st.register_fonts()
    style = ParagraphStyle("sample", fontName=st.FONT, fontSize=size, leading=size * 1.3)
    pdf = _document([MeasuredParagraph(TEXT * 12, style)], tmp_path, f"size-{size}")
    found = paragraphs(pdf)
    assert [p.lines[0].size for p in found] == [size]
    assert too_long(found[0]) is (size < st.SIZE_TITLE)
    # At the title size the body's width holds about 60 characters: on the measure.
    assert too_narrow(found[0], SHORTEST) is False


def test_one_wrapped_line_shows_a_column_too_narrow(tmp_path):
    """Two lines in a column of four: the first line and the word after it stay under 55
    characters, so the column is too narrow whatever the rest would have done."""
    st.register_fonts()
    style = st.stylesheet().body
    table = Table([[MeasuredParagraph(TEXT[:60], style)]], colWidths=[st.span(4)])
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)])
    found = paragraphs(_document([table], tmp_path, "one-line"))
    assert len(found) == 1 and len(found[0].full) == 1
    assert found[0].room < SHORTEST
    assert too_narrow(found[0], SHORTEST)
