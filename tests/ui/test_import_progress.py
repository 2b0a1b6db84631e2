"""The import wizard shows how far a check or an import is, and an import can be stopped
with nothing stored."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from flevodesk.domain.people import Person
from flevodesk.services.importing import planning
from flevodesk.services.importing.volunteers import BATCH_ROWS
from tests.ui.wizard_steps import at_columns_page

ROWS = 2 * BATCH_ROWS + 100


def _list(path):
    lines = ["Naam;E-mail;Woonplaats"]
    lines += [f"Persoon{i} de Vries;p{i}@voorbeeld.nl;Dronten" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(db):
    with db.read() as session:
        return session.scalar(select(func.count(Person.id)))


def _at_preview(qtbot, db, path):
    wizard = at_columns_page(qtbot, db, path)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy)
    return wizard


def test_the_progress_bar_follows_the_batches_of_the_import(qtbot, db, tmp_path, answers):
    wizard = _at_preview(qtbot, db, _list(tmp_path / "lijst.csv"))
    preview = wizard.preview_page
    assert not preview.progress.isVisibleTo(wizard)  # only while something runs
    seen = []
    preview.progress.valueChanged.connect(seen.append)
    wizard.next()
    assert preview.progress.isVisibleTo(wizard) and preview.cancel_button.isVisibleTo(wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page)
    assert seen == [0, BATCH_ROWS, 2 * BATCH_ROWS, ROWS]  # from where the check left it
    assert preview.progress.maximum() == ROWS
    assert preview.progress.text() == f"{ROWS} van {ROWS} regels"
    assert not preview.progress.isVisibleTo(wizard)
    assert _count(db) == ROWS
    assert answers.errors == []


def test_cancel_during_the_import_stores_nothing_and_says_so(
    qtbot, db, tmp_path, answers, monkeypatch
):
    wizard = _at_preview(qtbot, db, _list(tmp_path / "lijst.csv"))
    preview = wizard.preview_page
    # Hold the import at its second batch until the user has pressed Annuleren, so the
    # click lands mid-import however fast the machine is.
    pressed = threading.Event()
    preview.cancel_button.clicked.connect(pressed.set)
    batch = planning.ImportRun.batch
    calls = []

    def held_batch(run, rows, cleaned):
        if not run.options.dry_run:
            calls.append(len(rows))
            if len(calls) == 2:
                assert pressed.wait(10)
        batch(run, rows, cleaned)

    monkeypatch.setattr(planning.ImportRun, "batch", held_batch)
    wizard.next()
    qtbot.waitUntil(lambda: len(calls) == 2 and preview.progress.value() == BATCH_ROWS)
    assert preview.cancel_button.text() == "Annuleren"
    preview.cancel_button.click()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert preview.summary_label.text() == "Import geannuleerd; er is niets opgeslagen."
    assert wizard.currentPage() is preview
    assert not preview.cancel_button.isVisibleTo(wizard)
    assert calls == [BATCH_ROWS, BATCH_ROWS]  # stopped before the third batch
    assert _count(db) == 0  # the first two batches were stored and rolled back
    assert answers.errors == []
