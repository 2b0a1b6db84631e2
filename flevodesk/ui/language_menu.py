"""Instellingen → Taal: the language of the interface, chosen in the program.

The choice is stored in the settings (key ``language``, a :class:`Language` code) and takes
effect at the next start: retranslating every open widget, model and cached text live would
touch every module of the UI, and a restart is what the user is told. ``FLEVODESK_LANG``
still wins over the setting (see :func:`flevodesk.language.chosen_language`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from flevodesk.language import SOURCE, Language, chosen_language, language_named
from flevodesk.ui.texts import tr_text

# The settings key of the chosen language.
SETTING = "language"
# Marks the first menu that stays at the end of the menu bar; menus of an opened database
# (Afdrukken, Privacy) are inserted before it.
_END_MENU = "flevodesk_end_menu"

# The application property holding the code of the language installed at start-up.
RUNNING = "flevodesk_language"

# Said in both languages, since the user has just chosen a language they may not read.
RESTART_NOTICE = (
    "De taal verandert de volgende keer dat u FlevoDesk start.\n"
    "The language changes the next time you start FlevoDesk."
)


def stored_language(settings: QSettings) -> Language | None:
    """The language the user chose in the program, if any."""
    value = settings.value(SETTING)
    return language_named(value if isinstance(value, str) else None)


def interface_language(settings: QSettings | None = None) -> Language:
    """The language to show: ``FLEVODESK_LANG``, else the stored choice, else Dutch."""
    value = (settings or QSettings()).value(SETTING)
    return chosen_language(value if isinstance(value, str) else None)


def running_language() -> Language:
    """The language the interface speaks now (installed by ``ui.app.install_language``)."""
    app = QCoreApplication.instance()
    value = app.property(RUNNING) if app is not None else None
    return language_named(value if isinstance(value, str) else None) or SOURCE


class LanguageMenu(QMenu):
    """Instellingen, holding Taal with one checkable item per language in its own name."""

    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        super().__init__(tr_text("&Instellingen"), parent)
        self.settings = settings
        current = running_language()
        self.languages = self.addMenu(tr_text("&Taal"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.items: dict[Language, QAction] = {}
        for language in Language:
            item = QAction(language.own_name, self)
            item.setCheckable(True)
            item.setChecked(language is current)
            item.setData(language.value)
            item.triggered.connect(lambda _checked=False, lang=language: self.choose(lang))
            self.group.addAction(item)
            self.languages.addAction(item)
            self.items[language] = item
        self.menuAction().setProperty(_END_MENU, True)

    def choose(self, language: Language) -> None:
        """Store ``language`` for the next start; say so, in Dutch and English, when it is
        not the language shown now."""
        self.settings.setValue(SETTING, language.value)
        self.settings.sync()
        if language is not running_language():
            from flevodesk.ui import dialogs

            dialogs.inform(self.parentWidget(), RESTART_NOTICE)


def end_of_menus(bar: QMenuBar) -> QAction | None:
    """The menu bar item before which an opened database's menus go (Instellingen, or
    Help when there is no Instellingen), so that those two stay at the end."""
    actions = bar.actions()
    for action in actions:
        if action.property(_END_MENU):
            return action
    return actions[-1] if actions else None
