"""The translation function for texts that are not in a QObject's own ``tr()``.

Every call is found by ``make translations`` (``pyside6-lupdate`` told that ``tr_text``
spells ``tr``); lupdate files such calls under one, empty context, so that is the context
they are looked up in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr_text(text: str) -> str:
    """``text`` in the user's language (Dutch, the source language, until a translation is
    installed)."""
    return QCoreApplication.translate("", text)
