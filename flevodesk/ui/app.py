"""Start the GUI: paint the window first, then open the database off the UI thread."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from flevodesk import __version__
from flevodesk.ui.main_window import MainWindow
from flevodesk.ui.smoke import install_auto_quit

if TYPE_CHECKING:
    from flevodesk.store.database import Database


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with FlevoDesk's names, which QSettings uses for its file."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("FlevoDesk")
    QCoreApplication.setApplicationName("FlevoDesk")
    QCoreApplication.setApplicationVersion(__version__)
    return app


def open_in_window(window: MainWindow, db_target: str | None) -> None:
    """Open (check, back up, migrate) the database in the background, then build the tabs.

    On failure the user reads the Dutch reason and the program ends with exit code 1.
    """
    from flevodesk.ui import dialogs
    from flevodesk.ui.background import Background, user_message

    opener = Background(window, max_threads=1)

    def work() -> Database:
        # SQLAlchemy, Alembic and the tab modules load here, off the UI thread, while the
        # window is already on screen.
        import flevodesk.ui.tabs  # noqa: F401
        from flevodesk.services.setup import open_database

        return open_database(db_target).db

    def failed(error: BaseException) -> None:
        dialogs.show_error(window, user_message(error))
        QCoreApplication.exit(1)

    opener.run(work, window.attach, failed)


def run(db_target: str | None) -> int:
    """Show the main window, open the database once it has painted, run until quit."""
    app = create_application()
    install_auto_quit(app)
    window = MainWindow()
    window.first_painted.connect(lambda: open_in_window(window, db_target))
    window.show()
    code = app.exec()
    if window.bg is not None:
        window.bg.wait()
    if window.db is not None:
        window.db.dispose()
    return code
