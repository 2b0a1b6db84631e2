"""Every printout can be made from the window: shown in the print preview, and saved from
there where the user says."""

import threading
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import event

from flevodesk.cli import main
from flevodesk.commands.printouts import ARGUMENTS
from flevodesk.reports.data import SigninData
from flevodesk.services.export_log import exports_before
from flevodesk.services.printouts import PRINTOUTS, Input, Printout, Ref, Request
from flevodesk.services.printouts.declaration import need
from flevodesk.ui import file_choice, print_menu
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.print_preview import PrintPreview

from .conftest import settle, target_of

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _text(path):
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def _label(text):
    """A menu item's text as declared: without the shortcut mark, the record's name or
    the hint to choose one, and the dots."""
    return text.replace("&", "").split(": ")[0].split(" (")[0].removesuffix("…")


def _save_from_previews(qtbot, window):
    """Click "Opslaan als PDF…" in each open preview, then close it."""
    for preview in window.findChildren(PrintPreview):
        preview.save_button.click()
        settle(qtbot, window.bg)
        preview.reject()
        settle(qtbot, window.bg)


def test_each_printout_from_the_menu(qtbot, demo_db, settings, answers, tmp_path, monkeypatch):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    saved = []

    def ask_save_path(_parent, _title, suggested, _filter):
        saved.append(tmp_path / suggested)
        return tmp_path / suggested

    monkeypatch.setattr(file_choice, "ask_save_path", ask_save_path)
    monkeypatch.setattr(print_menu, "ask_choice", lambda *_a: "Noordoostpolder")
    monkeypatch.setattr(
        print_menu,
        "ask_dates",
        lambda _p, _t, fields: [date(2026, 1, 1), date(2026, 12, 31)][: len(fields)],
    )
    actions = {_label(a.text()): a for a in window.print_menu.actions() if a.text()}

    window.record_tabs["initiative"].form.load(None)  # nothing chosen on the tab yet
    assert not actions["Folder afdrukken"].isEnabled()

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
        _save_from_previews(qtbot, window)
    assert answers.errors == []
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

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    actions = {_label(a.text()): a for a in window.print_menu.actions() if a.text()}
    actions["Netwerk partners"].trigger()
    settle(qtbot, window.bg)
    monkeypatch.setattr(os, "fsync", full)
    _save_from_previews(qtbot, window)
    assert answers.errors == [f"Kan {earlier} niet opslaan: de schijf is vol."]
    assert earlier.read_bytes() == b"%PDF earlier printout"
    assert [p.name for p in folder.iterdir()] == [earlier.name]


def _texts(menu):
    """The menu's item texts as declared (see :func:`_label`), a separator as ""."""
    return [_label(a.text()) for a in menu.actions()]


def _choose_initiative(qtbot, window, name):
    initiatives = window.record_tabs["initiative"]
    row = next(
        r
        for r in range(initiatives.model.rowCount())
        if initiatives.model.index(r, 0).data() == name
    )
    initiatives.table.selectRow(row)
    settle(qtbot, window.bg)


def test_the_menu_holds_exactly_the_declared_printouts(qtbot, demo_db, settings):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    declared = [_label(p.menu) for p in PRINTOUTS.values() if p.menu]
    assert sorted(t for t in _texts(window.print_menu) if t) == sorted(declared)
    # Every input a declaration can name can be asked for in the window and typed on the
    # command line.
    assert set(window.print_actions.askers) == set(Input)
    assert set(ARGUMENTS) == set(Input)


def test_a_new_declaration_is_on_the_command_line_and_in_the_menu(
    qtbot, demo_db, settings, answers, tmp_path, monkeypatch, capsys
):
    built = []

    def build(_db, request):
        built.append((threading.current_thread() is threading.main_thread(), request))
        return SigninData(request.initiative.name, need(request.day))

    fake = Printout(
        key="fake",
        title="Nepafdruk",
        description="Een afdruk die alleen deze test kent.",
        build=build,
        renderer="flevodesk.reports.signin:render_signin",
        names_persons=True,
        inputs=(Input.INITIATIVE, Input.DAY),
        command="nep",
        menu="&Nepafdruk afdrukken",
        file_name=lambda request: f"nep-{request.initiative.name}.pdf",
    )
    monkeypatch.setitem(PRINTOUTS, "fake", fake)

    assert main(["export", "--help"]) == 0
    assert "nep" in capsys.readouterr().out.split()
    assert main(["export", "nep", "--help"]) == 0
    usage = capsys.readouterr().out
    assert "--initiative" in usage and "--date" in usage and "--out" in usage
    out = tmp_path / "nep.pdf"
    argv = ["--db", target_of(demo_db), "export", "nep", "--initiative", "Ergens"]
    argv += ["--date", "2026-05-01"]
    assert main([*argv, "--out", str(out)]) == 0
    assert built.pop() == (True, Request(initiative=Ref(name="Ergens"), day=date(2026, 5, 1)))
    assert out.read_bytes().startswith(b"%PDF")

    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    texts = _texts(window.print_menu)
    # Among the printouts of the initiative on its tab, after those declared before it.
    assert texts.index("Nepafdruk afdrukken") == texts.index("") + 4
    saved = []
    monkeypatch.setattr(
        file_choice, "ask_save_path", lambda _p, _t, name, _f: saved.append(name) or tmp_path / name
    )
    monkeypatch.setattr(print_menu, "ask_dates", lambda *_a: [date(2026, 6, 1)])
    _choose_initiative(qtbot, window, "Dorpshuis Nagele")
    action = next(
        a
        for a in window.print_menu.actions()
        if a.text() == "&Nepafdruk afdrukken: Dorpshuis Nagele…"
    )
    action.trigger()
    settle(qtbot, window.bg)
    _save_from_previews(qtbot, window)
    assert answers.errors == []
    assert saved == ["nep-Dorpshuis Nagele.pdf"]
    on_ui_thread, request = built.pop()
    assert not on_ui_thread
    assert (request.initiative.name, request.day) == ("Dorpshuis Nagele", date(2026, 6, 1))
    assert (tmp_path / "nep-Dorpshuis Nagele.pdf").read_bytes().startswith(b"%PDF")
    with demo_db.read() as session:
        noted = {n.path for n in exports_before(session, datetime.now(UTC))}
    assert {out.resolve(), (tmp_path / "nep-Dorpshuis Nagele.pdf").resolve()} <= noted


def test_printing_from_the_menu_reads_the_database_only_off_the_ui_thread(
    qtbot, demo_db, settings, answers, tmp_path, monkeypatch
):
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    _choose_initiative(qtbot, window, "Dorpshuis Nagele")
    window.record_tabs["person"].table.selectRow(0)
    settle(qtbot, window.bg)
    monkeypatch.setattr(file_choice, "ask_save_path", lambda _p, _t, name, _f: tmp_path / name)
    monkeypatch.setattr(print_menu, "ask_choice", lambda *_a: "Urk")
    monkeypatch.setattr(
        print_menu, "ask_dates", lambda _p, _t, fields: [date(2026, 1, 1)] * len(fields)
    )
    on_ui_thread = []

    def statement(*_args):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())

    event.listen(demo_db.engine, "before_cursor_execute", statement)
    try:
        for action in window.print_menu.actions():
            action.trigger()
            settle(qtbot, window.bg)
            _save_from_previews(qtbot, window)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", statement)
    assert answers.errors == []
    assert len(list(tmp_path.glob("*.pdf"))) == len([a for a in _texts(window.print_menu) if a])
    assert on_ui_thread and not any(on_ui_thread)
