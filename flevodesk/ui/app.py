"""Start the GUI: paint the window first, then open the database off the UI thread."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from flevodesk import __version__
from flevodesk.language import Language, speak
from flevodesk.translation import catalogue
from flevodesk.ui.language_menu import RUNNING, interface_language
from flevodesk.ui.main_thread_gc import collect_on_main_thread
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.smoke import install_auto_quit

if TYPE_CHECKING:
    from flevodesk.services.setup import Opened
    from flevodesk.store.database import Database
    from flevodesk.ui.startup import Target


#: Qt's own catalogue per language; English is Qt's source language and needs none.
_QT_CATALOGUES = {Language.DUTCH: "qtbase_nl"}
#: The Qt translator installed per application, kept so a change of language removes it.
_qt_translators: dict[int, QTranslator] = {}


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with FlevoDesk's names, which QSettings uses for its file, speaking
    the language ``FLEVODESK_LANG`` or the setting chose (Dutch by default)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    collect_on_main_thread(app)
    QCoreApplication.setOrganizationName("FlevoDesk")
    QCoreApplication.setApplicationName("FlevoDesk")
    QCoreApplication.setApplicationVersion(__version__)
    install_language(app, interface_language(QSettings()))
    return app


def install_language(app: QApplication, language: Language) -> bool:
    """Make ``app`` speak ``language``: FlevoDesk's catalogue, Qt's own words ("Cancel",
    "Next" on wizards and message boxes) and the default locale of number and date widgets.

    A language installed earlier is taken out first, so tests can switch back and forth.

    Returns:
        Whether every catalogue the language needs was found (Dutch needs Qt's, which ships
        with PySide6 and in the build; English needs FlevoDesk's .qm, built by make).
    """
    if app.property(RUNNING) == language.value:
        return True
    previous = app.property(RUNNING)
    if isinstance(previous, str):
        catalogue(Language(previous)).remove(app)
    old = _qt_translators.pop(id(app), None)
    if old is not None:
        app.removeTranslator(old)
        old.deleteLater()
    found = install_qt_translations(app, language)
    own = catalogue(language)
    found = (own.install(app) or own.language is Language.DUTCH) and found
    QLocale.setDefault(QLocale(language.tag.replace("-", "_")))
    # Messages from below the UI and the tables' dates and amounts follow the same choice.
    speak(language)
    app.setProperty(RUNNING, language.value)
    return found


def install_qt_translations(app: QApplication, language: Language = Language.DUTCH) -> bool:
    """Qt's own words in ``language``; whether its catalogue was found (or none is needed).

    Installed once per application: a second call finds it there.
    """
    if id(app) in _qt_translators:
        return True
    name = _QT_CATALOGUES.get(language)
    if name is None:
        return True
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(name, folder):
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    _qt_translators[id(app)] = translator
    return True


def open_in_window(window: MainWindow, db_target: str | None) -> None:
    """Open (lock, unlock, check, back up, migrate) the database, then build the tabs.

    A database another copy holds, or one on a write-protected disk or file, opens
    read-only at once with a banner that says why; an encrypted one asks its
    passphrase (three tries); one that cannot be used offers the newest good backup or
    another file. Only when the user gives up does the program end, with exit code 1.
    """
    from flevodesk.ui import startup

    _open(window, startup.target_for(db_target))


def _open(window: MainWindow, target: Target) -> None:
    from flevodesk.store.backup import DEFAULT_KEEP_DAILY
    from flevodesk.ui import startup
    from flevodesk.ui.background import Background, user_message
    from flevodesk.ui.settings_values import int_setting

    try:
        encrypted = _claim(window, target) and startup.looks_encrypted(target)
    except OSError as exc:  # a folder given for the file, a folder that cannot be made
        from flevodesk.message_text import render
        from flevodesk.store.os_errors import describe_message

        _way_out(window, target, render(describe_message(exc, "openen", target.path)))
        return
    if encrypted and target.path is not None and target.passphrase is None:
        target.passphrase = startup.ask_passphrase(window, target.path, target.tries)
        if target.passphrase is None:
            QCoreApplication.exit(1)
            return

    # Read here: QSettings is not to be shared with the worker thread.
    keep = int_setting(window.settings, "backups/keep_daily", DEFAULT_KEEP_DAILY, 1, 365)

    def work() -> Opened:
        # The whole-file check runs on its own thread (SQLite reads in C, without the GIL)
        # while the tab modules load and the first page is read; writes wait for it.
        from flevodesk.services.setup import Opened, open_database, open_read_only

        if target.read_only:  # read-only opening checks by itself, and never writes
            db = open_read_only(target.argument, passphrase=target.passphrase)
            opened = Opened(db, created=False)
        else:
            opened = open_database(
                target.argument, passphrase=target.passphrase, keep_daily=keep, check_later=True
            )
        # Imported here, not on the UI thread, where attaching the tabs and menus needs them.
        import flevodesk.ui.data_menu
        import flevodesk.ui.print_menu
        import flevodesk.ui.privacy_menu
        import flevodesk.ui.tabs  # noqa: F401

        return opened

    def opened(result: Opened) -> None:
        from flevodesk.message_text import render
        from flevodesk.ui import dialogs

        window.tabs.setEnabled(True)
        window.attach(result.db, read_only=target.read_only, banner=target.banner)
        if target.on_opened is not None:
            target.on_opened()
        # What opening found and tidied, such as a passphrase change a kill interrupted.
        for notice in result.notices:
            dialogs.inform(window, render(notice))
        if result.finish is not None:
            Background(window, max_threads=1).run(
                result.finish, lambda _backup: None, lambda error: damaged(result.db, error)
            )

    def damaged(db: Database, error: BaseException) -> None:
        # Found by the check after the rows were shown: nothing more is written, and the
        # file is let go of so that the newest good backup can take its place.
        if window.db is db:
            for tab in window.record_tabs.values():
                tab.set_read_only()
            window.read_only = True
        db.dispose()
        _way_out(window, target, user_message(error))

    def failed(error: BaseException) -> None:
        from flevodesk.services.setup import (
            PassphraseRequired,
            ServerPasswordNeeded,
            WrongPassphrase,
        )

        if (
            isinstance(error, ServerPasswordNeeded)
            and target.argument is not None
            and target.tries < startup.MAX_PASSPHRASE_TRIES
        ):
            _ask_server_password(window, target, user_message(error))
            return
        if (
            isinstance(error, WrongPassphrase | PassphraseRequired)
            and target.tries + 1 < startup.MAX_PASSPHRASE_TRIES
        ):
            target.tries += 1
            target.passphrase = None
            _open(window, target)
            return
        _way_out(window, target, user_message(error))

    Background(window, max_threads=1).run(work, opened, failed)


def _ask_server_password(window: MainWindow, target: Target, reason: str) -> None:
    """The server wants a password the pgpass file did not give: ask it, for this session."""
    from flevodesk.services.team_server import with_password
    from flevodesk.ui import team_server_dialog

    assert target.argument is not None
    password = team_server_dialog.ask_password(window, reason)
    if password is None:
        _way_out(window, target, reason)
        return
    target.tries += 1
    target.argument = with_password(target.argument, password)
    _open(window, target)


LOCAL_TARGET = "flevodesk_local_target"


def local_target(window: MainWindow) -> str | None:
    """The file the window uses when not on a server: ``--db`` if that named a file."""
    value = window.property(LOCAL_TARGET)
    return value if isinstance(value, str) and value else None


def switch_database(
    window: MainWindow, argument: str | None, on_opened: Callable[[], None] | None
) -> None:
    """Let go of the window's database and open ``argument`` in its place, as at start-up.

    The tabs are disabled until the new one is attached: the old handle is closed.
    """
    from flevodesk.ui import startup

    window.tabs.setEnabled(False)
    window.release()
    target = startup.target_for(argument)
    target.on_opened = on_opened
    _open(window, target)


def _claim(window: MainWindow, target: Target) -> bool:
    """Take the lock, or note why the database opens read-only; whether it is a file.

    Raises:
        OSError: when ``target`` is a folder, or its folder cannot be made.
    """
    from flevodesk.ui import startup

    if target.path is None:
        return False
    if target.lock is None and not target.read_only:
        target.lock, target.banner = startup.claim(target.path)
        if target.lock is None:
            target.read_only = True
        else:
            window.lock = target.lock
            service = startup.synced_folder(target.path)
            if service is not None:
                startup.warn_synced(window, target.path, service)
    return True


def _way_out(window: MainWindow, target: Target, message: str) -> None:
    from flevodesk.services.backups import newest_good_backup
    from flevodesk.ui.background import Background

    path = target.path
    if path is None or target.read_only or path.is_dir():
        _offer_way_out(window, target, message, can_restore=False)
        return
    passphrase = target.passphrase
    # Only a backup whose content proves it is this database's own is offered; finding it
    # opens the backups one by one, so not on the UI thread.
    Background(window, max_threads=1).run(
        lambda: newest_good_backup(path, passphrase) is not None,
        lambda can: _offer_way_out(window, target, message, can_restore=can),
        lambda _error: _offer_way_out(window, target, message, can_restore=False),
    )


def _offer_way_out(window: MainWindow, target: Target, message: str, *, can_restore: bool) -> None:
    from flevodesk.services.backups import restore_newest_good_backup
    from flevodesk.ui import dialogs, startup
    from flevodesk.ui.background import Background, user_message

    path = target.path
    if path is None:  # a team server: the local file is a way out too
        way = startup.ask_way_out(window, message, can_restore, local=True)
    else:
        way = startup.ask_way_out(window, message, can_restore)
    if way is startup.Way.LOCAL:
        from flevodesk.ui.team_server_dialog import remember_server

        remember_server(window.settings, None)
        _open(window, startup.target_for(local_target(window)))
        return
    if way is startup.Way.RESTORE and path is not None:

        def restored(backup: Path) -> None:
            dialogs.inform(
                window,
                QCoreApplication.translate(
                    "startup",
                    "Reservekopie %1 is teruggezet; het onbruikbare bestand staat "
                    "bewaard in de map met reservekopieën.",
                ).replace("%1", backup.name),
            )
            target.tries = 0
            _open(window, target)

        Background(window, max_threads=1).run(
            lambda: restore_newest_good_backup(path, target.passphrase),
            restored,
            lambda error: _way_out(window, target, user_message(error)),
        )
        return
    if way is startup.Way.OTHER:
        other = startup.choose_other_file(window)
        if other is not None:
            if target.lock is not None:
                target.lock.unlock()
                window.lock = None
            _open(window, startup.target_for(other))
            return
    QCoreApplication.exit(1)


def open_rows_first(window: MainWindow, db_target: str | None) -> None:
    """Show the current tab's first rows as early as a plain sqlite3 read can (see
    ``ui/first_rows.py``), then open the database as :func:`open_in_window` does."""
    from flevodesk.store.location import resolve_target, sqlite_file
    from flevodesk.ui.first_rows import show_first_rows

    try:
        path = sqlite_file(resolve_target(db_target))
    except (OSError, ValueError):
        path = None  # the opening says what is wrong with it
    show_first_rows(window, path, lambda: open_in_window(window, db_target))


def run(db_target: str | None) -> int:
    """Show the main window, open the database once it has painted, run until quit."""
    app = create_application()
    window = MainWindow()
    install_auto_quit(app, window)

    def started() -> None:
        # After the first paint, like everything not needed for it (the log file's folder
        # and Qt's namespace cost it milliseconds); until then main() catches what escapes.
        from flevodesk.ui.crash import install_crash_handler

        install_crash_handler(app, window)
        from flevodesk.ui import startup
        from flevodesk.ui.team_server_dialog import remembered_server

        local = db_target if db_target and "://" not in db_target else ""
        window.setProperty(LOCAL_TARGET, local)
        open_rows_first(window, startup.start_target(db_target, remembered_server(window.settings)))

    window.first_painted.connect(started)
    window.show()
    code = app.exec()
    window.release()
    return code
