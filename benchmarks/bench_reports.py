"""Time the printouts against raw reportlab drawing the same text in the same run.

Run: .venv/bin/python benchmarks/bench_reports.py [--count 500] [--runs 5]

Three floors, all plain reportlab on a plain canvas, from the printout's own pages:

- text floor: exactly the text the printout has on its pages (read back from its PDF:
  every string at its position, in its embedded DejaVu face and size, page numbers
  included) drawn with ``drawString`` and nothing else. The targets are judged on this
  one: it is what "raw reportlab drawing the same text" costs.
- QR floor: the text floor plus every QR code the printout has (a handout's website), at
  its place and size, drawn with reportlab's own ``QrCodeWidget``: raw reportlab of the
  same page, codes included. Shown beside the target, not judged.
- paragraph floor: the same paragraphs (markup, style, the width their lines were broken
  at) and loose strings, each parsed, broken into lines by reportlab's ``Paragraph`` and
  drawn; no frames, tables, tints or codes. Shown for what line breaking costs.

The printouts draw their codes with :mod:`flevodesk.reports.qr` (encoded once per
address by :mod:`flevodesk.reports.qr_matrix`, one path); the batch gives two handouts in
three a website of their own, so that cache cannot serve the next handout, and it is
emptied before every run of a printout, so no run is served by the one before: the batch
pays for encoding every code against a text floor that draws none.

Each renderer run alternates with a floor run (the machine is shared: alternating keeps
both under the same load) and each figure is the median of ``--runs`` runs.

The batch differs in every handout (name, texts, lengths, which blocks there are), so
nothing cached from one handout's words can serve the next: only what is the same in
every real batch (headings, styles, fonts, frames) may be reused.

Targets: 500 handouts in at most 3x their text floor; a one-page printout (one handout,
the overview) in at most 150 ms.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from flevodesk.reports import qr
from flevodesk.reports.data import (
    HandoutData,
    ImpressionItem,
    LinkItem,
    OverviewData,
    PartnerItem,
    PracticeGroup,
    PracticeItem,
    SuccessFactorItem,
)
from flevodesk.reports.handout import render_handout, render_handouts
from flevodesk.reports.measured import MeasuredParagraph
from flevodesk.reports.overview import render_overview
from flevodesk.reports.styles import FONT, FONT_BOLD, FONT_ITALIC, register_fonts

HANDOUT = HandoutData(
    name="Repair Café De Schroevendraaier",
    municipality="Noordoostpolder",
    area="Emmeloord",
    printed_on=date(2026, 12, 5),
    status="Actief",
    description="Buurtbewoners repareren samen kapotte spullen: fietsen, lampen, kleding en "
    "koffiezetapparaten. Gezellig, leerzaam en goed voor het milieu.",
    goal="Minder weggooien en meer ontmoeten; ideeën en handigheid delen tussen jong en oud.",
    themes=("Duurzaamheid", "Ontmoeting"),
    target_groups=("Alle inwoners", "Jong en oud"),
    location="Buurthuis De Deel, Kampwal 12, Emmeloord",
    location_temporary=True,
    location_until=date(2027, 6, 30),
    schedule="Elke eerste zaterdag van de maand, 10:00-13:00",
    website="https://repaircafe.example.nl",
    contact_email="info@repaircafe.example.nl",
    contact_phone="0527-123456",
    contact_names=("Ayşe Çelik", "Şükrü Yılmaz"),
    how_to_join="Kom langs met je kapotte spullen. Wil je meehelpen als reparateur of "
    "gastvrouw? Bel of mail ons.",
    open_roles="Reparateurs met verstand van elektronica\nGastvrouwen en -heren\n"
    "Iemand voor de social media",
    partners=("Katalys", "Gemeente Noordoostpolder", "Stichting Repair Café"),
    story="\n\n".join(
        [
            "Het begon in 2023 met een paar buren en een kapotte stofzuiger. Inmiddels komen "
            "er elke maand zo'n veertig mensen, en blijven ze hangen voor een praatje."
        ]
        * 4
    ),
    started_on=date(2023, 3, 4),
    volunteers=9,
    minutes_last_year=7440,
    activities=(("Repareren", 4200), ("Gastvrouw", 1800), ("Social media", 600)),
)

_WORDS = [
    "buren",
    "fietsen",
    "moestuin",
    "koffie",
    "kinderen",
    "ouderen",
    "wijk",
    "taal",
    "muziek",
    "sport",
    "hulp",
    "dorp",
    "school",
    "markt",
    "bieb",
    "natuur",
    "energie",
    "kunst",
    "eten",
    "samen",
    "ontmoeten",
    "leren",
    "delen",
    "repareren",
]
_PLACES = ("Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde")


def _sentence(n: int, words: int) -> str:
    picked = [_WORDS[(n * 7 + k * 3) % len(_WORDS)] for k in range(words)]
    return f"{' '.join(picked).capitalize()} ({n})."


def varied_handouts(count: int) -> list[HandoutData]:
    """``count`` handouts, each with its own words and its own mix of blocks and lengths."""
    batch = []
    for n in range(count):
        story_paragraphs = n % 7  # none up to six paragraphs; six run onto a second page
        batch.append(
            replace(
                HANDOUT,
                name=f"{HANDOUT.name} {n}" + (" en de hele buurt eromheen" * (n % 5 == 0)),
                municipality=_PLACES[n % len(_PLACES)],
                area=None if n % 4 == 0 else f"Wijk {n}",
                status=None if n % 9 == 0 else HANDOUT.status,
                description=" ".join(_sentence(n + k, 8 + n % 11) for k in range(1 + n % 3)),
                goal=_sentence(n * 3, 6 + n % 5),
                location=f"Buurthuis {_WORDS[n % len(_WORDS)]}, Kampwal {n}",
                location_temporary=n % 3 == 0,
                schedule=f"Elke {n % 4 + 1}e zaterdag, {9 + n % 3}:00-12:00",
                contact_email=f"info{n}@initiatief.example.nl",
                contact_phone=f"0527-{100000 + n}",
                contact_names=HANDOUT.contact_names[: n % 3],
                website=f"https://initiatief{n}.example.nl" if n % 3 else None,
                how_to_join=_sentence(n * 5, 10 + n % 7),
                open_roles="\n".join(_sentence(n + k, 4) for k in range(n % 5)),
                partners=tuple(f"Partner {n}-{k}" for k in range(n % 4)),
                story="\n\n".join(
                    _sentence(n * 11 + k, 25 + n % 20) for k in range(story_paragraphs)
                )
                or None,
                started_on=None if n % 5 == 0 else date(2010 + n % 16, 1 + n % 12, 1),
                volunteers=n % 13,
                minutes_last_year=(n * 97) % 9000,
                activities=tuple((_sentence(n + k, 2), 600 * (5 - k) + n) for k in range(n % 5)),
            )
        )
    return batch


Piece = tuple[str, float, float, str, float]
_FACES = {"Bold": FONT_BOLD, "Oblique": FONT_ITALIC}


def _pieces(page: Any) -> list[Piece]:
    pieces: list[Piece] = []

    def visit(value: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not value.strip() or font is None:
            return
        base = str(font.get("/BaseFont", ""))
        face = next((f for key, f in _FACES.items() if key in base), FONT)
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[0] * cm[0] + tm[1] * cm[2]) or 1.0
        pieces.append((value.strip("\n"), x, y, face, size * scale))

    page.extract_text(visitor_text=visit)
    return pieces


def text_on_pages(pdf: bytes) -> list[list[Piece]]:
    """Every string on each page with its position, face and size, as a reader sees it."""
    return [_pieces(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def raw_pages(pages: list[list[Piece]], codes: list[list[Drawn]]) -> bytes:
    """A floor: the same strings drawn where the printout has them, nothing laid out, and
    the QR codes among ``codes`` (none for the text floor) drawn by reportlab's widget."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=FONT)
    for number, pieces in enumerate(pages):
        for value, x, y, face, size in pieces:
            canvas.setFont(face, size)
            canvas.drawString(x, y, value)
        for item in codes[number] if number < len(codes) else ():
            if item[0] == "q":
                reportlab_qr(canvas, *item[1:])
        canvas.showPage()
    canvas.save()
    return out.getvalue()


