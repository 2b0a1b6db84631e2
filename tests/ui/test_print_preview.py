"""The print preview: every printout shows its pages inside the program, pages are turned,
and it prints through Qt or saves the very PDF it shows, without a system PDF viewer."""

from __future__ import annotations

import errno
import os
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from flevodesk.domain.funding import FundingApplication
from flevodesk.domain.initiatives import Initiative
from flevodesk.domain.people import HoursEntry, Person
from flevodesk.services.export_log import exports_before
from flevodesk.services.printouts import PRINTOUTS, Ref, Request
from flevodesk.ui import file_choice, print_job, print_menu, print_preview
from flevodesk.ui.background import Background
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.print_preview import PrintPreview
from flevodesk.ui.printing import preview_printout

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

A4 = 297 / 210


def _request(db) -> Request:
    """A request that every printout can be made from, out of the demo data."""
    with db.read() as s:
        initiative = s.scalars(
            select(Initiative).where(Initiative.name == "Dorpshuis Nagele")
        ).one()
        person = s.scalars(select(Person).join(HoursEntry).order_by(Person.id)).first()
        application = s.scalars(select(FundingApplication).order_by(FundingApplication.id)).first()
        return Request(
            municipality="Noordoostpolder",
            initiative=Ref(initiative.id, initiative.name),
            person=Ref(person.id, person.full_name),
            application=Ref(application.id, application.title or ""),
            day=date(2026, 1, 1),
            start=date(2025, 1, 1),
            end=date(2026, 12, 31),
        )


def _open_preview(qtbot, parent, bg, db, key, request) -> PrintPreview:
    preview_printout(parent, bg, db, key, request)
    settle(qtbot, bg)
    previews = parent.findChildren(PrintPreview)
    assert len(previews) == 1
    preview = previews[0]
    qtbot.waitUntil(lambda: preview.shown_image(0) is not None, timeout=10_000)
    return preview


def _close(qtbot, preview, bg) -> None:
    preview.reject()
    settle(qtbot, bg)
    assert preview.pages._document is None  # PDFium's copy is freed, on a worker


