"""The translation function for texts that are not in a QObject's own ``tr()``.

Every call is found by ``make translations`` (``pyside6-lupdate`` told that ``tr_text``
spells ``tr`` and ``tr_later`` spells ``QT_TR_NOOP``); lupdate files such calls under one,
empty context, so that is the context they are looked up in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr_text(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (Dutch, the source language, until a translation is
    installed).

    With a count ``n`` the translation has plural forms ("1 row", "2 rows") and Qt puts
    ``n`` in for ``%n``; lupdate sees the count as the third argument, as in ``tr``.
    """
    return QCoreApplication.translate("", text, disambiguation, n)


def tr_later(text: str) -> str:
    """``text`` unchanged, marked for extraction: a Dutch constant that is translated where it
    is shown, with ``tr_text(CONSTANT)`` (lupdate cannot see through a variable)."""
    return text
