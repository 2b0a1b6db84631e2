"""The inzage's tables as the citizen reads them: a date or a duration on one line, and
hours right-aligned under a right-aligned heading."""

from __future__ import annotations

import io
from datetime import date

from flevodesk.reports.data import AccessExportData, Section
from flevodesk.reports.privacy import render_access_export
from tests.reports.layout_check import pieces

LONG = "Stichting Buurtnetwerk voor Ontmoeting, Zorg en Duurzaamheid in de Noordoostpolder"


def _hours_pdf() -> bytes:
    rows = tuple(
        (f"{day} februari 2026", LONG, f"{day % 3}:30 uur", "Inloopochtend en koffie schenken")
        for day in range(10, 20)
    )
    data = AccessExportData(
        person="Ayşe Yılmaz",
        organisation="Gemeente Urk",
        printed_on=date(2026, 3, 1),
        record=(("Voornaam", "Ayşe"),),
        sections=(Section("Uren", ("Datum", "Initiatief", "Tijd", "Activiteit"), rows),),
    )
    out = io.BytesIO()
    render_access_export(data, out)
    return out.getvalue()


def test_dates_and_hours_stay_on_one_line_beside_a_long_name():
    runs, _ = pieces(_hours_pdf())
    texts = [run.text for run in runs]
    assert sum("februari 2026" in t for t in texts) == 10, texts
    assert sum(t.endswith(":30 uur") for t in texts) == 10, texts


def test_hours_stand_right_aligned_under_their_heading():
    runs, _ = pieces(_hours_pdf())
    hours = [run for run in runs if run.text.endswith(":30 uur")]
    heading = next(run for run in runs if run.text == "Tijd")
    assert len({round(run.right, 1) for run in hours}) == 1
    assert abs(heading.right - hours[0].right) < 0.5
