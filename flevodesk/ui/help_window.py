"""Help → Handleiding (F1): the guide inside the program, and Help → Over FlevoDesk.

The guide is ``resources/help/handleiding.md`` (in English ``handleiding_en.md``, picked by
the interface's language), shipped beside the code in a source
checkout, a wheel and the frozen build alike (:func:`flevodesk.resources.resource_path`),
and shown as Markdown in a :class:`QTextBrowser`; a tree of its sections beside it jumps
to each. It reads no database, so it opens also while none is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

from flevodesk.language import SOURCE, Language
from flevodesk.resources import resource_path
from flevodesk.services.about import about_info
from flevodesk.ui.language_menu import running_language
from flevodesk.ui.texts import tr_text

GUIDE = ("help", "handleiding.md")


def guide_path(language: Language) -> Path:
    """The guide in ``language`` (``handleiding_<code>.md``), else the Dutch one."""
    if language is not SOURCE:
        translated = resource_path("help", f"handleiding_{language.value}.md")
        if translated.is_file():
            return translated
    return resource_path(*GUIDE)


def guide_text() -> str:
    """The guide's Markdown in the interface's language; a short sentence if the file is
    missing from the install."""
    path = guide_path(running_language())
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
        self.sections = QTreeWidget(self)
        self.sections.setHeaderHidden(True)
        self.sections.setWordWrap(True)
        self.sections.setMaximumWidth(300)
        self._list_sections()
        self.sections.expandAll()
        self.sections.itemActivated.connect(self._go_to)
        self.sections.itemClicked.connect(self._go_to)
        row = QHBoxLayout(self)
        row.addWidget(self.sections)
        row.addWidget(self.browser, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(980, 680)

    def _list_sections(self) -> None:
        """The headings of level 2, with those of level 3 below them."""
        block = self.browser.document().begin()
        parent: QTreeWidgetItem | None = None
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in (2, 3):
                item = QTreeWidgetItem([block.text()])
                item.setData(0, Qt.ItemDataRole.UserRole, block.position())
                item.setToolTip(0, block.text())  # a long title is cut short in the list
                if level == 3 and parent is not None:
                    parent.addChild(item)
                else:
                    self.sections.addTopLevelItem(item)
                    parent = item
            block = block.next()

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        walk = QTreeWidgetItemIterator(self.sections)
        while item := walk.value():
            found.append(item)
            walk += 1
        return found

    def headings(self) -> list[str]:
        return [item.text(0) for item in self._items()]

    def show_section(self, title: str) -> None:
        """Scroll to the section called ``title`` (as listed)."""
        for item in self._items():
            if item.text(0) == title:
                self.sections.setCurrentItem(item)
                self._go_to(item)
                return

    @Slot(QTreeWidgetItem)
    def _go_to(self, item: QTreeWidgetItem) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(int(item.data(0, Qt.ItemDataRole.UserRole)))
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
