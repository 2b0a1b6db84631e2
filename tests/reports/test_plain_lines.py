"""Plain paragraphs written at once must print exactly what reportlab's Paragraph prints.

Each case is drawn twice on its own page, once by reportlab's Paragraph and once by the
printouts' MeasuredParagraph, and read back from the PDF: every string with its face,
size, colour and position must be the same.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from flevodesk.reports import styles as st
from flevodesk.reports.measured import MeasuredParagraph

TEXTS = [
    "Repair Café",
    "Ideeën van Ayşe Çelik en Şükrü Yılmaz voor de wijk, gedeeld tussen jong en oud.",
    "De arbeidsongeschiktheidsverzekeringsmaatschappijvertegenwoordiger kwam langs.",
    "Elke 1e\u00a0zaterdag om 10:00\u00a0uur, Kampwal\u00a012 in Emmeloord \u2013 gratis.",
    "Buurtbewoners repareren samen kapotte spullen: fietsen, lampen en kleding. " * 12,
    "Kinderboerderijvrijwilligerscoördinatorenoverleg",
]
WIDTHS = [40.0, 95.5, 180.0, 333.3]


def _styles() -> list[ParagraphStyle]:
    sheet = st.stylesheet()
    body = sheet.body
    return [
        body,
        sheet.lead,
        sheet.tiny,
        sheet.band_credit,  # right aligned, white
        sheet.closing,  # centred
        ParagraphStyle("indented", parent=body, leftIndent=12, firstLineIndent=-6),
        ParagraphStyle("first", parent=body, firstLineIndent=14),
    ]


Piece = tuple[str, float, float, str, float, tuple[float, ...] | None]


def _pieces(pdf: bytes) -> list[list[Piece]]:
    return [_page_pieces(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def _page_pieces(page: Any) -> list[Piece]:
    """Each string with where it starts, its face, size and the fill colour it has."""
    found: list[Piece] = []
    state: dict[str, Any] = {"colour": None, "saved": []}

    def before(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"rg":
            state["colour"] = tuple(round(float(a), 4) for a in args)
        elif op == b"q":
            state["saved"].append(state["colour"])
        elif op == b"Q":
            state["colour"] = state["saved"].pop()

    def visit(value: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not value.strip() or font is None:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        face = str(font.get("/BaseFont", "")).split("+")[-1]
        found.append((value, round(x, 3), round(y, 3), face, size, state["colour"]))

    page.extract_text(visitor_text=visit, visitor_operand_before=before)
    return found


def _draw(
    make: type[Paragraph], cases: list[tuple[str, ParagraphStyle, str | None, float]]
) -> bytes:
    st.register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for value, style, bullet, width in cases:
        paragraph = make(value, style, bulletText=bullet)
        paragraph.wrapOn(canvas, width, A4[1])
        paragraph.drawOn(canvas, 40.5, 300.25)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _cases(bullet: str | None) -> list[tuple[str, ParagraphStyle, str | None, float]]:
    return [
        (value, style, bullet, width) for value in TEXTS for style in _styles() for width in WIDTHS
    ]


@pytest.mark.parametrize("bullet", [None, "\u2022"])
def test_plain_paragraphs_print_as_reportlab_prints_them(bullet: str | None) -> None:
    cases = _cases(bullet)
    ours, theirs = _pieces(_draw(MeasuredParagraph, cases)), _pieces(_draw(Paragraph, cases))
    assert len(ours) == len(cases)
    for case, mine, reference in zip(cases, ours, theirs, strict=True):
        assert mine == reference, case[1:]


def test_bullets_of_the_printouts_print_in_their_colour() -> None:
    from flevodesk.reports.blocks import bullet

    sheet = st.stylesheet()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for make in (
        bullet,
        lambda text, style: Paragraph(text, bullet(text, style).style, bulletText="\u2022"),
    ):
        paragraph = make(TEXTS[1], sheet.body)
        paragraph.wrapOn(canvas, 200, A4[1])
        paragraph.drawOn(canvas, 50, 500)
        canvas.showPage()
    canvas.save()
    mine, reference = _pieces(out.getvalue())
    assert mine == reference
    assert mine[0][0] == "\u2022" and mine[0][-1] != mine[1][-1]


def test_plain_paragraphs_take_the_quick_way() -> None:
    # The comparison above proves nothing if every paragraph fell back to reportlab.
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    for value, style, bullet, width in _cases(None)[:40] + _cases("\u2022")[:40]:
        paragraph = MeasuredParagraph(value, style, bulletText=bullet)
        paragraph.wrapOn(canvas, width, A4[1])
        # A line reportlab itself set wider than the column (a bullet beside a long first
        # line) is rightly left to reportlab.
        overfull = any(extra < -1e-8 for extra, _ in paragraph.blPara.lines)
        assert paragraph._draw_lines(canvas, 0, 0) or overfull


def test_what_the_quick_way_cannot_draw_is_left_to_reportlab() -> None:
    body = st.stylesheet().body
    justified = ParagraphStyle("justified", parent=body, alignment=TA_JUSTIFY)
    tinted = ParagraphStyle("tinted", parent=body, backColor=st.TINT)
    cases = [
        ("<b>Waar:</b> Buurthuis De Deel", body, None, 120.0),
        (TEXTS[4], justified, None, 150.0),
        (TEXTS[1], tinted, None, 150.0),
    ]
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    for value, style, bullet, width in cases:
        paragraph = MeasuredParagraph(value, style, bulletText=bullet)
        paragraph.wrapOn(canvas, width, A4[1])
        assert not paragraph._draw_lines(canvas, 0, 0)
    assert _pieces(_draw(MeasuredParagraph, cases)) == _pieces(_draw(Paragraph, cases))


@pytest.mark.parametrize("value", TEXTS)
def test_lines_and_heights_are_reportlab_s_at_every_width(value: str) -> None:
    for style in _styles():
        for width in range(20, 520, 9):
            mine, reference = MeasuredParagraph(value, style), Paragraph(value, style)
            assert mine.wrap(width, 10_000) == reference.wrap(width, 10_000)
            assert [(e, list(w)) for e, w in mine.blPara.lines] == [
                (e, list(w)) for e, w in reference.blPara.lines
            ]
