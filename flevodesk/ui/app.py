"""Start the GUI: one QApplication, the database opened through services, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from flevodesk import __version__
from flevodesk.services.errors import ServiceError
from flevodesk.services.setup import open_database
from flevodesk.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with FlevoDesk's names, which QSettings uses for its file."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("FlevoDesk")
    QCoreApplication.setApplicationName("FlevoDesk")
    QCoreApplication.setApplicationVersion(__version__)
    return app


def run(db_target: str | None) -> int:
    """Open the database and show the main window until the user quits."""
    app = create_application()
    try:
        opened = open_database(db_target)
    except ServiceError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "FlevoDesk"), exc.message)
        return 1
    window = MainWindow(opened.db)
    window.show()
    code = app.exec()
    opened.db.dispose()
    return code
