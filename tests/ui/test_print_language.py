"""The print preview's language choice: a handout or presentielijst made again in English
on a worker, shown in the preview's place and saved as the English PDF it shows."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox, QWidget

from flevodesk.services.printouts import PRINTOUTS
from flevodesk.ui import file_choice
from flevodesk.ui.print_preview import PrintPreview
from flevodesk.ui.printing import preview_printout
from tests.reports.helpers import pdf_text
from tests.ui.test_no_sql_on_ui_thread import ui_thread_statements as ui_thread_statements
from tests.ui.test_print_preview import _request
from tests.ui.test_print_preview import parent as parent  # a fixture, shared

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _preview(qtbot, parent, bg) -> PrintPreview:
    settle(qtbot, bg)
    qtbot.waitUntil(lambda: len(_open(parent)) == 1, timeout=10_000)
    preview = _open(parent)[0]
    qtbot.waitUntil(lambda: preview.shown_image(0) is not None, timeout=10_000)
    return preview


def _open(parent: QWidget) -> list[PrintPreview]:
    return [p for p in parent.findChildren(PrintPreview) if p.isVisible()]


def _choose(qtbot, bg, preview: PrintPreview, name: str) -> None:
    choice = preview.findChild(QComboBox, "language")
    index = choice.findText(name)
    choice.setCurrentIndex(index)
    choice.activated.emit(index)  # as a click on the item does


#: A fixed text each printout shows in English.
ENGLISH = {"initiative": "WHAT IS IT?", "signin": "Sign-in sheet", "overview": "PARTNER NETWORK"}


@pytest.mark.parametrize("key", list(ENGLISH))
def test_choosing_english_shows_and_saves_the_english_printout(
    qtbot, parent, bg, demo_db, answers, english, key, tmp_path, monkeypatch, ui_thread_statements
):
    request = _request(demo_db)
    ui_thread_statements.clear()  # the test's own reading of the demo data
    preview_printout(parent, bg, demo_db, key, request)
    dutch = _preview(qtbot, parent, bg)
    choice = dutch.findChild(QComboBox, "language")
    assert [choice.itemText(i) for i in range(choice.count())] == ["Nederlands", "English"]
    assert choice.currentText() == "Nederlands"
    assert _lang(dutch.pages.pdf) == "nl-NL"

    _choose(qtbot, bg, dutch, "English")
    qtbot.waitUntil(lambda: _open(parent) and _open(parent)[0] is not dutch, timeout=10_000)
    english_preview = _preview(qtbot, parent, bg)
    assert english_preview.findChild(QComboBox, "language").currentText() == "English"
    text = pdf_text(english_preview.pages.pdf)
    assert ENGLISH[key] in text
    assert "Dorpshuis Nagele" in text  # the initiative's own name, as entered
    assert _lang(english_preview.pages.pdf) == "en-GB"
    assert english_preview.suggested_name.endswith("-en.pdf")

    monkeypatch.setattr(file_choice, "ask_save_path", lambda _p, _t, name, _f: tmp_path / name)
    english_preview.save_as_pdf()
    settle(qtbot, bg)
    saved = tmp_path / english_preview.suggested_name
    assert saved.read_bytes() == english_preview.pages.pdf
    english_preview.reject()
    settle(qtbot, bg)
    assert answers.errors == []
    assert ui_thread_statements == []


def test_a_printout_in_dutch_only_has_no_language_choice(qtbot, parent, bg, demo_db, answers):
    assert not PRINTOUTS["hours"].translatable
    preview_printout(parent, bg, demo_db, "hours", _request(demo_db))
    preview = _preview(qtbot, parent, bg)
    assert preview.findChild(QComboBox, "language") is None
    preview.reject()
    settle(qtbot, bg)


def _lang(pdf: bytes) -> str:
    return str(PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"])
