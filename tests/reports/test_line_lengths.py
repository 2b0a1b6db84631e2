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
from reportlab.platypus import SimpleDocTemplate, Table

from flevodesk.language import Language
from flevodesk.printout_wording import wording_in
from flevodesk.reports import styles as st
from flevodesk.reports.measured import MeasuredParagraph
from flevodesk.services.printouts import PRINTOUTS
from tests.reports.line_lengths import LONGEST, SHORTEST, paragraphs, too_long, too_narrow
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
    assert all(SHORTEST <= max(p.full) <= LONGEST for p in found), [str(p) for p in found]


def _sample(width: float, tmp_path, name: str, cells: bool = False) -> bytes:
    """A page with one paragraph of running text ``width`` wide, beside a table row of
    wrapping cells when ``cells``."""
    st.register_fonts()
    style = ParagraphStyle("sample", fontName=st.FONT, fontSize=st.SIZE_BODY, leading=11.5)
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
    assert min(right[0].full) >= 55 and max(right[0].full) <= 75
