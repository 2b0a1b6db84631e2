"""Steps through the import wizard that several tests start with."""

from __future__ import annotations

from flevodesk.ui.import_wizard import ImportWizard


def at_columns_page(qtbot, db, path):
    """A wizard that has read ``path`` and shows the columns page."""
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.restart()  # what show() does, without a window on screen
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page)
    return wizard
