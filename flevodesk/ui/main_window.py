"""The main window: one tab per kind of record and an overview."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from flevodesk.store.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("FlevoDesk"))
        self.tabs = QTabWidget(self)
        for title in (
            self.tr("Initiatieven"),
            self.tr("Vrijwilligers"),
            self.tr("Financiering"),
            self.tr("Partners"),
            self.tr("Overzicht"),
        ):
            self.tabs.addTab(QLabel(title), title)
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", str(db.path or db.url)))
        self.resize(1200, 800)