def _ink(image) -> float:
    """The share of sampled pixels that are not white."""
    samples = [
        QColor(image.pixel(x, y)).lightness() < 240
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    return sum(samples) / len(samples)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    return widget


@pytest.mark.parametrize("key", list(PRINTOUTS))
def test_the_preview_shows_a_page_of_each_printout(qtbot, parent, bg, demo_db, answers, key):
    preview = _open_preview(qtbot, parent, bg, demo_db, key, _request(demo_db))
    assert answers.errors == []
    image = preview.shown_image(0)
    longer, shorter = max(image.width(), image.height()), min(image.width(), image.height())
    assert longer / shorter == pytest.approx(A4, rel=0.01)
    assert _ink(image) > 0.01, "the first page shows nothing"
    assert preview.page_label.text() == f"pagina 1 van {len(preview.pages)}"
    assert preview.windowTitle() == f"Afdrukvoorbeeld: {PRINTOUTS[key].title}"
    _close(qtbot, preview, bg)


def test_turning_pages_of_a_long_printout(qtbot, parent, bg, demo_db, answers):
    preview = _open_preview(qtbot, parent, bg, demo_db, "initiatives", Request())
    count = len(preview.pages)
    assert count >= 3
    preview.show()
    qtbot.waitExposed(preview)
    assert (preview.page_label.text(), preview.previous.isEnabled()) == (
        f"pagina 1 van {count}",
        False,
    )
    preview.next.click()
    settle(qtbot, bg)
    assert preview.page_label.text() == f"pagina 2 van {count}"
    qtbot.waitUntil(lambda: preview.shown_image(1) is not None, timeout=10_000)
    first, second = preview.shown_image(0), preview.shown_image(1)
    assert first != second  # another initiative's folder, not the first page again
    preview.go_to(count - 1)
    settle(qtbot, bg)
    assert preview.page_label.text() == f"pagina {count} van {count}"
    assert not preview.next.isEnabled() and preview.previous.isEnabled()
    qtbot.waitUntil(lambda: preview.shown_image(count - 1) is not None, timeout=10_000)
    # Pages far from view are forgotten, so a long printout holds a few images only.
    assert preview.shown_image(0) is None
    fit = preview.page_views[0].width()
    preview.zoom.setCurrentIndex(preview.zoom.findData(print_preview.ACTUAL_SIZE))
    settle(qtbot, bg)
    assert preview.page_views[0].width() == round(595.28 * preview.logicalDpiX() / 72)
    assert preview.page_views[0].width() != fit
    _close(qtbot, preview, bg)


def test_saving_writes_the_pdf_shown_atomically(
    qtbot, parent, bg, demo_db, answers, tmp_path, monkeypatch
):
    preview = _open_preview(qtbot, parent, bg, demo_db, "initiative", _request(demo_db))
    assert preview.suggested_name == "folder-dorpshuis-nagele.pdf"
    asked = []

    def ask_save_path(_parent, title, suggested, _filter):
        asked.append((title, suggested))
        return tmp_path / "folder"  # typed without .pdf

    monkeypatch.setattr(file_choice, "ask_save_path", ask_save_path)
    preview.save_button.click()
    settle(qtbot, bg)
    assert answers.errors == []
    assert asked == [("Opslaan als PDF", "folder-dorpshuis-nagele.pdf")]
    saved = tmp_path / "folder.pdf"
    assert saved.read_bytes() == preview.pages.pdf
    assert preview.status.text() == f"Opgeslagen als {saved}."
    # The folder names persons (its kartrekkers), so the file is noted for an erasure.
    with demo_db.read() as session:
        assert saved.resolve() in {n.path for n in exports_before(session, _tomorrow())}

    # A full disk keeps the earlier file whole and leaves no temporary file behind.
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    saved.write_bytes(b"%PDF earlier")
    monkeypatch.setattr(os, "fsync", full)
    preview.save_button.click()
    settle(qtbot, bg)
    assert answers.errors == [f"Kan {saved} niet opslaan: de schijf is vol."]
    assert saved.read_bytes() == b"%PDF earlier"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("folder")] == ["folder.pdf"]
    monkeypatch.undo()
    _close(qtbot, preview, bg)


def _tomorrow():
    from datetime import UTC, datetime, timedelta

    return datetime.now(UTC) + timedelta(days=1)


def test_printing_sends_every_page_or_the_chosen_range(
    qtbot, parent, bg, demo_db, answers, tmp_path, monkeypatch
):
    preview = _open_preview(qtbot, parent, bg, demo_db, "initiatives", Request())
    count = len(preview.pages)
    outputs = iter([tmp_path / "alles.pdf", tmp_path / "twee-drie.pdf"])
    ranges = iter([None, (2, 3)])
    asked = []

    def ask_printer(_parent, printer, pages):
        asked.append((pages, printer.pageLayout().pageSize().id()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(next(outputs)))
        printer.setResolution(72)  # a quick test: pages drawn small
        chosen = next(ranges)
        if chosen is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*chosen)
        return True

    monkeypatch.setattr(print_job, "ask_printer", ask_printer)
    preview.print_button.click()
    settle(qtbot, bg)
    preview.print_button.click()
    settle(qtbot, bg)
    assert answers.errors == []
    from PySide6.QtGui import QPageSize

    assert asked == [(count, QPageSize.PageSizeId.A4)] * 2
    assert len(PdfReader(tmp_path / "alles.pdf").pages) == count
    two = PdfReader(tmp_path / "twee-drie.pdf")
    assert len(two.pages) == 2
    width, height = float(two.pages[0].mediabox.width), float(two.pages[0].mediabox.height)
    assert height / width == pytest.approx(A4, rel=0.01)
    assert preview.status.text() == "2 pagina('s) naar de printer gestuurd."

    # Cancelled: nothing is printed.
    monkeypatch.setattr(print_job, "ask_printer", lambda *_a: False)
    preview.print_button.click()
    settle(qtbot, bg)
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    _close(qtbot, preview, bg)


