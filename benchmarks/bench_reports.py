"""Time the printouts against raw reportlab drawing the same text.

Run: .venv/bin/python benchmarks/bench_reports.py [--count 500]

Targets (DESIGN.md): a one-page printout in at most 150 ms in-process, 500 handouts in
one PDF under 15 s. The raw baseline draws the same words with ``canvas.drawString`` on
the same embedded font, no layout at all: the ratio says what platypus layout costs.
"""

from __future__ import annotations

import argparse
import io
import statistics
import textwrap
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from flevodesk.reports import render_handout, render_handouts, render_overview
from flevodesk.reports.data import (
    HandoutData,
    ImpressionItem,
    LinkItem,
    OverviewData,
    PartnerItem,
    PracticeGroup,
    SuccessFactorItem,
)
from flevodesk.reports.styles import FONT, register_fonts

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
)


def _handout_text(data: HandoutData) -> list[str]:
    parts = [
        data.name,
        data.description,
        data.goal,
        data.location,
        data.schedule,
        data.contact_email,
        data.contact_phone,
        ", ".join(data.contact_names),
        data.how_to_join,
        data.open_roles,
        ", ".join(data.partners),
        data.story,
    ]
    lines: list[str] = []
    for part in parts:
        for paragraph in (part or "").split("\n"):
            lines += textwrap.wrap(paragraph, 95) or [""]
    return lines


def raw_pages(pages: list[list[str]]) -> bytes:
    """The baseline: the same lines drawn one under another, nothing laid out."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=FONT)
    for lines in pages:
        canvas.setFont(FONT, 9)
        y = A4[1] - 60
        for line in lines:
            canvas.drawString(40, y, line)
            y -= 12
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def best_of(runs: int, action: Callable[[], object]) -> float:
    """Median seconds of ``runs`` calls (after one warm-up call)."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
        practice_groups=(PracticeGroup("Weten wat mensen willen", ("Ideeënmarkt (NOP)",)),),
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500, help="handouts in the batch")
    parser.add_argument("--runs", type=int, default=15, help="repeats of the one-pager")
    args = parser.parse_args()

    lines = _handout_text(HANDOUT)
    one = best_of(args.runs, lambda: render_handout(HANDOUT, io.BytesIO()))
    one_raw = best_of(args.runs, lambda: raw_pages([lines]))
    overview = best_of(args.runs, lambda: render_overview(_overview(), io.BytesIO()))

    batch = [replace(HANDOUT, name=f"{HANDOUT.name} {n}") for n in range(args.count)]
    start = time.perf_counter()
    render_handouts(batch, io.BytesIO())
    many = time.perf_counter() - start
    start = time.perf_counter()
    raw_pages([_handout_text(item) for item in batch])
    many_raw = time.perf_counter() - start

    print(
        f"one handout:        {one * 1000:7.1f} ms   raw {one_raw * 1000:6.1f} ms   "
        f"ratio {one / one_raw:5.1f}x   target <= 150 ms: "
        f"{'OK' if one <= 0.150 else 'MISSED'}"
    )
    print(
        f"overview (2 pages): {overview * 1000:7.1f} ms   "
        f"target <= 150 ms a page: {'OK' if overview / 2 <= 0.150 else 'MISSED'}"
    )
    print(
        f"{args.count} handouts:      {many:7.2f} s    raw {many_raw:6.2f} s    "
        f"ratio {many / many_raw:5.1f}x   {args.count / many:5.0f} pages/s   "
        f"target < 15 s: {'OK' if many < 15 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
