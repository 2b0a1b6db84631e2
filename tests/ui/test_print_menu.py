"""Every printout can be made from the window: saved where the user says, then offered to
the system's viewer for printing."""

from datetime import date

import pytest
from pypdf import PdfReader

from flevodesk.ui import file_choice, print_menu
from flevodesk.ui.main_window import MainWindow

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _text(path):
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_each_printout_from_the_menu(qtbot, demo_db, settings, answers, tmp_path, monkeypatch):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    saved, opened = [], []

    def ask_save_path(_parent, _title, suggested, _filter):
        saved.append(tmp_path / suggested)
        return tmp_path / suggested

    monkeypatch.setattr(file_choice, "ask_save_path", ask_save_path)
    monkeypatch.setattr(file_choice, "confirm", lambda *_a: True)
    monkeypatch.setattr(file_choice, "open_externally", lambda path: opened.append(path))
    monkeypatch.setattr(print_menu, "ask_choice", lambda *_a: "Noordoostpolder")
    monkeypatch.setattr(
        print_menu,
        "ask_dates",
        lambda _p, _t, fields: [date(2026, 1, 1), date(2026, 12, 31)][: len(fields)],
    )
    actions = {a.text().replace("&", ""): a for a in window.print_menu.actions() if a.text()}

    window.record_tabs["initiative"].form.load(None)  # nothing chosen on the tab yet
    actions["Folder van dit initiatief"].trigger()
    assert answers.errors == ["Kies eerst een initiatief op zijn tabblad."]

    initiatives = window.record_tabs["initiative"]
    row = next(
        r
        for r in range(initiatives.model.rowCount())
        if initiatives.model.index(r, 0).data() == "Dorpshuis Nagele"
    )
    initiatives.table.selectRow(row)
    settle(qtbot, window.bg)
    persons = window.record_tabs["person"]
    persons.table.selectRow(0)
    settle(qtbot, window.bg)
    person_name = persons.form.record.full_name

    for text in actions:
        actions[text].trigger()
        settle(qtbot, window.bg)
    assert len(answers.errors) == 1
    names = {p.name for p in saved}
    assert names == {
        "algemeen-beeld-noordoostpolder.pdf",
        "netwerk-partners.pdf",
        "folders-initiatieven.pdf",
        "folder-dorpshuis-nagele.pdf",
        "presentielijst-dorpshuis-nagele-2026-01-01.pdf",
        "telefoonlijst-dorpshuis-nagele.pdf",
        next(n for n in names if n.startswith("urenverklaring-")),
    }
    assert sorted(opened) == sorted(saved)
    assert "Dorpshuis Nagele" in _text(tmp_path / "folder-dorpshuis-nagele.pdf")
    assert "Noordoostpolder" in _text(tmp_path / "algemeen-beeld-noordoostpolder.pdf")
    assert "1 januari 2026" in _text(tmp_path / "presentielijst-dorpshuis-nagele-2026-01-01.pdf")
    hours = next(p for p in saved if p.name.startswith("urenverklaring-"))
    assert person_name.split()[0] in _text(hours)


def test_a_full_disk_keeps_the_earlier_printout(
    qtbot, demo_db, settings, answers, tmp_path, monkeypatch
):
    import errno
    import os

    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    folder = tmp_path / "afdrukken"
    folder.mkdir()
    earlier = folder / "netwerk-partners.pdf"
    earlier.write_bytes(b"%PDF earlier printout")
    monkeypatch.setattr(file_choice, "ask_save_path", lambda _p, _t, suggested, _f: earlier)
    monkeypatch.setattr(file_choice, "confirm", lambda *_a: False)

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    actions = {a.text().replace("&", ""): a for a in window.print_menu.actions() if a.text()}
    actions["Netwerk partners"].trigger()
    settle(qtbot, window.bg)
    assert answers.errors == [f"Kan {earlier} niet opslaan: de schijf is vol."]
    assert earlier.read_bytes() == b"%PDF earlier printout"
    assert [p.name for p in folder.iterdir()] == [earlier.name]
