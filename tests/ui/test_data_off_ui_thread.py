"""The data menu, backups, the overview, the privacy dialogs and the import wizard run no
SQL on the UI thread: an engine hook records the thread of every statement."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from flevodesk.ui import backups_dialog, data_actions, file_choice
from flevodesk.ui.main_window import MainWindow

from .conftest import settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

VOLUNTEERS = "Naam;E-mail\nZoë Çelik;zoe@voorbeeld.nl\nJan Smit;jan@voorbeeld.nl\n"


class UiStatements:
    """Counts the statements the engine runs on the thread that made this object, and the
    calls of file work that reaches SQLite past the engine (its backup API, a backup opened
    to read its identity), which no engine hook sees."""

    def __init__(self, settle: Callable[[], None]) -> None:
        self.ui = threading.get_ident()
        self.seen: list[str] = []
        self._settle = settle

    def __call__(self, _conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if threading.get_ident() == self.ui:
            self.seen.append(statement)

    def watch(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        work = getattr(module, name)

        def watched(*args: object, **kwargs: object) -> object:
            if threading.get_ident() == self.ui:
                self.seen.append(f"{name}()")
            return work(*args, **kwargs)

        monkeypatch.setattr(module, name, watched)

    def during(self, step: Callable[[], object]) -> int:
        """Statements on the UI thread while ``step`` runs and its operations settle."""
        before = len(self.seen)
        step()
        self._settle()
        return len(self.seen) - before


@pytest.fixture
def opened(
    qtbot, demo_db, settings, answers, monkeypatch
) -> Iterator[tuple[MainWindow, UiStatements]]:
    window = MainWindow(demo_db, settings=settings)
    qtbot.addWidget(window)
    settle(qtbot, window.bg)
    hook = UiStatements(lambda: settle(qtbot, window.bg))
    for module, name in (
        (data_actions, "default_backup_path"),
        (data_actions, "backup_database"),
        (backups_dialog, "backups_of"),
    ):
        hook.watch(monkeypatch, module, name)
    event.listen(demo_db.engine, "before_cursor_execute", hook)
    yield window, hook
    event.remove(demo_db.engine, "before_cursor_execute", hook)
    window.bg.wait()


# Both walk through backups and restore, which belong to a database file; on a team server
# those items explain that they are the administrator's (tests/ui/test_server_file_actions).
@pytest.mark.sqlite_only
def test_the_data_menu_and_its_dialogs_run_no_sql_on_the_ui_thread(
    qtbot, opened, answers, tmp_path, monkeypatch
):
    window, hook = opened
    told: list[str] = []
    monkeypatch.setattr(file_choice, "inform", lambda _w, _t, text: told.append(text))
    data = window.data_actions.data
    counts: dict[str, int] = {}

    window.tabs.setCurrentWidget(window.record_tabs["person"])
    settle(qtbot, window.bg)
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: tmp_path / "personen.csv")
    counts["export to CSV"] = hook.during(data.export_csv.trigger)
    assert (tmp_path / "personen.csv").stat().st_size > 0

    made: list[Path] = []
    # Where the dialog suggests: the backup folder, which the backups dialog lists.
    monkeypatch.setattr(
        file_choice,
        "ask_save_path",
        lambda _w, _t, suggested, _f: made.append(Path(suggested)) or made[-1],
    )
    counts["backup"] = hook.during(data.backup.trigger)
    assert made and made[0].exists()

    dialogs: list[object] = []
    counts["backups dialog"] = hook.during(
        lambda: dialogs.append(window.data_actions.show_backups())
    )
    assert dialogs[-1].table.rowCount() >= 1

    def overview() -> None:
        window.tabs.setCurrentWidget(window.overview)
        window.overview.refresh()

    counts["overview refresh"] = hook.during(overview)
    assert window.overview.stats.topLevelItemCount() > 0

    menu = {a.text().replace("&", ""): a for a in window.privacy_menu.actions() if a.text()}
    for name in ("Privacy-instellingen…", "Bewaartermijn beoordelen…"):
        counts[name] = hook.during(menu[name].trigger)

    source = tmp_path / "vrijwilligers.csv"
    source.write_text(VOLUNTEERS, encoding="utf-8")

    def preview() -> None:
        wizard = data.open_import_wizard()
        wizard.file_page.path_edit.setText(str(source))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
        wizard.next()
        qtbot.waitUntil(
            lambda: wizard.currentPage() is wizard.preview_page and not wizard.busy,
            timeout=10_000,
        )
        assert wizard.preview_page.rows.rowCount() == 2
        wizard.close()

    counts["import preview"] = hook.during(preview)

    assert answers.errors == []
    assert counts == dict.fromkeys(counts, 0), hook.seen


@pytest.mark.sqlite_only
def test_the_actions_that_change_the_data_run_no_sql_on_the_ui_thread(
    qtbot, opened, answers, tmp_path, monkeypatch
):
    from flevodesk.ui import dialogs, privacy_dialogs
    from flevodesk.ui.forms import person_privacy
    from flevodesk.ui.privacy_dialogs import RetentionDialog

    from .test_privacy_dialogs import _make_quiet

    window, hook = opened
    told: list[str] = []
    monkeypatch.setattr(file_choice, "inform", lambda _w, _t, text: told.append(text))
    monkeypatch.setattr(file_choice, "confirm", lambda *_a: True)
    monkeypatch.setattr(dialogs, "inform", lambda _w, text: told.append(text))
    for module, name in (
        (backups_dialog, "restore_database"),
        (privacy_dialogs, "erase_person"),
    ):
        hook.watch(monkeypatch, module, name)
    data = window.data_actions.data
    counts: dict[str, int] = {}

    copy = tmp_path / "kopie.sqlite3"
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: copy)
    data.backup.trigger()
    settle(qtbot, window.bg)
    monkeypatch.setattr(file_choice, "ask_open_path", lambda *_a: copy)
    counts["restore"] = hook.during(data.restore.trigger)
    assert told[-1].startswith("De reservekopie is teruggezet.")
    counts["undo merge"] = hook.during(data.undo_merge.trigger)
    assert told[-1] == "Er is geen samenvoeging om ongedaan te maken."

    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: tmp_path / "partners.csv")
    counts["partner export"] = hook.during(window.data_actions.export_for_partners)
    assert (tmp_path / "partners.csv").exists()
    menu = {a.text().replace("&", ""): a for a in window.privacy_menu.actions() if a.text()}
    monkeypatch.setattr(file_choice, "ask_save_path", lambda *_a: tmp_path / "register.pdf")
    counts["register"] = hook.during(menu["Verwerkingsregister opslaan…"].trigger)
    assert (tmp_path / "register.pdf").read_bytes().startswith(b"%PDF")

    _make_quiet(window.db, 2)
    counts["retention review"] = hook.during(menu["Bewaartermijn beoordelen…"].trigger)
    review = window.findChild(RetentionDialog)
    assert review.table.rowCount() == 2
    review.reason.set_value("Bestuurslid")
    counts["keep"] = hook.during(review.keep)
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda _p, _name: True)
    # The erasure waits for readers before it scrubs the file: on the worker.
    counts["erase"] = hook.during(review.erase)
    assert "geanonimiseerd" in told[-1]
    assert review.table.rowCount() == 0

    assert answers.errors == []
    assert counts == dict.fromkeys(counts, 0), hook.seen
