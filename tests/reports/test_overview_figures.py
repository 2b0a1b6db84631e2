"""The overview's third page carries the Overzicht tab's charts, readable on paper."""

import io
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from flevodesk.cli import main
from flevodesk.domain.enums import FundingStatus
from flevodesk.reports.chart_data import (
    FundingPipeline,
    HoursPerMonth,
    InitiativesByStatus,
    OverviewFigures,
    PipelineStage,
    StatusSeries,
)
from flevodesk.reports.charts import euro_label, month_labels
from flevodesk.reports.data import OverviewData
from flevodesk.reports.overview import render_overview
from flevodesk.services.overview_stats import save_quiet_threshold
from flevodesk.services.printouts.overview import overview_data
from flevodesk.store.database import Database
from tests.reports.conftest import TODAY
from tests.reports.helpers import fonts, page_texts
from tests.reports.layout_check import pieces, problems, shrunk


def _render(data) -> bytes:
    out = io.BytesIO()
    render_overview(data, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def figures_pdf(report_db):
    return _render(overview_data(report_db, today=TODAY))


def test_euro_labels_are_whole_euros_with_dutch_thousands():
    assert euro_label(Decimal("12500.00")) == "€ 12.500"
    assert euro_label(Decimal("1234.50")) == "€ 1.235"  # half up, never via float
    assert euro_label(Decimal("0.00")) == "€ 0"


def test_the_third_page_shows_the_charts_with_their_dutch_labels(figures_pdf):
    page = page_texts(figures_pdf)[2]
    for title in (
        "IN CIJFERS",
        "Initiatieven per gemeente en status",
        f"Vrijwilligersuren per maand in {TODAY.year}",
        "Aanvragen per fase",
        "MINDER ACTIEVE WIJKEN EN KERNEN",
    ):
        assert title in page
    months = " ".join(month_labels())
    assert months in page  # the hours chart's axis, January to December
    assert "Almere Dronten Lelystad NOP Urk Zeewolde" in page
    for status in ("Idee", "Opstart", "Actief", "Gepauzeerd", "Gestopt"):
        assert status in page
    # The café's applications: requested 2.500, 3.000 and 10.000; granted 1.234,56 and 2.500.
    for amount in ("€ 10.000", "€ 3.000", "€ 2.500", "€ 1.235"):
        assert amount in page
    # 2.500 granted of 3.000 asked is a partial grant.
    assert "Deels toegekend (1)" in page and "Afgewezen (1)" in page and "Afgerond (1)" in page
    assert "stand op 1 november 2026" in page


def test_the_pipeline_stands_in_process_order_top_down(figures_pdf):
    runs, _ = pieces(figures_pdf)
    order = [s.label for s in FundingStatus]
    heights = {
        run.text.rsplit(" (", 1)[0]: run.y
        for run in runs
        if run.page == 2 and run.text.rsplit(" (", 1)[0] in order and run.text.endswith(")")
    }
    assert len(heights) == len(order)
    assert [heights[label] for label in order] == sorted(heights.values(), reverse=True)


def test_the_figures_page_reads_cleanly_and_embeds_only_dejavu(figures_pdf):
    assert [p for p in problems(figures_pdf) if p.page == 2] == []
    assert [p for p in shrunk(figures_pdf) if p.page == 2] == []
    assert all("DejaVuSans" in name for name in fonts(figures_pdf))


def test_the_stored_threshold_and_the_command_line_option_decide_the_marks(
    report_db, tmp_path, capsys
):
    def quiet_line(pdf) -> str:
        """The section's sentence and its table's rows, where the quiet areas of a
        municipality stand in a column of their own."""
        page = page_texts(pdf)[2]
        return page.split("MINDER ACTIEVE WIJKEN EN KERNEN", 1)[1]

    # Emmeloord's one initiative, the café, is active: quiet only from a threshold of 1.
    default = quiet_line(_render(overview_data(report_db, today=TODAY)))
    assert "waarvan er geen actief is. Zulke wijken en kernen zijn er nu niet." in default
    assert "Emmeloord" not in default and "Minder actief" not in default
    copy = tmp_path / "kopie.sqlite3"  # the session's database stays as it is
    with sqlite3.connect(report_db.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    copied = Database(f"sqlite:///{copy}")
    try:
        save_quiet_threshold(copied, 1)
        stored = quiet_line(_render(overview_data(copied, today=TODAY)))
        assert "hoogstens 1 actief" in stored and "Minder actief" in stored
        assert "Noordoostpolder Emmeloord" in stored
    finally:
        copied.dispose()
    out = tmp_path / "beeld.pdf"
    argv = ["--db", str(copy), "export", "overview", "--out", str(out)]
    assert main([*argv, "--quiet-at-most", "0"]) == 0
    assert "Emmeloord" not in quiet_line(out.read_bytes())
    assert main(argv) == 0  # without the option: the stored setting
    assert "Noordoostpolder Emmeloord" in quiet_line(out.read_bytes())
    capsys.readouterr()
    assert main([*argv, "--quiet-at-most", "veel"]) == 2
    assert "'veel' is geen aantal van 0 tot en met 99" in capsys.readouterr().err


def test_figures_of_nothing_say_so_in_a_sentence_instead_of_charts_of_zeros():
    empty = OverviewFigures(
        by_status=InitiativesByStatus(("Urk",), (StatusSeries("Actief", (0,)),)),
        hours=HoursPerMonth(2026, (0,) * 12),
        pipeline=FundingPipeline((PipelineStage("Ingediend", 0),)),
        as_of=date(2026, 1, 1),
    )
    data = OverviewData(
        impressions=(),
        success_factors=(),
        practice_groups=(),
        challenges_inwoners=(),
        challenges_gemeente=(),
        links=(),
        partners_flevoland=(),
        partners_landelijk=(),
        figures=empty,
    )
    pages = page_texts(_render(data))
    page = pages[-1]
    assert "Nog geen initiatieven vastgelegd" in page and "stand op 1 januari 2026" in page
    assert "Ingediend (0)" not in page and "jan feb" not in page
    assert "Zulke wijken en kernen zijn er nu niet." in page
    # Under the network page's partners, not alone on a page of its own.
    assert "NETWERK PARTNERS" in page and "IN CIJFERS" in page and len(pages) == 2
    one = replace(empty, hours=HoursPerMonth(2026, (60,) + (0,) * 11))
    page = page_texts(_render(replace(data, figures=one)))[-1]
    assert "Ingediend (0)" in page and "jan feb" in page and "Nog geen" not in page