def _actions(window):
    return {a.text().replace("&", ""): a for a in window.print_menu.actions() if a.text()}


def test_print_actions_name_the_record_open_and_wait_for_one(
    qtbot, demo_db, settings, answers, monkeypatch
):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    initiatives = window.record_tabs["initiative"]
    initiatives.form.load(None)
    actions = _actions(window)
    folder = actions["Folder afdrukken (kies eerst een initiatief)"]
    hours = actions["Urenverklaring afdrukken (kies eerst een vrijwilliger)"]
    assert not folder.isEnabled() and not hours.isEnabled()
    assert actions["Netwerk partners…"].isEnabled()  # of no record: always there

    row = next(
        r
        for r in range(initiatives.model.rowCount())
        if initiatives.model.index(r, 0).data() == "Dorpshuis Nagele"
    )
    initiatives.table.selectRow(row)
    settle(qtbot, window.bg)
    texts = [a.text() for a in window.print_menu.actions() if a.isEnabled() and a.text()]
    assert "F&older afdrukken: Dorpshuis Nagele…" in texts
    assert "&Presentielijst afdrukken: Dorpshuis Nagele…" in texts
    assert "&Telefoonlijst afdrukken: Dorpshuis Nagele…" in texts
    assert not hours.isEnabled()  # no volunteer chosen yet

    folder.trigger()
    settle(qtbot, window.bg)
    preview = window.findChild(PrintPreview)
    assert preview is not None and preview.suggested_name == "folder-dorpshuis-nagele.pdf"
    _close(qtbot, preview, window.bg)

    initiatives.form.load(None)  # as after deleting it
    assert not folder.isEnabled()
    assert folder.text() == "F&older afdrukken (kies eerst een initiatief)"
    monkeypatch.setattr(print_menu, "ask_dates", lambda *_a: [date(2026, 1, 1)])
    folder.trigger()  # a disabled item does nothing
    settle(qtbot, window.bg)
    assert window.findChild(PrintPreview) is None and answers.errors == []


def test_pdfium_runs_on_workers_one_call_at_a_time(
    qtbot, parent, bg, demo_db, answers, tmp_path, monkeypatch
):
    import threading
    import time

    import pypdfium2

    inside, calls = [], []
    real = pypdfium2.PdfPage.render

    def render(page, *args, **kwargs):
        inside.append(1)
        calls.append((threading.current_thread() is threading.main_thread(), len(inside)))
        time.sleep(0.002)  # widens the window in which a second call would overlap
        try:
            return real(page, *args, **kwargs)
        finally:
            inside.pop()

    monkeypatch.setattr(pypdfium2.PdfPage, "render", render)
    big = Background(max_threads=4)
    preview = _open_preview(qtbot, parent, big, demo_db, "initiatives", Request())
    preview.show()
    qtbot.waitExposed(preview)
    for index in range(len(preview.pages)):
        preview.go_to(index)
    monkeypatch.setattr(
        print_job,
        "ask_printer",
        lambda _w, printer, _n: (
            printer.setOutputFileName(str(tmp_path / "uit.pdf"))
            or printer.setResolution(72)
            or True
        ),
    )
    preview.print_button.click()
    for index in reversed(range(len(preview.pages))):  # while the print job runs
        preview.go_to(index)
    settle(qtbot, big)
    assert answers.errors == []
    assert len(calls) > len(preview.pages)
    assert not any(on_ui for on_ui, _ in calls), "PDFium ran on the UI thread"
    assert max(at_once for _, at_once in calls) == 1, "two PDFium calls overlapped"
    _close(qtbot, preview, big)
    big.wait()
