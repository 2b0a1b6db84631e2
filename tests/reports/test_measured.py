"""Measuring text once must give the same lines as reportlab measuring it every time."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from flevodesk.reports import styles as st
from flevodesk.reports.measured import MeasuredParagraph
from flevodesk.resources import resource_path

TEXTS = [
    "Repair Café",
    "  Buurthuis De Deel,\n   Emmeloord  ",
    "ook uit Şükrü's straat \u2022 \u00a0met een harde spatie",
    'Een "aanhaling" en 3 > 2, met\ttab',
    "twee  spaties, een regel\u2028scheiding en\xa0\xa0twee harde",
    "\tingesprongen ",
    "Heel veel tekst. " * 80,
]


TAGGED = [
    "<b>Waar:</b> Buurthuis De Deel, Kampwal 12, Emmeloord",
    "<i>Tijdelijke locatie tot 30 juni 2027</i>",
    "<b>Kartrekkers:</b> Ayşe Çelik, Şükrü Yılmaz",
    "<b>Wanneer:</b>\u00a0elke eerste zaterdag",
    "<b>E-mail:</b>",
    "<b>Website:</b> https://repaircafe.example.nl/ideeën",
    "<b>Waar:</b> De Deel<br/>achterom",
    "<b>Waar:</b> Kaas &amp; Co",
    "<b>Waar</b> en <i>wanneer</i>",
    "<i>schuin</i> met <b>vet</b>",
    "<u>onderstreept:</u> niet vet",
]


def _lines(paragraph: Paragraph, width: float) -> tuple[float, list[str]]:
    _, height = paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    words = [" ".join(line[1]) if isinstance(line, tuple) else str(line.words) for line in lines]
    return height, words


def _styles() -> list[ParagraphStyle]:
    sheet = st.stylesheet()
    return [sheet.body, sheet.lead, sheet.band_title, sheet.tiny]


@pytest.mark.parametrize("value", TEXTS + TAGGED)
def test_text_read_without_the_parser_gets_the_fragments_it_would_make(value: str) -> None:
    # Plain text, and a bold or italic lead-in before plain text; other markup is parsed.
    for style in _styles():
        fast, parsed = MeasuredParagraph(value, style), Paragraph(value, style)
        assert fast.text == parsed.text
        assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
        for width in (40.0, 60.0, 95.5, 180.0, 400.0):
            # A fresh paragraph for each width: reportlab's own keeps a word it cut at
            # one width cut at the next. Where it cuts a word too wide for the width
            # anywhere, a measured paragraph parts it at a hyphen instead (tested below).
            fresh = Paragraph(value, style)
            theirs = _lines(fresh, width)
            if not fresh._splitLongWordCount:
                assert _lines(fast, width) == theirs


def test_markup_still_goes_through_the_parser() -> None:
    value = "<b>Waar:</b> Buurthuis &amp; tuin<br/>achterom"
    fast, parsed = (
        MeasuredParagraph(value, st.stylesheet().small),
        Paragraph(value, st.stylesheet().small),
    )
    assert fast.text == parsed.text
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]


def test_lines_follow_the_width_asked_for_each_time() -> None:
    # KeepInFrame tries narrower and wider widths in turn; each answer must be that width's.
    paragraph = MeasuredParagraph(TEXTS[-1], st.stylesheet().body)
    fresh = Paragraph(TEXTS[-1], st.stylesheet().body)
    for width in (300.0, 120.0, 300.0, 121.0, 120.0):
        assert _lines(paragraph, width) == _lines(fresh, width)


def test_shared_lines_stay_apart_by_text_and_style() -> None:
    body, lead = st.stylesheet().body, st.stylesheet().lead
    long, short = TEXTS[-1], "Kort en klein"
    for value, style in ((long, body), (short, body), (long, lead), (short, lead)):
        shared = MeasuredParagraph(value, style, shared=True)
        assert _lines(shared, 200) == _lines(Paragraph(value, style), 200)


def test_kept_word_widths_are_the_font_s_own() -> None:
    st.register_fonts()
    plain = TTFont("plain-dejavu", str(resource_path("fonts", "DejaVuSans.ttf")))
    measured = pdfmetrics.getFont(st.FONT)
    for word in ["Şükrü", "Repair", "Café", " ", "WWWWiiii", "Repair"]:
        for size in (7, 9, 10.5, 19):
            assert measured.stringWidth(word, size) == plain.stringWidth(word, size)


def _cells() -> list[list[object]]:
    body = st.stylesheet().body
    return [[[MeasuredParagraph(TEXTS[-1], body)], MeasuredParagraph("Kort", body)]]


def test_a_table_measured_again_answers_as_reportlab_s_table_does() -> None:
    # The same calls, in the same order, to a reportlab table that lays out every time.
    from reportlab.platypus import Table, TableStyle

    from flevodesk.reports.blocks import Table as PrintoutTable

    mine, theirs = (
        PrintoutTable(_cells(), colWidths=["60%", "40%"]),
        Table(_cells(), colWidths=["60%", "40%"]),
    )
    sizes = [(400.0, 0xFFFFFFF), (250.0, 700.0), (400.0, 0xFFFFFFF), (400.0, 0xFFFFFFF)]
    for width, height in sizes:
        assert mine.wrap(width, height) == theirs.wrap(width, height)
        assert mine._rowHeights == theirs._rowHeights
        assert mine._rowpositions == theirs._rowpositions
    padded = TableStyle([("TOPPADDING", (0, 0), (-1, -1), 30)])
    mine.setStyle(padded)
    theirs.setStyle(padded)
    assert mine.wrap(400.0, 0xFFFFFFF) == theirs.wrap(400.0, 0xFFFFFFF)
    assert mine._rowpositions == theirs._rowpositions


def _cell_lines(markup: str, width: float) -> list[str]:
    paragraph = MeasuredParagraph(markup, st.stylesheet().cell_bold)
    paragraph.wrap(width, 1000)
    return [" ".join(words) for _, words in paragraph.blPara.lines]


def _widest(markup: str, width: float) -> float:
    style = st.stylesheet().cell_bold
    return max(
        pdfmetrics.stringWidth(line, style.fontName, style.fontSize)
        for line in _cell_lines(markup, width)
    )


def test_a_word_too_wide_for_a_cell_is_parted_at_its_hyphen_not_cut_anywhere():
    """reportlab cut "Noordoostpolder-Emmeloord" where the cell ended, "Emmeloo|rd",
    once the word began a line of its own."""
    name = "Stichting Buurtinitiatieven Noordoostpolder-Emmeloord"
    assert _cell_lines(name, st.span(3) + 2) == [
        "Stichting Buurtinitiatieven",
        "Noordoostpolder-",
        "Emmeloord",
    ]


@pytest.mark.parametrize("width", [st.span(2), st.span(1) + 30])
def test_a_long_word_starting_a_line_is_hyphenated_in_dutch(width):
    lines = _cell_lines("Vrijwilligersvergoedingsregelingen", width)
    assert len(lines) > 1 and all(line.endswith("-") for line in lines[:-1]), lines
    assert "".join(line.removesuffix("-") for line in lines) == (
        "Vrijwilligersvergoedingsregelingen"
    )
    assert _widest("Vrijwilligersvergoedingsregelingen", width) <= width


def test_a_long_web_address_in_a_cell_breaks_after_its_slashes_within_the_cell():
    """reportlab parts an address after "https://" and lets the rest run past the cell."""
    site = "https://www.repaircafe-dronten.example.nl/meedoen/aanmelden"
    width = st.span(3) + 2
    assert "".join(_cell_lines(site, width)) == site
    assert _widest(site, width) <= width


def test_a_surname_too_wide_for_its_cell_is_hyphenated_behind_its_tussenvoegsel():
    """ "van der" stays with the surname (non-breaking spaces); the surname itself is
    hyphenated where it has to break, not cut at the cell's edge."""
    surname = "van\xa0der\xa0Achternaammetlengtexx"
    lines = _cell_lines(f"Vrijwilliger09 {surname}", st.span(3) + 2)
    assert lines[0] == "Vrijwilliger09"
    assert lines[1].startswith("van\xa0der\xa0Achternaam") and lines[1].endswith("-"), lines
    assert "".join(line.removesuffix("-") for line in lines[1:]) == surname
