"""Help → Handleiding (F1): the Dutch guide inside the program, and Help → Over FlevoDesk.

The guide is ``resources/help/handleiding.md``, shipped beside the code in a source
checkout, a wheel and the frozen build alike (:func:`flevodesk.resources.resource_path`),
and shown as Markdown in a :class:`QTextBrowser`; a list of its sections beside it jumps
to each. It reads no database, so it opens also while none is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QWidget,
)

from flevodesk.resources import resource_path
from flevodesk.services.about import about_info
from flevodesk.ui.texts import tr_text

GUIDE = ("help", "handleiding.md")


def guide_text() -> str:
    """The guide's Markdown; a short Dutch sentence if the file is missing from the install."""
    path = resource_path(*GUIDE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return tr_text("De handleiding ontbreekt in deze installatie (%1).").replace(
            "%1", str(path)
        )


class HelpWindow(QWidget):
    """The guide in a window of its own, beside the main window (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(tr_text("Handleiding FlevoDesk"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text())
        self.browser.document().setDocumentMargin(12)
        self.sections = QListWidget(self)
        self.sections.setWordWrap(True)
        self.sections.setMaximumWidth(300)
        self._list_sections()
        self.sections.itemActivated.connect(self._go_to)
        self.sections.itemClicked.connect(self._go_to)
        row = QHBoxLayout(self)
        row.addWidget(self.sections)
        row.addWidget(self.browser, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(980, 680)

    def _list_sections(self) -> None:
        """One entry per heading of level 2 and 3, indented by level."""
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (2, 3):
                item = QListWidgetItem(("    " if level == 3 else "") + block.text())
                item.setData(Qt.ItemDataRole.UserRole, block.position())
                self.sections.addItem(item)
            block = block.next()

    def headings(self) -> list[str]:
        return [self.sections.item(i).text().strip() for i in range(self.sections.count())]

    def show_section(self, title: str) -> None:
        """Scroll to the section called ``title`` (as listed)."""
        for index in range(self.sections.count()):
            item = self.sections.item(index)
            if item.text().strip() == title:
                self.sections.setCurrentItem(item)
                self._go_to(item)
                return

    @Slot(QListWidgetItem)
    def _go_to(self, item: QListWidgetItem) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(int(item.data(Qt.ItemDataRole.UserRole)))
        self.browser.setTextCursor(cursor)
        # Put the heading at the top, not just somewhere on screen.
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.browser.ensureCursorVisible()


def about_text(database: str | None) -> str:
    """What "Over FlevoDesk" says: version, data folder and the database in use."""
    info = about_info(database)
    lines = [
        tr_text(
            "FlevoDesk: inwonersinitiatieven, vrijwilligers, financiering en partners in "
            "Flevoland, zonder internet."
        ),
        "",
        tr_text("Versie: %1").replace("%1", info.version),
        tr_text("Gegevensmap: %1").replace("%1", info.data_folder),
        tr_text("Database: %1").replace("%1", info.database or tr_text("(nog niet geopend)")),
    ]
    return "\n".join(lines)


def show_about(parent: QWidget, database: str | None) -> None:
    QMessageBox.about(parent, tr_text("Over FlevoDesk"), about_text(database))
