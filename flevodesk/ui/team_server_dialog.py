""" "Verbinden met teamserver…": where the team's PostgreSQL server is, tested before use.

The password typed here is for this session only: it goes into the URL of the handle this
window opens and nowhere else; the settings keep the address without it
(:data:`SERVER_KEY`), and the next start asks for it once if the server wants one and
the pgpass or service file has none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flevodesk.message_text import render
from flevodesk.services.errors import ServiceError
from flevodesk.services.setup import ServerPasswordNeeded
from flevodesk.services.team_server import (
    DEFAULT_PORT,
    SSL_MODES,
    ServerAddress,
    address_of,
    is_server,
    remembered,
    server_verdict,
)
from flevodesk.ui.background import Background, user_message
from flevodesk.ui.texts import tr_later, tr_text

if TYPE_CHECKING:
    from flevodesk.ui.main_window import MainWindow

#: The settings' key for the server the window opens at start-up (an URL, no password).
SERVER_KEY = "team/server"

_SSL_LABELS = {
    "disable": tr_later("uit (niet versleuteld)"),
    "allow": tr_later("als de server het wil"),
    "prefer": tr_later("als het kan (standaard)"),
    "require": tr_later("altijd versleuteld"),
    "verify-ca": tr_later("versleuteld, certificaat gecontroleerd"),
    "verify-full": tr_later("versleuteld, certificaat en servernaam gecontroleerd"),
}


def remembered_server(settings: QSettings) -> str | None:
    """The server the user chose last, unless they went back to a file."""
    value = settings.value(SERVER_KEY)
    return value if isinstance(value, str) and is_server(value) else None


def remember_server(settings: QSettings, url: str | None) -> None:
    """Keep ``url`` (its password left out) for the next start; ``None`` forgets it."""
    if url is None:
        settings.remove(SERVER_KEY)
    else:
        settings.setValue(SERVER_KEY, remembered(url))
    settings.sync()


class TeamServerDialog(QDialog):
    """Server, port, database, user, encryption and a password for this session.

    "Verbinding testen" and "Verbinden" both test on a worker thread; "Verbinden" closes
    the dialog only once the test passed, and :attr:`chosen_url` is then the URL to open.
    """

    def __init__(self, parent: QWidget | None, initial: ServerAddress | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr_text("Verbinden met teamserver"))
        self.bg = Background(self, max_threads=1)
        #: The tested URL (with the typed password, for this session's handle only).
        self.chosen_url: str | None = None
        self._accept_when_passed = False
        start = initial or ServerAddress(host="")
        self.host = QLineEdit(start.host)
        self.host.setPlaceholderText(tr_text("naam of adres, bijvoorbeeld db.gemeente.nl"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(start.port or DEFAULT_PORT)
        self.database = QLineEdit(start.database)
        self.user = QLineEdit(start.user)
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(tr_text(_SSL_LABELS[mode]), mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(start.sslmode)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr_text("leeg: uit uw pgpass- of servicebestand"))
        form = QFormLayout()
        form.addRow(tr_text("&Server:"), self.host)
        form.addRow(tr_text("&Poort:"), self.port)
        form.addRow(tr_text("&Database:"), self.database)
        form.addRow(tr_text("&Gebruiker:"), self.user)
        form.addRow(tr_text("&Versleuteling:"), self.sslmode)
        form.addRow(tr_text("&Wachtwoord:"), self.password)
        note = QLabel(
            tr_text("Het wachtwoord geldt alleen voor deze sessie; FlevoDesk bewaart het nergens.")
        )
        note.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setObjectName("teamServerResult")
        self.answer.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(tr_text("Verbinden"))
        self.test_button = QPushButton(tr_text("Verbinding &testen"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test_connection)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.answer)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text(),
            port=self.port.value(),
            database=self.database.text(),
            user=self.user.text(),
            sslmode=str(self.sslmode.currentData()),
        )

    @Slot()
    def test_connection(self) -> None:
        """Try the address on a worker; the answer is one line under the fields."""
        try:
            url = self.address().url(self.password.text() or None)
        except ServiceError as exc:
            self.answer.setText(render(exc.translatable))
            return
        self.answer.setText(tr_text("Verbinding testen…"))
        self._set_busy(True)
        self.bg.run(
            lambda: render(server_verdict(url)),
            lambda line: self._passed(url, line),
            self._failed,
            busy=tr_text("Verbinding met de teamserver testen…"),
        )

    def accept(self) -> None:
        self._accept_when_passed = True
        self.test_connection()

    def reject(self) -> None:
        self.bg.wait()
        super().reject()

    def _passed(self, url: str, line: str) -> None:
        self._set_busy(False)
        self.answer.setText(line)
        if self._accept_when_passed:
            self.chosen_url = url
            super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._accept_when_passed = False
        self.answer.setText(user_message(error))
        if isinstance(error, ServerPasswordNeeded):
            self.password.selectAll()
            self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)


def ask_password(parent: QWidget | None, reason: str) -> str | None:
    """The password for this session, after ``reason`` (why the server asks); ``None``
    when the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        tr_text("Wachtwoord voor de teamserver"),
        reason + "\n\n" + tr_text("Wachtwoord (alleen voor deze sessie):"),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def connect_to_team_server(window: MainWindow) -> TeamServerDialog | None:
    """Ask for the server, test it, and switch the window to it; returns the dialog."""
    if window.db is not None and not window.no_unsaved_edits():
        return None
    current = window.db.url if window.db is not None and window.db.path is None else None
    initial = address_of(current or remembered_server(window.settings) or "")
    dialog = TeamServerDialog(window, initial)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_url is None:
        return dialog
    from flevodesk.ui import app

    url = dialog.chosen_url
    app.switch_database(window, url, lambda: remember_server(window.settings, url))
    return dialog


def use_local_file(window: MainWindow) -> None:
    """Back from the server to the file (``--db``, ``FLEVODESK_DB`` or the default one)."""
    if window.db is not None and not window.no_unsaved_edits():
        return
    from flevodesk.ui import app

    remember_server(window.settings, None)
    app.switch_database(window, app.local_target(window), None)