Drawn = tuple[Any, ...]


@contextmanager
def recording() -> Iterator[list[list[Drawn]]]:
    """While rendering: every paragraph and loose string drawn, per page, where it went.

    A paragraph is kept as its markup, style, bullet and the width its lines were broken
    at; a loose string (footer, page number, table cell) as its face, size and text.
    """
    pages: list[list[Drawn]] = []
    originals = {name: getattr(Canvas, name) for name in _STRING_CALLS}
    draw_code = qr.draw_qr
    draw_paragraph = Paragraph.draw
    draw_lines = MeasuredParagraph._draw_lines

    def on_page(canv: Canvas) -> list[Drawn]:
        while len(pages) < canv.getPageNumber():
            pages.append([])
        return pages[canv.getPageNumber() - 1]

    def where(canv: Canvas, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = canv._currentMatrix
        return a * x + c * y + e, b * x + d * y + f

    def paragraph(self: Paragraph) -> None:
        x, y = where(self.canv, 0, 0)
        on_page(self.canv).append(
            ("p", _made_of(self), self.style, self.bulletText, self.width, x, y)
        )
        draw_paragraph(self)

    def lines(self: MeasuredParagraph, canv: Canvas, x: float, y: float) -> bool:
        # Plain lines the printout writes at once: the floor draws them reportlab's way.
        if drawn := draw_lines(self, canv, x, y):
            item = (
                "p",
                _made_of(self),
                self.style,
                self.bulletText,
                self.width,
                *where(canv, x, y),
            )
            on_page(canv).append(item)
        return bool(drawn)

    def string_call(name: str) -> Callable[..., None]:
        def call(canv: Canvas, x: float, y: float, value: str, *args: Any, **kw: Any) -> None:
            on_page(canv).append(("s", canv._fontname, canv._fontsize, *where(canv, x, y), value))
            originals[name](canv, x, y, value, *args, **kw)

        return call

    def code(canv: Canvas, value: str, x: float, y: float, size: float) -> None:
        on_page(canv).append(("q", value, *where(canv, x, y), size))
        draw_code(canv, value, x, y, size)

    Paragraph.draw = paragraph
    MeasuredParagraph._draw_lines = lines  # type: ignore[method-assign]
    qr.draw_qr = code
    for name in _STRING_CALLS:
        setattr(Canvas, name, string_call(name))
    try:
        yield pages
    finally:
        qr.draw_qr = draw_code
        Paragraph.draw = draw_paragraph
        MeasuredParagraph._draw_lines = draw_lines  # type: ignore[method-assign]
        for name, original in originals.items():
            setattr(Canvas, name, original)


_STRING_CALLS = ("drawString", "drawRightString", "drawCentredString")


def _made_of(block: Paragraph) -> Any:
    """A paragraph's markup; for the part of one split at a page's foot (reportlab gives
    it no markup), its fragments."""
    return block.text if block.text is not None else block.frags


def reportlab_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code as raw reportlab draws one: its widget in a drawing, at level M."""
    widget = QrCodeWidget(value, barLevel="M", barWidth=size, barHeight=size)
    drawing = Drawing(size, size)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def paragraph_pages(pages: list[list[Drawn]]) -> bytes:
    """The paragraph floor: the same paragraphs (markup, style, width) and loose strings,
    each parsed, broken into lines and drawn with plain reportlab on a plain canvas; the
    QR codes are left out, as in the text floor."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=FONT)
    for drawn in pages:
        for item in drawn:
            if item[0] == "p":
                _, markup, style, bullet, width, x, y = item
                block = (
                    Paragraph(markup, style, bulletText=bullet)
                    if isinstance(markup, str)
                    else Paragraph(None, style, bulletText=bullet, frags=markup)
                )
                block.wrapOn(canvas, width, A4[1] * 100)
                block.drawOn(canvas, x, y)
            elif item[0] == "s":
                _, face, size, x, y, value = item
                canvas.setFont(face, size)
                canvas.drawString(x, y, value)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def paired_medians(
    runs: int, action: Callable[[], object], floor: Callable[[], object]
) -> tuple[float, float]:
    """Median seconds of ``runs`` calls of each, alternating, after one warm-up of each."""
    action()
    floor()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for which, call in enumerate((action, floor)):
            start = time.perf_counter()
            call()
            times[which].append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def _overview() -> OverviewData:
    return OverviewData(
        impressions=tuple(
            ImpressionItem(m, "Verdeeld beeld. Saamhorigheid bij sommigen. " * 3)
            for m in ("Almere", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde")
        ),
        success_factors=tuple(
            SuccessFactorItem(f"Factor {n}", "Proberen, leren en gaandeweg verbeteren.")
            for n in range(5)
        ),
        practice_groups=(
            PracticeGroup("Weten wat mensen willen", (PracticeItem("Ideeënmarkt (NOP)"),)),
        ),
        challenges_inwoners=tuple(
            "Het **bereiken** en **betrekken** van inwoners." for _ in range(8)
        ),
        challenges_gemeente=tuple("**Verantwoording** over kosten en baten." for _ in range(5)),
        links=(LinkItem("[Buurtadvies] biedt een atlas."),),
        partners_flevoland=tuple(
            PartnerItem(f"Partner {n}", "Kennis en advies.") for n in range(4)
        ),
        partners_landelijk=tuple(
            PartnerItem(f"Landelijk {n}", "Tips en training.") for n in range(6)
        ),
    )


def _pdf(render: Callable[[Any, Any], None], data: Any) -> bytes:
    out = io.BytesIO()
    render(data, out)
    return out.getvalue()


def _fresh_pdf(render: Callable[[Any, Any], None], data: Any) -> bytes:
    """The printout as a first print of these addresses: no QR code encoded by a run
    before (a real batch's websites are its own)."""
    qr.encoded.cache_clear()
    return _pdf(render, data)


def measure(name: str, runs: int, render: Callable[[Any, Any], None], data: Any) -> dict[str, Any]:
    """One figure beside its three floors, all from the same data in the same run."""
    with recording() as drawn:
        pdf = _pdf(render, data)
    pieces = text_on_pages(pdf)
    floors = {
        "text_floor": lambda: raw_pages(pieces, []),
        "qr_floor": lambda: raw_pages(pieces, drawn),
        "paragraph_floor": lambda: paragraph_pages(drawn),
    }
    row: dict[str, Any] = {"name": name, "pages": len(pieces)}
    spent = []
    for key, floor in floors.items():
        seconds, row[key] = paired_medians(runs, lambda: _fresh_pdf(render, data), floor)
        spent.append(seconds)
    row["seconds"] = statistics.median(spent)
    row["codes"] = sum(item[0] == "q" for page in drawn for item in page)
    return row


def report(rows: list[dict[str, Any]], count: int) -> bool:
    """Print each figure beside its floors and target; whether every target was met.

    The batch target is judged against the text floor; the QR and paragraph floors are
    beside it. Then a line per row for programs: ``RESULT <name> <figure_ms> <floor_ms>
    <ratio> <target_ratio>``; a one-pager's floor is its 150 ms limit, its target ratio 1.
    """
    met = True
    results = []
    print(
        f"{'printout':<16}{'pages':>6}{'codes':>6}{'median':>10}"
        f"{'text floor':>12}{'ratio':>7}{'QR floor':>12}{'ratio':>7}"
        f"{'para floor':>12}{'ratio':>7}  target"
    )
    for row in rows:
        ratio = row["seconds"] / row["text_floor"]
        if row["name"].startswith(f"{count} "):
            ok, target = ratio <= 3.0, "<= 3x text floor"
            floor, target_ratio = row["text_floor"], 3
        else:
            ok, target = row["seconds"] <= 0.150, "<= 150 ms"
            floor, target_ratio = 0.150, 1
        met &= ok
        results.append(
            f"RESULT {_result_name(row['name'])} {row['seconds'] * 1000:.0f} {floor * 1000:.0f}"
            f" {row['seconds'] / floor:.2f} {target_ratio}"
        )
        beside = "".join(
            f"{row[key] * 1000:>10.1f}ms{row['seconds'] / row[key]:>6.2f}x"
            for key in ("text_floor", "qr_floor", "paragraph_floor")
        )
        print(
            f"{row['name']:<16}{row['pages']:>6}{row['codes']:>6}{row['seconds'] * 1000:>8.1f}ms"
            f"{beside}  {target}: {'OK' if ok else 'MISSED'}"
        )
    print("\n".join(results))
    return met


def _result_name(name: str) -> str:
    """``500 handouts`` as ``handouts_500``, ``one handout`` as ``one_handout``."""
    count, _, rest = name.partition(" ")
    return f"{rest}_{count}" if count.isdigit() else name.replace(" ", "_")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500, help="handouts in the batch")
    parser.add_argument("--runs", type=int, default=5, help="runs of the batch (median)")
    args = parser.parse_args()
    one_runs = max(args.runs, 15)
    rows = [
        measure("one handout", one_runs, render_handout, HANDOUT),
        measure("overview", one_runs, render_overview, _overview()),
        measure(f"{args.count} handouts", args.runs, render_handouts, varied_handouts(args.count)),
    ]
    return 0 if report(rows, args.count) else 1


if __name__ == "__main__":
    sys.exit(main())
